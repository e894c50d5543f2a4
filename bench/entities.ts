// npx tsx bench/entities.ts [count] — latency of entity extraction on the real catalog: builds the
// extractor once, runs a few thousand synthetic shopper messages (typos, colours, sizes, prices, dates,
// order numbers, list references) and prints p50/p90/p99/max per call; one JSON object on the last line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ProductSchema, type Product } from '../src/domain/schemas';
import { buildEntityExtractor, loadLexicons } from '../src/nlu/entities';
import { PROJECT_ROOT } from '../src/paths';
import { seededRandom } from '../src/random';

const COUNT = Number(process.argv[2] ?? 5000);

/** Drop or swap one letter of a longer word, as a hurried shopper does. */
function typo(word: string, rnd: () => number): string {
  if (word.length < 6) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  return rnd() < 0.5
    ? word.slice(0, i) + word.slice(i + 1)
    : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function messages(products: readonly Product[], count: number): string[] {
  const rnd = seededRandom(42); // every run measures the same messages
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const name = () => {
    const words = pick(products).name.toLowerCase().split(' ');
    return words.map((w) => (rnd() < 0.15 ? typo(w, rnd) : w)).join(' ');
  };
  const colour = () => pick(['blue', 'navy', 'storm gray', 'olive', 'black', 'sand', 'red', 'light blue']);
  const size = () => pick(['size M', 'XL', 'medium', 'eu 43', 'size 10', 'extra large', 'small']);
  const templates: (() => string)[] = [
    () => `do you have the ${name()} in ${colour()} ${size()}?`,
    () => `I want ${pick(['2', 'two', 'three'])} of the ${name()}`,
    () =>
      `show me ${pick(['waterproof', 'insulated', 'lightweight', 'cheap', 'premium'])} ${pick(['jackets', 'tents', 'boots', 'rucksacks', 'headlamps', 'sleeping bags'])} under $${Math.floor(50 + rnd() * 400)}`,
    () =>
      `where is my order #${Math.floor(10000 + rnd() * 90000)}? I placed it ${pick(['yesterday', 'last Tuesday', 'on March 3rd', '2 weeks ago'])}`,
    () => `${pick(['the second one', 'the last one', 'that one', 'number 3'])} please, in ${colour()}`,
    () =>
      `a ${pick(['2-person', '4-season', 'three season', 'solo'])} tent between ${Math.floor(100 + rnd() * 100)} and ${Math.floor(250 + rnd() * 200)} dollars`,
    () =>
      `is the ${name()} good for hiking in the rain or should I get something else, my budget is around ${Math.floor(80 + rnd() * 200)}`,
    () => `hi there! just browsing, thanks`,
    () => `${name()} vs ${name()}: which is warmer and which is lighter for a long trip next month?`,
    () => `merino base layer for women, ${size()}, not too expensive, x2`,
  ];
  return Array.from({ length: count }, () => pick(templates)());
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const raw: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'seeds', 'products.json'), 'utf8'));
  const products = z.array(ProductSchema).parse(raw);
  const lexicons = await loadLexicons();
  const t0 = performance.now();
  const extractor = buildEntityExtractor({ products, lexicons });
  const buildMs = performance.now() - t0;
  const texts = messages(products, COUNT);
  const now = new Date();
  for (const text of texts) extractor.extract(text, { now }); // warm-up: one untimed pass (JIT, caches)
  const times: number[] = [];
  let entities = 0;
  for (const text of texts) {
    const start = process.hrtime.bigint();
    entities += extractor.extract(text, { now }).length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const ms = (n: number) => Math.round(n * 1000) / 1000;
  const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0) / texts.length;
  process.stderr.write(
    `catalog ${products.length} products, ${texts.length} messages (${words.toFixed(1)} words avg)\n`,
  );
  for (const t of texts.slice(0, 3)) process.stderr.write(`  e.g. ${JSON.stringify(t)}\n`);
  const result = {
    messages: texts.length,
    products: products.length,
    buildMs: ms(buildMs),
    entitiesPerMessage: Math.round((entities / texts.length) * 100) / 100,
    latencyMs: {
      p50: ms(percentile(times, 50)),
      p90: ms(percentile(times, 90)),
      p99: ms(percentile(times, 99)),
      max: ms(times[times.length - 1]),
    },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
