import { refinementFromMessage, type Refinement } from '../../src/catalog/listRefinement';
import {
  combineSearch,
  mergeFilters,
  runListSearch,
  sortProducts,
  type ListSearch,
  type ListSearchDeps,
} from '../../src/catalog/refineSearch';
import type { SearchFilters } from '../../src/catalog/searchFilters';
import { filterPredicate } from '../../src/catalog/searchFilters';
import type { Entity } from '../../src/nlu/recognizer';
import type { Product } from '../../src/domain/schemas';

const at = (text: string, part: string, type: string, value: Entity['value'], score = 0.9): Entity => {
  const start = text.indexOf(part);
  return { type, text: part, start, end: start + part.length, value, score };
};

const product = (id: string, price: number, weightGrams?: number, extra: Partial<Product> = {}): Product =>
  ({
    id,
    name: `Product ${id}`,
    brand: 'Acme',
    category: 'tents',
    price,
    currency: 'USD',
    description: 'x'.repeat(40),
    attributes: weightGrams === undefined ? {} : { weightGrams },
    variants: [{ sku: id, color: 'Olive', size: 'One', stock: 1 }],
    rating: 4,
    reviewCount: 1,
    tags: [],
    createdAt: '2025-01-01T00:00:00Z',
    ...extra,
  }) as Product;

describe('refinementFromMessage', () => {
  const green = { name: 'green', colours: ['Olive', 'Forest'] };
  it.each([
    [
      'only 2-person',
      [['2-person', 'attribute', { name: 'persons', value: 2 }]],
      { filters: { attributes: { persons: 2 } } },
    ],
    ['under $200', [['under $200', 'priceRange', { max: 200 }]], { filters: { maxPrice: 200 } }],
    [
      'in green',
      [['green', 'colour', green]],
      { filters: { colours: ['Olive', 'Forest'] }, colourName: 'green' },
    ],
    ['cheaper', [['cheaper', 'priceRange', { relative: 'lower' }]], { relative: 'cheaper' }],
    ['warmer ones please', [], { relative: 'warmer' }],
    ['something roomier', [], { relative: 'bigger' }],
    ['a bigger one', [], { relative: 'bigger' }],
    ['brighter', [], { relative: 'brighter' }],
    ['warmest first', [], { sort: 'temperatureAsc' }],
    ['brightest ones', [], { sort: 'lumensDesc' }],
    ['anything pricier?', [['pricier', 'priceRange', { relative: 'higher' }]], { relative: 'pricier' }],
    [
      'lighter ones',
      [['lighter', 'attribute', { name: 'lightweight', value: true }]],
      { relative: 'lighter' },
    ],
    // "stock" read as a category by a lexicon is not a filter inside "in stock".
    ['in stock only', [['stock', 'category', 'accessories']], { filters: { inStock: true } }],
    ['sort by price', [], { sort: 'priceAsc' }],
    ['cheapest first', [['cheapest', 'priceRange', { band: 'low' }]], { sort: 'priceAsc' }],
    ['most expensive first', [['expensive', 'priceRange', { band: 'high' }]], { sort: 'priceDesc' }],
    ['lightest first', [], { sort: 'weightAsc' }],
    ['best rated first', [], { sort: 'ratingDesc' }],
    ['only the ones with a hood', [], { keywords: 'hood' }],
    [
      'only freestanding ones',
      [['freestanding', 'attribute', { name: 'freestanding', value: true }]],
      { keywords: 'freestanding' },
    ],
    [
      'hide the Trailhound ones',
      [['Trailhound', 'brand', 'Trailhound']],
      { filters: { excludeBrands: ['Trailhound'] } },
    ],
    [
      'no Campfield either',
      [['Campfield', 'brand', 'Campfield']],
      { filters: { excludeBrands: ['Campfield'] } },
    ],
    [
      'anything but Campfield or Trailhound',
      [
        ['Campfield', 'brand', 'Campfield'],
        ['Trailhound', 'brand', 'Trailhound'],
      ],
      { filters: { excludeBrands: ['Campfield', 'Trailhound'] } },
    ],
    [
      'not from Featherpeak',
      [['Featherpeak', 'brand', 'Featherpeak']],
      { filters: { excludeBrands: ['Featherpeak'] } },
    ],
    [
      'nothing by Snowcrest please',
      [['Snowcrest', 'brand', 'Snowcrest']],
      { filters: { excludeBrands: ['Snowcrest'] } },
    ],
    ['only Campfield', [['Campfield', 'brand', 'Campfield']], { filters: { brand: 'Campfield' } }],
  ] as [string, [string, string, Entity['value']][], Partial<Refinement>][])(
    '%s',
    (text, found, expected) => {
      const entities = found.map(([part, type, value]) => at(text, part, type, value));
      expect(refinementFromMessage(text, entities)).toEqual({ keywords: '', filters: {}, ...expected });
    },
  );

  it.each(['only the', 'please', 'those ones'])('%s adds nothing', (text) => {
    expect(refinementFromMessage(text, [])).toBeUndefined();
  });

  it('ignores unsure entities', () => {
    const text = 'in green';
    expect(refinementFromMessage(text, [at(text, 'green', 'colour', green, 0.5)])?.filters).toEqual({});
  });
});

