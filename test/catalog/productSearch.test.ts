import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ProductSearch, type SearchRequest } from '../../src/catalog/productSearch';
import { ProductSchema, type Category } from '../../src/domain/schemas';
import { fixtureProducts } from '../helpers/fixtureProducts';

interface Case {
  name: string;
  text: string;
  request?: SearchRequest;
  /** Expected id of the first hit. */
  first?: string;
  /** Expected ids, in order, of the first hits. */
  top?: string[];
  /** Every one of the first `count` hits is in this category. */
  topCategory?: { category: Category; count: number };
  /** Every hit satisfies this. */
  all?: (id: string) => boolean;
  /** Expected number of hits in all (before the limit). */
  total?: number;
  /** Expected `query` (the terms used). */
  query?: string;
}

const search = ProductSearch.build(fixtureProducts());
const price = (id: string) => search.byId(id)?.price ?? NaN;
const byId = (id: string) => {
  const product = search.byId(id);
  if (!product) throw new Error(`no product ${id}`);
  return product;
};

const cases: Case[] = [
  { name: 'exact name', text: 'Ridgeline Shell Jacket', first: 'JKT-0001' },
  { name: 'typos', text: 'ridgline jaket', first: 'JKT-0001' },
  { name: 'swapped letters', text: 'tnet', topCategory: { category: 'tents', count: 3 } },
  { name: 'plural finds singular names', text: 'tents', topCategory: { category: 'tents', count: 3 } },
  { name: 'singular', text: 'tent', topCategory: { category: 'tents', count: 3 } },
  { name: 'plural boots', text: 'boots', topCategory: { category: 'boots', count: 2 } },
  { name: 'prefix', text: 'headl', first: 'LGT-0001' },
  { name: 'prefix of a name word', text: 'sleep', topCategory: { category: 'sleeping-bags', count: 1 } },
  {
    name: 'typo in a brand',
    text: 'granit outdors',
    all: (id) => search.byId(id)?.brand === 'Granite Outdoors',
  },
  {
    name: 'brand',
    text: 'Granite Outdoors',
    all: (id) => search.byId(id)?.brand === 'Granite Outdoors',
    total: 3,
  },
  { name: 'category label', text: 'sleeping bags', topCategory: { category: 'sleeping-bags', count: 2 } },
  { name: 'category slug', text: 'sleeping-bags', topCategory: { category: 'sleeping-bags', count: 2 } },
  {
    name: 'stop words dropped',
    text: 'Show me some tents, please!',
    query: 'tents',
    topCategory: { category: 'tents', count: 3 },
  },
  { name: 'stop words only', text: 'do you have something for me?', query: '', total: 0 },
  { name: 'empty query', text: '', query: '', total: 0 },
  { name: 'blank query', text: '   ', total: 0 },
  { name: 'no match', text: 'kayak', total: 0 },
  {
    name: 'filter: category',
    text: 'ridgeline',
    request: { filters: { category: 'boots' } },
    top: ['BOT-0001'],
    total: 1,
  },
  {
    name: 'filter: brand (any case)',
    text: 'jacket',
    request: { filters: { brand: 'alpine forge' } },
    top: ['JKT-0002'],
    total: 1,
  },
  {
    name: 'filter: max price',
    text: 'tent',
    request: { filters: { maxPrice: 300 } },
    all: (id) => price(id) <= 300,
  },
  {
    name: 'filter: price range',
    text: 'tent',
    request: { filters: { minPrice: 300, maxPrice: 400 } },
    top: ['TNT-0001'],
    total: 1,
  },
  { name: 'in stock only', text: 'tent', request: { inStockOnly: true }, all: (id) => id !== 'TNT-0003' },
  { name: 'filter: in stock', text: 'tent', request: { filters: { inStock: true } }, total: 3 },
  {
    name: 'filter: in stock false filters nothing',
    text: 'tent',
    request: { filters: { inStock: false } },
    total: 4,
  },
  {
    name: 'filter: size',
    text: 'jacket',
    request: { filters: { sizes: ['S'] } },
    top: ['JKT-0001'],
    total: 1,
  },
  { name: 'filter: size (any case)', text: 'jacket', request: { filters: { sizes: ['m'] } }, total: 2 },
  {
    name: 'filter: colour, size and stock hold for one variant',
    text: 'jacket',
    request: { filters: { colours: ['Red'], sizes: ['M'], inStock: true } },
    top: ['JKT-0001'],
    total: 1,
  },
  {
    name: 'filter: the blue M has no stock',
    text: 'jacket',
    request: { filters: { colours: ['Blue'], sizes: ['M'], inStock: true } },
    total: 0,
  },
  {
    name: 'filter: blue and small exist, but not as one variant',
    text: 'jacket',
    request: { filters: { colours: ['Blue'], sizes: ['S'] } },
    total: 0,
  },
  {
    name: 'filter: colour',
    text: 'jacket',
    request: { filters: { colours: ['blue'] } },
    all: (id) => byId(id).variants.some((v) => v.color === 'Blue'),
    first: 'JKT-0001',
  },
  {
    name: 'filter: attribute',
    text: 'boot',
    request: { filters: { attributes: { waterproof: true } } },
    all: (id) => byId(id).attributes.waterproof === true,
  },
  {
    name: 'filters alone browse the catalog',
    text: 'please',
    request: { filters: { category: 'boots' } },
    topCategory: { category: 'boots', count: 2 },
  },
  { name: 'no keywords and no filters: nothing', text: 'please', total: 0 },
  { name: 'limit keeps the total', text: 'tent', request: { limit: 1 }, top: ['TNT-0001'], total: 4 },
  { name: 'in stock first among ties', text: 'enamel camp mug', top: ['ACC-0003', 'ACC-0002'] },
  { name: 'higher rating first among ties', text: 'carbon trekking pole', top: ['ACC-0005', 'ACC-0004'] },
];

