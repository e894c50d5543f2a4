// Generates the demo store's seed files deterministically (fixed PRNG seeds, fixed "now"
// of 2026-11-01), validates them with the domain schemas and writes seeds/*.json.
// Run: npx tsx scripts/generateSeeds.ts   (or npm run seeds:generate)
import { join } from 'node:path';
import { validateSeeds, type Seeds } from '../src/seeds/validateSeeds';
import { generateBehaviour } from './seeds/behaviour';
import { storeProblems } from './seeds/checks';
import { generateShoppers } from './seeds/customers';
import { generateOffers } from './seeds/offers';
import { generateOrders } from './seeds/orders';
import { Rng } from './seeds/prng';
import { generateCatalog } from './seeds/products';
import { writeSeeds } from './seeds/writeSeeds';

/** The base PRNG seed; each stage gets its own stream so stages don't disturb each other. */
export const BASE_SEED = 20261101;
export const SEEDS_DIR = join(__dirname, '..', 'seeds');

/** Builds the whole demo store in memory (no validation, no I/O). */
export function generateSeeds(): Seeds {
  const catalog = generateCatalog(new Rng(BASE_SEED + 1));
  const shoppers = generateShoppers(new Rng(BASE_SEED + 2));
  const behaviour = generateBehaviour(new Rng(BASE_SEED + 3), shoppers, catalog);
  const customers = shoppers.map((s) => s.customer);
  return {
    products: catalog.map((i) => i.product),
    customers,
    events: behaviour.events,
    orders: generateOrders(new Rng(BASE_SEED + 4), behaviour.orders, customers),
    offers: generateOffers(catalog),
  };
}

function main(): void {
  const started = process.hrtime.bigint();
  const generated = generateSeeds();
  // Fails loudly (SeedValidationError listing every problem) before anything is written.
  const seeds = validateSeeds(generated, (name) => `seeds/${name}.json (generated)`);
  const problems = storeProblems(seeds);
  if (problems.length > 0) throw new Error(`generated store is not right:\n  ${problems.join('\n  ')}`);
  const sizes = writeSeeds(SEEDS_DIR, generated);
  const counts = Object.fromEntries(Object.entries(seeds).map(([k, v]) => [k, v.length]));
  const bytes = Object.values(sizes).reduce((a, b) => a + b, 0);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stderr.write(`wrote ${SEEDS_DIR} in ${ms.toFixed(0)} ms\n`);
  process.stdout.write(`${JSON.stringify({ counts, bytes, sizes })}\n`);
}

if (require.main === module) main();
