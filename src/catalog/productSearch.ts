// Keyword search over the catalog, on a TermIndex (see termIndex.ts; it replaced minisearch,
// whose per-result objects made a search over 50,000 products take hundreds of milliseconds).
//
// Ranking: see ranking.ts.
import type { Product } from '../domain/schemas';
import { categoryLabel } from './productFacts';
import { rankMatches } from './ranking';
import { relaxSearch, type FallbackResult } from './searchFallback';
import { filterPredicate, hasFilters, type SearchFilters } from './searchFilters';
import { STOP_WORDS, termProcessor, tokenize, transpositions } from './searchTerms';
import { TermIndex, type TermQuery } from './termIndex';

export type { SearchFilters } from './searchFilters';
export type { FallbackResult, Relaxation } from './searchFallback';

const FIELDS = ['name', 'brand', 'category', 'tags', 'material', 'description'] as const;
type Field = (typeof FIELDS)[number];
type IndexedProduct = Record<Field, string>;
/** Fields where a typo or a partial word is looked up (descriptions only match whole words). */
const EXPANDED_FIELDS: readonly Field[] = FIELDS.filter((field) => field !== 'description');

/** Search tuning; override any part through the constructor or ProductSearch.build. */
export const DEFAULTS = {
  /** Relative weight of a match in each field. */
  boost: { name: 4, brand: 2, category: 2.5, tags: 1.5, material: 1, description: 0.4 } as Record<
    Field,
    number
  >,
  /** Fuzzy tolerance as a fraction of the term's length (0.2: one typo per five letters). */
  fuzzy: 0.2,
  /** Shorter query terms are matched without fuzziness (but still with transpositions). */
  minFuzzyLength: 4,
  /** Shorter query terms must match whole words. */
  minPrefixLength: 3,
  /** Hits with less than this fraction of the best hit's relevance are dropped. */
  minRelevance: 0.1,
  /** Hits returned when the caller gives no limit. */
  limit: 10,
  /** Bonus for a 5-star rating, relative to the best hit's relevance of 1. */
  ratingWeight: 0.06,
  /** Bonus for having stock, relative to the best hit's relevance of 1. */
  inStockWeight: 0.04,
  /** Ratings are shrunk towards this mean by as many pseudo-reviews (see ranking.ts). */
  ratingPrior: { mean: 4, reviews: 5 },
  stopWords: STOP_WORDS,
};

/** Search tuning as DEFAULTS describes it. */
export type SearchTuning = typeof DEFAULTS;
/** Overrides for DEFAULTS; boosts may be given per field. */
export type SearchTuningOverrides = Partial<Omit<SearchTuning, 'boost'>> & {
  boost?: Partial<Record<Field, number>>;
};

/** What to search for besides the text. */
export interface SearchRequest {
  limit?: number;
  /** Same as `filters.inStock: true` (kept for older callers). */
  inStockOnly?: boolean;
  filters?: SearchFilters;
}

/** The request's filters, with inStockOnly folded in. */
function requestFilters({ inStockOnly, filters = {} }: SearchRequest): SearchFilters {
  return inStockOnly ? { ...filters, inStock: true } : filters;
}

/** One matching product with its blended score (see the ranking contract above). */
export interface SearchHit {
  product: Product;
  score: number;
}

type Ranked = Pick<SearchResult, 'hits' | 'total'>;

/** The terms actually searched (stop words removed), the top hits and how many matched in all. */
export interface SearchResult {
  query: string;
  hits: SearchHit[];
  total: number;
}

function toDocument(product: Product): IndexedProduct {
  return {
    name: product.name,
    brand: product.brand,
    category: categoryLabel(product.category),
    tags: product.tags.join(' '),
    material: product.attributes.material ?? '',
    description: product.description,
  };
}

/** Keyword search with typo, prefix and plural tolerance over a fixed set of products. */
export class ProductSearch {
  private readonly tuning: SearchTuning;
  private readonly products = new Map<string, Product>();
  /** Products in index order: document number → product. */
  private readonly documents: Product[] = [];
  private readonly processTerm: (term: string) => string | null;
  private readonly index: TermIndex;

  constructor(products: readonly Product[], options: SearchTuningOverrides = {}) {
    this.tuning = { ...DEFAULTS, ...options, boost: { ...DEFAULTS.boost, ...options.boost } };
    this.processTerm = termProcessor(this.tuning.stopWords);
    this.index = new TermIndex(
      FIELDS.map((field) => this.tuning.boost[field]),
      FIELDS.map((field) => EXPANDED_FIELDS.includes(field)),
    );
    for (const product of products) this.add(product);
  }