describe('mergeFilters', () => {
  it.each([
    ['a colour replaces a colour', { colours: ['Navy'] }, { colours: ['Olive'] }, { colours: ['Olive'] }],
    [
      'attributes merge',
      { attributes: { persons: 2 } },
      { attributes: { waterproof: true } },
      { attributes: { persons: 2, waterproof: true } },
    ],
    ['a new cap replaces the cap', { maxPrice: 300 }, { maxPrice: 200 }, { maxPrice: 200 }],
    ['a contradicting floor is dropped', { minPrice: 150 }, { maxPrice: 100 }, { maxPrice: 100 }],
    ['a contradicting cap is dropped', { maxPrice: 100 }, { minPrice: 150 }, { minPrice: 150 }],
    ['in stock stays', { inStock: true }, { category: 'tents' }, { inStock: true, category: 'tents' }],
    [
      'brands not wanted add up',
      { excludeBrands: ['Featherpeak'] },
      { excludeBrands: ['Campfield', 'featherpeak'] },
      { excludeBrands: ['Featherpeak', 'Campfield'] },
    ],
    [
      'asking for a brand makes the exclusions moot',
      { excludeBrands: ['Featherpeak', 'Campfield'] },
      { brand: 'Campfield' },
      { brand: 'Campfield' },
    ],
    [
      'excluding the brand asked for drops it',
      { brand: 'Campfield' },
      { excludeBrands: ['Campfield'] },
      { excludeBrands: ['Campfield'] },
    ],
  ] as [string, SearchFilters, SearchFilters, SearchFilters][])('%s', (_, current, added, expected) => {
    expect(mergeFilters(current, added)).toEqual(expected);
  });
});

