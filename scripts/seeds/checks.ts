// Checks on the generated store beyond the schemas: things tests and docs rely on.
import { CATEGORIES } from '../../src/domain/schemas';
import type { Seeds } from '../../src/seeds/validateSeeds';

const MIN_PER_CATEGORY = 25;
const EVENT_RANGE = [15000, 30000];

/** Returns human-readable failures (empty when the store looks right). */
export function storeProblems(seeds: Seeds): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const p of seeds.products) {
    if (names.has(p.name)) problems.push(`duplicate product name ${p.name}`);
    names.add(p.name);
  }
  for (const c of CATEGORIES) {
    const n = seeds.products.filter((p) => p.category === c).length;
    if (n < MIN_PER_CATEGORY) problems.push(`only ${n} products in ${c}`);
  }
  const ridgeline = seeds.products.find((p) => p.name === 'Ridgeline Shell Jacket');
  const a = ridgeline?.attributes;
  if (!ridgeline || ridgeline.category !== 'jackets' || !a?.waterproof || a.waterproofRatingMm !== 20000) {
    problems.push('the Ridgeline Shell Jacket (jackets, waterproof, 20000 mm) is missing or wrong');
  }
  const events = seeds.events.length;
  if (events < EVENT_RANGE[0] || events > EVENT_RANGE[1])
    problems.push(`${events} events, outside ${EVENT_RANGE.join('–')}`);
  return problems;
}