  /** Build the search over a catalog; equivalent to the constructor. */
  static build(products: readonly Product[], options?: SearchTuningOverrides): ProductSearch {
    return new ProductSearch(products, options);
  }

  /** The product with this id, if indexed. */
  byId(id: string): Product | undefined {
    return this.products.get(id);
  }

  /** Every indexed product, in index order. */
  all(): readonly Product[] {
    return this.documents;
  }

  /**
   * Products matching the text's keywords, best first. Without keywords, filters alone
   * browse the catalog (best rated first); with neither there are no hits.
   */
  search(text: string, request: SearchRequest = {}): SearchResult {
    const { query, terms } = this.parse(text);
    const filters = requestFilters(request);
    const limit = request.limit ?? this.tuning.limit;
    const ranked =
      terms.length > 0 ? this.filterAndRank(this.match(terms), filters, limit) : this.browse(filters, limit);
    return { query, ...ranked };
  }

  /**
   * Like search, but when nothing is found it relaxes the request (see searchFallback.ts) and
   * says what it relaxed, so a reply can read "nothing in blue — here it is in other colours".
   */
  searchWithFallback(text: string, request: SearchRequest = {}): FallbackResult {
    const { query, terms } = this.parse(text);
    const matches = terms.length > 0 ? this.match(terms) : [];
    return relaxSearch(
      { hasText: terms.length > 0, textFinds: matches.length > 0, filters: requestFilters(request) },
      (useText, filters) => {
        const limit = request.limit ?? this.tuning.limit;
        return {
          query,
          ...(useText ? this.filterAndRank(matches, filters, limit) : this.browse(filters, limit)),
        };
      },
    );
  }

  /** Query terms (stop words dropped, singularised, distinct) and the query as shown. */
  private parse(text: string): { query: string; terms: string[] } {
    const tokens = tokenize(text).filter((token) => this.processTerm(token) !== null);
    const terms = [...new Set(tokens.map((token) => this.processTerm(token) as string))];
    return { query: tokens.join(' '), terms };
  }

  /** Every product matching any term, with its raw relevance. */
  private match(terms: string[]): SearchHit[] {
    const { scores, docs } = this.index.search(terms.map((term) => this.termQuery(term)));
    return docs.map((doc) => ({ product: this.documents[doc], score: scores[doc] }));
  }

  /**
   * A word of the catalog's names, brands, categories, tags or materials matches exactly; any
   * other term (a typo, a partial word) also tries its transpositions, prefixes and fuzzy
   * matches, except in descriptions. Expanding only
   * unknown terms keeps large catalogs fast and precise.
   */
  private termQuery(term: string): TermQuery {
    if (this.index.hasExpandable(term)) return { term, prefix: false, maxDistance: 0 };
    const { fuzzy, minFuzzyLength, minPrefixLength } = this.tuning;
    return {
      term,
      alternatives: transpositions(term, this.index),
      prefix: term.length >= minPrefixLength,
      maxDistance: term.length >= minFuzzyLength ? Math.round(term.length * fuzzy) : 0,
    };
  }

  private filterAndRank(matches: SearchHit[], filters: SearchFilters, limit: number): Ranked {
    if (!hasFilters(filters)) return rankMatches(matches, this.tuning, limit);
    const accepts = filterPredicate(filters);
    return rankMatches(
      matches.filter((match) => accepts(match.product)),
      this.tuning,
      limit,
    );
  }

  /** With filters, every accepted product, best rated (then in stock) first, scored like a perfect text match. */
  private browse(filters: SearchFilters, limit: number): Ranked {
    if (!hasFilters(filters)) return { hits: [], total: 0 };
    const accepts = filterPredicate(filters);
    const accepted = this.documents.filter(accepts).map((product) => ({ product, score: 1 }));
    return rankMatches(accepted, this.tuning, limit);
  }

  private add(product: Product): void {
    if (this.products.has(product.id)) throw new Error(`ProductSearch: duplicate product id ${product.id}`);
    this.products.set(product.id, product);
    const document = toDocument(product);
    const fields = FIELDS.map((field) =>
      tokenize(document[field])
        .map(this.processTerm)
        .filter((term): term is string => term !== null),
    );
    this.index.add(this.documents.length, fields);
    this.documents.push(product);
  }
}
