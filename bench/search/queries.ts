// A realistic, deterministic mix of about 200 catalog searches drawn from the seeded products:
// exact names, names with typos, brands, categories, attribute phrases, keywords with filters,
// filters alone, chatty sentences and a few things the store does not sell.
import { categoryLabel, colours, sizes } from '../../src/catalog/productFacts';
import type { SearchRequest } from '../../src/catalog/productSearch';
import type { Product } from '../../src/domain/schemas';
import { seededRandom } from '../../src/random';

/** One benchmark search. */
export interface BenchQuery {
  kind: string;
  text: string;
  request: SearchRequest;
}

const ATTRIBUTE_PHRASES = [
  'waterproof jacket', 'down jacket', 'insulated jacket', 'rain jacket', 'fleece', 'waterproof boots',
  'winter boot', 'hiking boots', '2 person tent', 'ultralight tent', 'family tent', 'down sleeping bag',
  'synthetic sleeping bag', 'canister stove', 'headlamp', 'lantern', 'daypack', '50 l backpack',
  'merino base layer', 'rain trousers',
]; // prettier-ignore

const CHATTY = [
  'show me some tents please', 'do you have any headlamps', "i'm looking for a warm jacket",
  'can you find me hiking boots', 'i need a stove for camping', 'what backpacks do you have',
  'any sleeping bags for winter?', 'got any trekking poles', 'looking for a waterproof shell',
  'I want a lightweight tent for two',
]; // prettier-ignore

const NOT_SOLD = ['kayak', 'surfboard', 'bicycle helmet', 'fishing rod', 'snowboard'];

/** One typo in the longest word: a dropped, doubled, swapped or replaced letter. */
function typo(rand: () => number, text: string): string {
  const words = text.split(' ');
  const at = words.reduce((best, w, i) => (w.length > words[best].length ? i : best), 0);
  const w = words[at];
  const i = 1 + Math.floor(rand() * (w.length - 2));
  const edits = [
    () => w.slice(0, i) + w.slice(i + 1),
    () => w.slice(0, i) + w[i] + w.slice(i),
    () => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2),
    () => w.slice(0, i) + 'aeiou'[Math.floor(rand() * 5)] + w.slice(i + 1),
  ];
  words[at] = edits[Math.floor(rand() * edits.length)]();
  return words.join(' ');
}

/** Filters a shopper might ask for around this product (one to three of them). */
function filtersAround(rand: () => number, p: Product): SearchRequest['filters'] {
  const options = [
    () => ({ category: p.category }),
    () => ({ maxPrice: Math.ceil(p.price * (0.8 + rand() * 0.6)) }),
    () => ({ colours: [colours(p)[0]] }),
    () => ({ sizes: [sizes(p)[Math.floor(rand() * sizes(p).length)]] }),
    () => ({ inStock: true }),
    () =>
      p.attributes.waterproof !== undefined ? { attributes: { waterproof: p.attributes.waterproof } } : {},
    () => ({ brand: p.brand }),
  ];
  const count = 1 + Math.floor(rand() * 3);
  return Object.assign(
    {},
    ...Array.from({ length: count }, () => options[Math.floor(rand() * options.length)]()),
  );
}

/** About 200 searches over a catalog whose products include `seeded`. */
export function benchQueries(seeded: readonly Product[], seed = 7): BenchQuery[] {
  const rand = seededRandom(seed);
  const any = () => seeded[Math.floor(rand() * seeded.length)];
  const queries: BenchQuery[] = [];
  const add = (kind: string, text: string, request: SearchRequest = {}) =>
    queries.push({ kind, text, request });
  for (let i = 0; i < 40; i++) add('name', any().name);
  for (let i = 0; i < 30; i++) add('typo', typo(rand, any().name));
  for (let i = 0; i < 15; i++) add('brand', any().brand);
  for (let i = 0; i < 10; i++) {
    const p = any();
    add('brand+category', `${p.brand} ${categoryLabel(p.category)}`);
  }
  for (let i = 0; i < 20; i++) add('category', categoryLabel(any().category));
  for (const phrase of ATTRIBUTE_PHRASES) add('attribute', phrase);
  for (let i = 0; i < 40; i++) {
    const p = any();
    const words = p.name.split(' ');
    add('filtered', words[words.length - 1], { filters: filtersAround(rand, p), limit: 10 });
  }
  for (let i = 0; i < 15; i++)
    add('filters only', '', { filters: { ...filtersAround(rand, any()), category: any().category } });
  for (const text of CHATTY) add('chatty', text);
  for (const text of NOT_SOLD) add('not sold', text);
  return queries;
}
