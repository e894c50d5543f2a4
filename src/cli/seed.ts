// `shopkeeper seed [--reset]`: load the demo store into the data directory.
import type { Config } from '../config';
import type { Logger } from '../logger';
import { dataFiles, PROJECT_ROOT, resolveDir } from '../paths';
import { ShopStore } from '../shop/shopStore';
import { seedStore } from '../seeds/seedStore';
import { lockDataDir } from '../storage/dataDirLock';

/** Seeds (or with reset, reseeds) the store and prints the counts as JSON. */
export async function runSeed(config: Config, logger: Logger, opts: { reset: boolean }): Promise<void> {
  const dataDir = resolveDir(config.DATA_DIR);
  const release = lockDataDir(dataDir);
  try {
    const store = await ShopStore.open(dataFiles(dataDir).shop);
    const result = await seedStore(store, resolveDir(config.SEEDS_DIR, PROJECT_ROOT), {
      reset: opts.reset,
      log: (m) => logger.info(m),
    });
    await store.flush();
    if (!result.seeded) logger.info('the store is already seeded; use --reset to reload the seeds');
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    release();
  }
}
