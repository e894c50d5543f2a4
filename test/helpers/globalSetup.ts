// Once before all suites: make sure models/nlu.json, models/recommender.json and the FAQ's models
// (faq.json, faq-vectors.json) are fresh, so every suite that builds the real Shopkeeper loads them
// instead of training its own.
import './quietTensorflow';
import { loadOrTrainNlu } from '../../src/nlu/nluTraining';
import { readSeeds } from '../../src/seeds/readSeeds';
import { loadOrTrainRecommender } from '../../src/recommender/serving/storeRecTraining';
import { join } from 'node:path';
import { loadStoreFaq } from '../../src/knowledge/storeFaq';
import { PROJECT_ROOT } from '../../src/paths';

export default async function globalSetup(): Promise<void> {
  const seeds = await readSeeds(join(__dirname, '..', '..', 'seeds'));
  const { trained, trainMs } = await loadOrTrainNlu(seeds.products);
  if (trained) process.stderr.write(`\n(models/nlu.json was stale: trained in ${trainMs} ms)\n`);
  const recommender = await loadOrTrainRecommender(seeds.events, seeds.products);
  if (recommender.trained)
    process.stderr.write(`(models/recommender.json was stale: trained in ${recommender.trainMs} ms)\n`);
  const faq = await loadStoreFaq({
    faqDir: join(PROJECT_ROOT, 'knowledge', 'faq'),
    modelsDir: join(PROJECT_ROOT, 'models'),
  });
  await faq.faq.close();
  if (faq.embedded > 0 || faq.learned)
    process.stderr.write(
      `(the FAQ's models were stale: ${faq.embedded} phrasings embedded, weight learned, in ${faq.ms} ms)\n`,
    );
}
