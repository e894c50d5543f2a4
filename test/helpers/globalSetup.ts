// Once before all suites: make sure models/nlu.json is fresh, so every suite
// that builds the real Shopkeeper loads it instead of training its own.
import { loadOrTrainNlu } from '../../src/nlu/nluTraining';
import { readSeeds } from '../../src/seeds/readSeeds';
import { join } from 'node:path';

export default async function globalSetup(): Promise<void> {
  const seeds = await readSeeds(join(__dirname, '..', '..', 'seeds'));
  const { trained, trainMs } = await loadOrTrainNlu(seeds.products);
  if (trained) process.stderr.write(`\n(models/nlu.json was stale: trained in ${trainMs} ms)\n`);
}