describe('combineSearch', () => {
  const tents: ListSearch = { query: 'tents', filters: { attributes: { persons: 2 } } };
  const shown = [product('TNT-0001', 345, 2340), product('TNT-0002', 315, 2695), product('TNT-0003', 430)];
  const none: Refinement = { keywords: '', filters: {} };
  it.each([
    [
      'adds a filter to the query and filters',
      { ...none, filters: { maxPrice: 500 } },
      undefined,
      { query: 'tents', filters: { attributes: { persons: 2 }, maxPrice: 500 } },
    ],
    [
      'adds keywords',
      { ...none, keywords: 'hood' },
      undefined,
      { query: 'tents hood', filters: { attributes: { persons: 2 } } },
    ],
    [
      'cheaper: below the cheapest shown',
      { ...none, relative: 'cheaper' },
      undefined,
      { query: 'tents', filters: { attributes: { persons: 2 }, maxPrice: 314.99 } },
    ],
    [
      'cheaper: below the product picked from the list',
      { ...none, relative: 'cheaper' },
      shown[0],
      { query: 'tents', filters: { attributes: { persons: 2 }, maxPrice: 344.99 } },
    ],
    [
      'pricier: above the dearest shown',
      { ...none, relative: 'pricier' },
      undefined,
      { query: 'tents', filters: { attributes: { persons: 2 }, minPrice: 430.01 } },
    ],
    [
      'lighter: below the lightest shown that has a weight',
      { ...none, relative: 'lighter' },
      undefined,
      { query: 'tents', filters: { attributes: { persons: 2 }, maxWeightGrams: 2339 } },
    ],
    [
      'a sort replaces the order',
      { ...none, sort: 'priceAsc' },
      undefined,
      { query: 'tents', filters: { attributes: { persons: 2 } }, sort: 'priceAsc' },
    ],
  ] as [string, Refinement, Product | undefined, ListSearch][])('%s', (_, refinement, selected, expected) => {
    expect(combineSearch(tents, refinement, { shown, selected }).search).toEqual(expected);
  });

  it('warmer, bigger and brighter bound the figure the products shown have', () => {
    const bag = (id: string, temperatureRatingC: number) =>
      product(id, 200, 1000, { category: 'sleeping-bags', attributes: { temperatureRatingC } });
    const bags: ListSearch = { query: 'sleeping bags', filters: {} };
    const warmer = combineSearch(
      bags,
      { ...none, relative: 'warmer' },
      { shown: [bag('B1', -5), bag('B2', 2)] },
    );
    expect(warmer.search.filters).toEqual({ maxTemperatureC: -6 });
    expect(warmer.relative).toEqual({ kind: 'warmer', than: -5, fallbackSort: 'temperatureAsc' });

    const pack = (id: string, capacityLiters: number) =>
      product(id, 150, 1200, { category: 'backpacks', attributes: { capacityLiters } });
    const packs = combineSearch(
      { query: 'backpacks', filters: {} },
      { ...none, relative: 'bigger' },
      { shown: [pack('P1', 30), pack('P2', 45)] },
    );
    expect(packs.search.filters).toEqual({ minCapacityLiters: 46 });

    // Tents have no capacity in litres: bigger means room for more people.
    const tent = (id: string, persons: number) => product(id, 300, 2000, { attributes: { persons } });
    const roomier = combineSearch(
      { query: 'tents', filters: {} },
      { ...none, relative: 'bigger' },
      { shown: [tent('T1', 2), tent('T2', 3)] },
    );
    expect(roomier.search.filters).toEqual({ minPersons: 4 });

    const lamp = (id: string, lumens: number) =>
      product(id, 50, 100, { category: 'lights', attributes: { lumens } });
    const brighter = combineSearch(
      { query: 'headlamps', filters: {} },
      { ...none, relative: 'brighter' },
      { shown: [lamp('L1', 300)], selected: lamp('L1', 300) },
    );
    expect(brighter.search.filters).toEqual({ minLumens: 301 });
  });

  it('a relative word over products without the figure re-ranks by it instead', () => {
    const { search, relative } = combineSearch(tents, { ...none, relative: 'warmer' }, { shown });
    expect([search.sort, relative, search.filters]).toEqual(['temperatureAsc', undefined, tents.filters]);
  });

  it('cheaper never raises an existing cap', () => {
    const capped = { ...tents, filters: { maxPrice: 250 } };
    expect(combineSearch(capped, { ...none, relative: 'cheaper' }, { shown }).search.filters.maxPrice).toBe(
      250,
    );
  });

  it('lighter with no weights shown re-ranks lightest first', () => {
    const combined = combineSearch(tents, { ...none, relative: 'lighter' }, { shown: [shown[2]] });
    expect(combined).toEqual({ search: { ...tents, sort: 'weightAsc' } });
  });
  it('starts a refined list from its first page', () => {
    const paged: ListSearch = { ...tents, offset: 5 };
    const { search } = combineSearch(paged, { ...none, filters: { maxPrice: 500 } }, { shown });
    expect(search.offset).toBeUndefined();
  });
});

