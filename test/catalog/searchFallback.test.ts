import { ProductSearch, type SearchRequest } from '../../src/catalog/productSearch';
import { relaxationSteps, withoutFilters, type Relaxation } from '../../src/catalog/searchFallback';
import type { SearchFilters } from '../../src/catalog/searchFilters';
import { fixtureProducts } from '../helpers/fixtureProducts';

interface Case {
  name: string;
  text: string;
  request?: SearchRequest;
  relaxed: Relaxation | null;
  /** Expected `dropped`, when more than `[relaxed]`. */
  dropped?: Relaxation[];
  droppedFilters?: SearchFilters;
  /** Expected filters the hits satisfy. */
  filters?: SearchFilters;
  /** Expected ids of the first hits, in order. */
  top?: string[];
  total?: number;
}

const search = ProductSearch.build(fixtureProducts());

const cases: Case[] = [
  { name: 'found as asked', text: 'tent', request: { filters: { maxPrice: 400 } }, relaxed: null, dropped: [], total: 3 },
  { name: 'price dropped', text: 'tent', request: { filters: { maxPrice: 30 } }, relaxed: 'price',
    droppedFilters: { maxPrice: 30 }, filters: {}, total: 4 },
  { name: 'price range dropped as one', text: 'tent', request: { filters: { minPrice: 10, maxPrice: 30 } },
    relaxed: 'price', droppedFilters: { minPrice: 10, maxPrice: 30 }, total: 4 },
  { name: 'colour dropped', text: 'jacket', request: { filters: { colours: ['Green'], category: 'jackets' } },
    relaxed: 'colour', droppedFilters: { colours: ['Green'] }, filters: { category: 'jackets' }, total: 2 },
  { name: 'size dropped', text: 'jacket', request: { filters: { sizes: ['XL'] } }, relaxed: 'size', total: 2 },
  { name: 'one attribute dropped, the other kept', text: 'tent',
    request: { filters: { attributes: { persons: 2, seasons: 4 } } }, relaxed: 'attributes',
    droppedFilters: { attributes: { persons: 2 } }, filters: { attributes: { seasons: 4 } }, top: ['TNT-0002'] },
  { name: 'in stock dropped', text: 'ultralight', request: { filters: { inStock: true } }, relaxed: 'inStock',
    top: ['TNT-0003'] },
  { name: 'inStockOnly is relaxed like the filter', text: 'ultralight', request: { inStockOnly: true },
    relaxed: 'inStock', top: ['TNT-0003'] },
  { name: 'brand dropped', text: 'headlamp', request: { filters: { brand: 'Alpine Forge' } }, relaxed: 'brand',
    top: ['LGT-0001'] },
  { name: 'category dropped', text: 'ridgeline', request: { filters: { category: 'tents' } }, relaxed: 'category',
    total: 2 },
  { name: 'price goes before attributes', text: 'tent',
    request: { filters: { maxPrice: 300, attributes: { persons: 4 } } }, relaxed: 'price', top: ['TNT-0002'] },
  { name: 'no single drop works: cumulative', text: 'jacket',
    request: { filters: { colours: ['Green'], maxPrice: 10 } }, relaxed: 'price', dropped: ['price', 'colour'],
    droppedFilters: { maxPrice: 10, colours: ['Green'] }, filters: {}, total: 2 },
  { name: 'text finds nothing: browse the filters', text: 'kayak',
    request: { filters: { category: 'boots', colours: ['black'] } }, relaxed: 'text', dropped: ['text'],
    filters: { category: 'boots', colours: ['black'] }, total: 2 },
  { name: 'text finds nothing, nor do the filters: relax them too', text: 'kayak',
    request: { filters: { category: 'boots', maxPrice: 50 } }, relaxed: 'text', dropped: ['text', 'price'],
    filters: { category: 'boots' }, total: 2 },
  { name: 'text finds nothing and no filters', text: 'kayak', relaxed: 'text', total: 0 },
  { name: 'no keywords, no filters', text: 'please', relaxed: null, dropped: [], total: 0 },
  { name: 'filters alone relaxed', text: '', request: { filters: { category: 'stoves', maxPrice: 10 } },
    relaxed: 'price', top: ['STV-0001'] },
  { name: 'limit applies to the alternatives', text: 'tent', request: { limit: 1, filters: { maxPrice: 30 } },
    relaxed: 'price', total: 4 },
]; // prettier-ignore

describe('ProductSearch.searchWithFallback', () => {
  test.each(cases)('$name', ({ text, request, relaxed, dropped, droppedFilters, filters, top, total }) => {
    const result = search.searchWithFallback(text, request);
    const ids = result.hits.map((hit) => hit.product.id);
    expect(result.relaxed).toBe(relaxed);
    expect(result.dropped).toEqual(dropped ?? [relaxed]);
    if (droppedFilters !== undefined) expect(result.droppedFilters).toEqual(droppedFilters);
    if (filters !== undefined) expect(result.filters).toEqual(filters);
    if (top !== undefined) expect(ids.slice(0, top.length)).toEqual(top);
    if (total !== undefined) expect(result.total).toBe(total);
    expect(result.hits.length).toBeLessThanOrEqual(request?.limit ?? 10);
  });

  it('returns what search returns when the search finds something', () => {
    const request = { limit: 3, filters: { category: 'tents' as const } };
    const { query, hits, total } = search.searchWithFallback('tent', request);
    expect({ query, hits, total }).toEqual(search.search('tent', request));
  });
});

describe('relaxation helpers', () => {
  it('splits filters into steps in relaxation order, attributes one by one', () => {
    const steps = relaxationSteps({
      category: 'tents',
      brand: 'X',
      attributes: { persons: 2, seasons: 3 },
      inStock: true,
      sizes: ['M'],
      colours: ['Red'],
      maxPrice: 100,
    });
    expect(steps.map((s) => s.relaxation)).toEqual([
      'price',
      'colour',
      'size',
      'attributes',
      'attributes',
      'inStock',
      'brand',
      'category',
    ]);
  });

  it('skips filters that filter nothing', () => {
    expect(relaxationSteps({ inStock: false, colours: [], attributes: {} })).toEqual([]);
  });

  it('removes dropped attributes key by key', () => {
    const filters: SearchFilters = { brand: 'X', attributes: { persons: 2, seasons: 3 } };
    expect(withoutFilters(filters, { attributes: { persons: 2 } })).toEqual({
      brand: 'X',
      attributes: { seasons: 3 },
    });
    expect(withoutFilters({ attributes: { persons: 2 } }, { attributes: { persons: 2 } })).toEqual({});
    expect(filters.attributes).toEqual({ persons: 2, seasons: 3 });
  });
});
