// How a refinement combines with the list being shown, and how a list search runs.
//
// Contract (combineSearch):
// - The current query and filters are kept; the refinement's keywords are added to the query.
// - A new category, brand, colour or size replaces the old one ("in green" after "in blue" is green);
//   attributes merge key by key; a new price bound replaces the same bound, and a bound that would
//   contradict the new one is dropped; "in stock" is added.
// - "cheaper" means below the product the shopper has picked from the list, or else below the
//   cheapest product shown: maxPrice becomes that price less a cent (never above an existing cap).
//   "pricier" mirrors it with minPrice. "lighter" does the same with maxWeightGrams on weights,
//   "warmer" with maxTemperatureC (a lower rating is warmer), "bigger" with minCapacityLiters (or
//   minPersons when the products shown have no capacity, as tents) and "brighter" with minLumens
//   (RELATIVE_RULES). When nothing shown has the figure, the list is re-ranked by it instead.
// - A sort ("sort by price", "cheapest first") replaces the previous one.
// - "More like the second one" (`like`) keeps the filters and lists products like that one.
// - Any refinement starts the list from its first page again (`offset` is dropped).
// Contract (runListSearch): a relative refinement that finds nothing keeps the previous
// constraints and ranks by the figure instead (lowest first), saying so (`note`); any other search
// that finds nothing is relaxed by searchWithFallback (`relaxed` names what was given up).
import type { Product } from '../domain/schemas';
import type { ListSort, Refinement, RelativeConstraint } from './listRefinement';
import { hasFilters, type SearchFilters } from './searchFilters';

/** The search behind a list: what produced it, so it can be refined or shown again. */
export interface ListSearch {
  query: string;
  filters: SearchFilters;
  sort?: ListSort;
  /** "More like" this product id: the list is its neighbours under the filters. */
  like?: string;
  /** The shopper's colour word ("green"), for describing the search. */
  colourName?: string;
  /** How many matches earlier pages showed ("show more"); absent on the first page. */
  offset?: number;
}

/** What the shopper is looking at when refining. */
export interface ListView {
  /** The products of the list shown, in order. */
  shown: readonly Product[];
  /** The product picked from it ("the second one"), if any. */
  selected?: Product;
}

/** A combined search and, for "cheaper"/"lighter", the figure it had to beat. */
export interface CombinedSearch {
  search: ListSearch;
  /** The refinement relative to the list, and the price or weight it is relative to. */
  relative?: { kind: RelativeConstraint; than: number; fallbackSort: ListSort };
}

/** Combines the current search with a refinement as the contract above says. */
export function combineSearch(current: ListSearch, refinement: Refinement, view: ListView): CombinedSearch {
  const query = [current.query, refinement.keywords].filter(Boolean).join(' ');
  const filters = mergeFilters(current.filters, refinement.filters);
  const search: ListSearch = { ...current, query, filters };
  delete search.offset;
  if (refinement.colourName) search.colourName = refinement.colourName;
  else if (refinement.filters.colours) delete search.colourName;
  if (refinement.sort) search.sort = refinement.sort;
  if (!refinement.relative) return { search };
  const relative = relativeBound(refinement.relative, view);
  if (!relative) return { search: { ...search, sort: fallbackSort(refinement.relative) } };
  search.filters = relative.bound(search.filters);
  return {
    search,
    relative: { kind: refinement.relative, than: relative.than, fallbackSort: relative.rule.fallbackSort },
  };
}

/** The figure a relative refinement compares, and the bound it puts on the list. */
interface RelativeRule {
  /** The product's figure, when it has one. */
  figure: (p: Product) => number | undefined;
  /** 'below': the new list stays under the lowest figure shown; 'above': over the highest. */
  direction: 'below' | 'above';
  /** The filter that holds the bound. */
  filter: BoundFilter;
  /** The smallest step beyond the figure shown (a cent, a gram, a degree, …). */
  step: number;
  /** The ranking used when the bound finds nothing (or nothing shown has the figure). */
  fallbackSort: ListSort;
}

type BoundFilter =
  | 'maxPrice'
  | 'minPrice'
  | 'maxWeightGrams'
  | 'maxTemperatureC'
  | 'minCapacityLiters'
  | 'minPersons'
  | 'minLumens';