describe('runListSearch', () => {
  const catalog = [
    product('TNT-0001', 345, 2340),
    product('TNT-0002', 315, 2695),
    product('TNT-0003', 140, 3870),
    product('TNT-0004', 585, 975),
  ];
  const run = (filters: SearchFilters) => {
    const hits = catalog.filter(filterPredicate(filters)).map((p) => ({ product: p, score: 1 }));
    return { hits, total: hits.length };
  };
  const deps: ListSearchDeps = {
    search: (_, { filters }) => run(filters),
    searchWithFallback: (_, { filters }) => {
      const found = run(filters);
      return found.total > 0 ? { ...found, relaxed: null } : { ...run({}), relaxed: 'price', filters: {} };
    },
    similarTo: (id, { filters }) => catalog.filter((p) => p.id !== id && filterPredicate(filters)(p)),
    limit: 3,
  };
  const ids = (products: Product[]) => products.map((p) => p.id);

  it('a relative refinement that finds something shows it', () => {
    const result = runListSearch(
      {
        search: { query: 'tents', filters: { maxPrice: 314.99 } },
        relative: { kind: 'cheaper', than: 315, fallbackSort: 'priceAsc' },
      },
      deps,
    );
    expect([ids(result.products), result.note]).toEqual([['TNT-0003'], undefined]);
  });

  it('a relative refinement that finds nothing ranks the previous list by the figure instead', () => {
    const previous = { query: 'tents', filters: {} };
    const result = runListSearch(
      {
        search: { query: 'tents', filters: { maxPrice: 100 } },
        relative: { kind: 'cheaper', than: 140, fallbackSort: 'priceAsc' },
      },
      deps,
      previous,
    );
    expect([ids(result.products), result.note, result.search.sort]).toEqual([
      ['TNT-0003', 'TNT-0002', 'TNT-0001'],
      { kind: 'cheaper', than: 140 },
      'priceAsc',
    ]);
  });

  it('any other search that finds nothing is relaxed, and keeps only the filters it could satisfy', () => {
    const result = runListSearch({ search: { query: 'tents', filters: { maxPrice: 20 } } }, deps);
    expect([result.relaxed, result.search.filters, result.total]).toEqual(['price', {}, 4]);
  });

  it('sorts over every match before taking the top', () => {
    const result = runListSearch({ search: { query: 'tents', filters: {}, sort: 'weightAsc' } }, deps);
    expect(ids(result.products)).toEqual(['TNT-0004', 'TNT-0001', 'TNT-0002']);
  });

  it('a later page starts after the matches earlier pages showed, sorted or not', () => {
    const page = runListSearch({ search: { query: 'tents', filters: {}, offset: 3 } }, deps);
    expect([ids(page.products), page.total]).toEqual([['TNT-0004'], 4]);
    const sorted = runListSearch(
      { search: { query: 'tents', filters: {}, sort: 'weightAsc', offset: 3 } },
      deps,
    );
    expect(ids(sorted.products)).toEqual(['TNT-0003']);
    const like = runListSearch(
      { search: { query: 'tents', filters: {}, like: 'TNT-0001', offset: 2 } },
      deps,
    );
    expect(ids(like.products)).toEqual(['TNT-0004']);
    const past = runListSearch({ search: { query: 'tents', filters: {}, offset: 6 } }, deps);
    expect([ids(past.products), past.total]).toEqual([[], 4]);
  });

  it('"more like" lists neighbours under the filters, or under none when none pass them', () => {
    const like = (filters: SearchFilters) =>
      runListSearch({ search: { query: 'tents', filters, like: 'TNT-0001' } }, deps);
    expect(ids(like({ maxPrice: 400 }).products)).toEqual(['TNT-0002', 'TNT-0003']);
    const loose = like({ maxPrice: 50 });
    expect([ids(loose.products).length, loose.relaxed]).toEqual([3, 'filters']);
  });
});

describe('the bounds of relative refinements', () => {
  it.each([
    [{ maxTemperatureC: -5 }, { temperatureRatingC: -9 }, { temperatureRatingC: 0 }],
    [{ minCapacityLiters: 40 }, { capacityLiters: 45 }, { capacityLiters: 30 }],
    [{ minPersons: 3 }, { persons: 4 }, { persons: 2 }],
    [{ minLumens: 300 }, { lumens: 400 }, { lumens: 200 }],
  ] as [SearchFilters, Product['attributes'], Product['attributes']][])(
    '%j passes products within it and none without the figure',
    (filters, within, outside) => {
      const passes = filterPredicate(filters);
      expect(passes(product('A', 1, undefined, { attributes: within }))).toBe(true);
      expect(passes(product('B', 1, undefined, { attributes: outside }))).toBe(false);
      expect(passes(product('C', 1, undefined, { attributes: {} }))).toBe(false);
    },
  );
});

describe('sortProducts', () => {
  it('is stable and puts products without the figure last', () => {
    const a = product('TNT-0001', 100);
    const b = product('TNT-0002', 100, 900);
    const c = product('TNT-0003', 50, 1200);
    expect(sortProducts([a, b, c], 'priceAsc').map((p) => p.id)).toEqual([
      'TNT-0003',
      'TNT-0001',
      'TNT-0002',
    ]);
    expect(sortProducts([a, b, c], 'weightAsc').map((p) => p.id)).toEqual([
      'TNT-0002',
      'TNT-0003',
      'TNT-0001',
    ]);
  });
});
