// Loads the seed files into the shop store on first start (or when asked to reset).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { SEED_FILES, type SeedName } from '../domain/schemas';
import type { ShopStore } from '../shop/shopStore';
import { readSeeds, seedFilePath } from './readSeeds';

/** Options of seedStore: reset replaces a seeded store; log receives progress lines. */
export interface SeedStoreOptions {
  reset: boolean;
  log?: (msg: string) => void;
}

/** A sha256 over the seed files' names and contents: the seed version. */
export async function seedVersion(seedsDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of Object.keys(SEED_FILES) as SeedName[]) {
    hash.update(`${name}\n`);
    hash.update(await readFile(seedFilePath(seedsDir, name)));
  }
  return hash.digest('hex');
}

function countsOf(store: ShopStore): Record<string, number> {
  return {
    products: store.products().length,
    customers: store.customers().length,
    events: store.events().length,
    orders: store.orders().length,
    offers: store.offers().length,
  };
}

/** Seeds the store when it is empty or reset is true; otherwise leaves it alone. */
export async function seedStore(
  store: ShopStore,
  seedsDir: string,
  opts: SeedStoreOptions,
): Promise<{ seeded: boolean; counts: Record<string, number> }> {
  const log = opts.log ?? (() => {});
  const version = await seedVersion(seedsDir);
  if (store.isSeeded() && !opts.reset) {
    const stale =
      store.seedVersion() !== version ? ' (the seed files have changed since; reset to reload)' : '';
    log(`store already seeded at ${store.seededAt()}${stale}`);
    return { seeded: false, counts: countsOf(store) };
  }
  const seeds = await readSeeds(seedsDir);
  await store.load(seeds, version);
  const counts = countsOf(store);
  log(`seeded ${store.path} from ${seedsDir}: ${JSON.stringify(counts)}`);
  return { seeded: true, counts };
}