describe('ProductSearch over the fixture catalog', () => {
  test.each(cases)('$name: "$text"', ({ text, request, first, top, topCategory, all, total, query }) => {
    const result = search.search(text, request);
    const ids = result.hits.map((hit) => hit.product.id);
    if (first !== undefined) expect(ids[0]).toBe(first);
    if (top !== undefined) expect(ids.slice(0, top.length)).toEqual(top);
    if (topCategory !== undefined) {
      const categories = result.hits.slice(0, topCategory.count).map((hit) => hit.product.category);
      expect(categories).toEqual(Array(topCategory.count).fill(topCategory.category));
    }
    if (all !== undefined) expect(ids.filter((id) => !all(id))).toEqual([]);
    if (total !== undefined) expect(result.total).toBe(total);
    if (query !== undefined) expect(result.query).toBe(query);
  });

  it('returns hits best first', () => {
    const scores = search.search('hiking').hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds products by id', () => {
    expect(search.byId('TNT-0002')?.name).toBe('Basecamp 4 Tent');
    expect(search.byId('XXX-9999')).toBeUndefined();
  });

  it('refuses a catalog with duplicate ids', () => {
    const [product] = fixtureProducts();
    expect(() => new ProductSearch([product, product])).toThrow(/duplicate product id JKT-0001/);
  });
});

const seedsPath = join(__dirname, '../../seeds/products.json');
const seedsExist = existsSync(seedsPath);
const describeWithSeeds = seedsExist ? describe : describe.skip;

/** The seed file holds an array of products (or an object with a `products` array). */
function loadSeedProducts() {
  const raw: unknown = JSON.parse(readFileSync(seedsPath, 'utf8'));
  const list = Array.isArray(raw) ? raw : (raw as { products?: unknown }).products;
  return z.array(ProductSchema).parse(list);
}

describeWithSeeds(
  `ProductSearch over seeds/products.json${seedsExist ? '' : ' (skipped: file not generated yet)'}`,
  () => {
    const seeded = seedsExist ? ProductSearch.build(loadSeedProducts()) : undefined;

    it('finds the Ridgeline Shell Jacket first despite typos', () => {
      expect(seeded?.search('ridgline jaket').hits[0]?.product.name).toBe('Ridgeline Shell Jacket');
    });

    it('returns only tents in the top 5 for "tents"', () => {
      const top = seeded?.search('tents', { limit: 5 }).hits ?? [];
      expect(top.length).toBeGreaterThan(0);
      expect(top.map((hit) => hit.product.category)).toEqual(top.map(() => 'tents'));
    });
  },
);