const price = (p: Product) => p.price;
const RELATIVE_RULES: Record<RelativeConstraint, RelativeRule> = {
  cheaper: { figure: price, direction: 'below', filter: 'maxPrice', step: 0.01, fallbackSort: 'priceAsc' },
  pricier: { figure: price, direction: 'above', filter: 'minPrice', step: 0.01, fallbackSort: 'priceDesc' },
  lighter: {
    figure: (p) => p.attributes.weightGrams,
    direction: 'below',
    filter: 'maxWeightGrams',
    step: 1,
    fallbackSort: 'weightAsc',
  },
  // A lower temperature rating is a warmer bag.
  warmer: {
    figure: (p) => p.attributes.temperatureRatingC,
    direction: 'below',
    filter: 'maxTemperatureC',
    step: 1,
    fallbackSort: 'temperatureAsc',
  },
  bigger: {
    figure: (p) => p.attributes.capacityLiters,
    direction: 'above',
    filter: 'minCapacityLiters',
    step: 1,
    fallbackSort: 'capacityDesc',
  },
  brighter: {
    figure: (p) => p.attributes.lumens,
    direction: 'above',
    filter: 'minLumens',
    step: 1,
    fallbackSort: 'lumensDesc',
  },
};

/** "Bigger" tents have room for more people: the rule when the products shown have no capacity. */
const MORE_PEOPLE: RelativeRule = {
  figure: (p) => p.attributes.persons,
  direction: 'above',
  filter: 'minPersons',
  step: 1,
  fallbackSort: 'capacityDesc',
};

/** The rule for `kind` over the products it compares. */
function ruleFor(kind: RelativeConstraint, compared: readonly Product[]): RelativeRule {
  const rule = RELATIVE_RULES[kind];
  if (kind === 'bigger' && !compared.some((p) => rule.figure(p) !== undefined)) return MORE_PEOPLE;
  return rule;
}

/** The ranking used when a relative refinement finds nothing (or nothing shown has the figure). */
export function fallbackSort(kind: RelativeConstraint): ListSort {
  return RELATIVE_RULES[kind].fallbackSort;
}

/** Which price bound to give up when a new one contradicts it. */
const CONTRADICTED: Partial<Record<BoundFilter, BoundFilter>> = {
  maxPrice: 'minPrice',
  minPrice: 'maxPrice',
};

function relativeBound(kind: RelativeConstraint, { shown, selected }: ListView) {
  const compared = selected ? [selected] : shown;
  const rule = ruleFor(kind, compared);
  const values = compared.map(rule.figure).filter((v): v is number => v !== undefined);
  if (values.length === 0) return undefined;
  const below = rule.direction === 'below';
  const than = below ? Math.min(...values) : Math.max(...values);
  const limit = cents(below ? than - rule.step : than + rule.step);
  return {
    than,
    rule,
    bound: (f: SearchFilters): SearchFilters => {
      const existing = f[rule.filter];
      const value =
        existing === undefined ? limit : below ? Math.min(existing, limit) : Math.max(existing, limit);
      const bounded: SearchFilters = { ...f, [rule.filter]: value };
      const other = CONTRADICTED[rule.filter];
      if (
        other &&
        bounded.minPrice !== undefined &&
        bounded.maxPrice !== undefined &&
        bounded.minPrice > bounded.maxPrice
      )
        delete bounded[other];
      return bounded;
    },
  };
}

const cents = (amount: number) => Math.round(amount * 100) / 100;

const sameText = (a: string, b: string | undefined) => b !== undefined && a.toLowerCase() === b.toLowerCase();
const uniqueFolded = (texts: string[]) =>
  texts.filter((t, i) => texts.findIndex((other) => sameText(t, other)) === i);

/** Filters with the newer ones applied on top (see the contract). */
export function mergeFilters(current: SearchFilters, added: SearchFilters): SearchFilters {
  const merged: SearchFilters = { ...current, ...added };
  if (current.attributes || added.attributes)
    merged.attributes = { ...current.attributes, ...added.attributes };
  // A new bound alone replaces a contradicting old one: "under $100" after "over $150".
  if (
    added.maxPrice !== undefined &&
    added.minPrice === undefined &&
    (current.minPrice ?? 0) > added.maxPrice
  )
    delete merged.minPrice;
  if (
    added.minPrice !== undefined &&
    added.maxPrice === undefined &&
    (current.maxPrice ?? Infinity) < added.minPrice
  )
    delete merged.maxPrice;
  if (!added.inStock && current.inStock) merged.inStock = true;
  // Brands not wanted add up; asking for one of them again wants it after all ("only Campfield"), and
  // excluding the brand asked for drops it. One brand asked for makes the exclusions moot.
  const excluded = uniqueFolded([...(current.excludeBrands ?? []), ...(added.excludeBrands ?? [])]).filter(
    (b) => !sameText(b, added.brand),
  );
  if (merged.brand && excluded.some((b) => sameText(b, merged.brand))) delete merged.brand;
  if (excluded.length > 0 && !merged.brand) merged.excludeBrands = excluded;
  else delete merged.excludeBrands;
  return merged;
}

