// Once before all suites: make sure models/nlu.json and models/recommender.json are fresh, so every
// suite that builds the real Shopkeeper loads them instead of training its own.
import { loadOrTrainNlu } from '../../src/nlu/nluTraining';
import { readSeeds } from '../../src/seeds/readSeeds';
import { loadOrTrainRecommender } from '../../src/recommender/serving/storeRecTraining';
import { join } from 'node:path';

export default async function globalSetup(): Promise<void> {
  const seeds = await readSeeds(join(__dirname, '..', '..', 'seeds'));
  const { trained, trainMs } = await loadOrTrainNlu(seeds.products);
  if (trained) process.stderr.write(`\n(models/nlu.json was stale: trained in ${trainMs} ms)\n`);
  const recommender = await loadOrTrainRecommender(seeds.events, seeds.products);
  if (recommender.trained)
    process.stderr.write(`(models/recommender.json was stale: trained in ${recommender.trainMs} ms)\n`);
}