/** What running a list search needs: the catalog's searches and, for "more like", similar products. */
export interface ListSearchDeps {
  search(
    text: string,
    options: { limit: number; filters: SearchFilters },
  ): { hits: { product: Product }[]; total: number };
  searchWithFallback(
    text: string,
    options: { limit: number; filters: SearchFilters },
  ): { hits: { product: Product }[]; total: number; relaxed: string | null; filters?: SearchFilters };
  /** Products like one, under the filters, best first. */
  similarTo(productId: string, options: { k: number; filters: SearchFilters }): Product[];
  limit: number;
}

/** A list: the products to show, how many matched, and what was given up or changed to find them. */
export interface ListResult {
  search: ListSearch;
  products: Product[];
  total: number;
  /** What searchWithFallback relaxed (a filter or 'text'); null when nothing was. */
  relaxed: string | null;
  /** A relative refinement found nothing, so the previous list is ranked by its figure instead. */
  note?: { kind: RelativeConstraint; than: number };
}

/** Sorted lists are sorted over this many matches (the seeded catalog has about 320 products). */
export const SORT_POOL = 1000;

/** Runs a (combined) search as the contract at the top says. */
export function runListSearch(
  combined: CombinedSearch,
  deps: ListSearchDeps,
  previous?: ListSearch,
): ListResult {
  const result = runOnce(combined.search, deps, Boolean(combined.relative));
  if (result.total > 0 || !combined.relative) return result;
  const fallback: ListSearch = { ...(previous ?? combined.search), sort: combined.relative.fallbackSort };
  const ranked = runOnce(fallback, deps, false);
  return { ...ranked, note: { kind: combined.relative.kind, than: combined.relative.than } };
}

function runOnce(search: ListSearch, deps: ListSearchDeps, strict: boolean): ListResult {
  const { query, filters, sort, like } = search;
  if (like) return runLike(search, like, deps);
  const offset = search.offset ?? 0;
  const limit = sort ? Math.max(SORT_POOL, offset + deps.limit) : offset + deps.limit;
  const exact = deps.search(query, { limit, filters });
  const found =
    exact.total > 0 || strict
      ? { ...exact, relaxed: null }
      : deps.searchWithFallback(query, { limit, filters });
  const products = sortProducts(
    found.hits.map((h) => h.product),
    sort,
  ).slice(offset, offset + deps.limit);
  // What was relaxed is given up for good: the list shown is what later refinements narrow.
  const kept = found.relaxed && found.filters ? { ...search, filters: found.filters } : search;
  return { search: kept, products, total: found.total, relaxed: found.relaxed };
}

/** Products like one under the filters; when none pass them, products like it under none. */
function runLike(search: ListSearch, like: string, deps: ListSearchDeps): ListResult {
  const offset = search.offset ?? 0;
  const k = offset + deps.limit;
  const page = (products: Product[]) => products.slice(offset, k);
  const products = deps.similarTo(like, { k, filters: search.filters });
  if (products.length > 0 || !hasFilters(search.filters))
    return {
      search,
      products: page(sortProducts(products, search.sort)),
      total: products.length,
      relaxed: null,
    };
  const loose = deps.similarTo(like, { k, filters: {} });
  return {
    search: { ...search, filters: {} },
    products: page(loose),
    total: loose.length,
    relaxed: loose.length ? 'filters' : null,
  };
}

const SORT_KEYS: Record<ListSort, (p: Product) => number> = {
  priceAsc: (p) => p.price,
  priceDesc: (p) => -p.price,
  weightAsc: (p) => p.attributes.weightGrams ?? Infinity,
  ratingDesc: (p) => -p.rating,
  temperatureAsc: (p) => p.attributes.temperatureRatingC ?? Infinity,
  capacityDesc: (p) => -(p.attributes.capacityLiters ?? p.attributes.persons ?? -Infinity),
  lumensDesc: (p) => -(p.attributes.lumens ?? -Infinity),
};

/** Products in the sort's order (stable: ties keep their relevance order); unsorted without one. */
export function sortProducts(products: readonly Product[], sort: ListSort | undefined): Product[] {
  if (!sort) return [...products];
  const key = SORT_KEYS[sort];
  return products
    .map((product, i) => ({ product, i, k: key(product) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.product);
}
