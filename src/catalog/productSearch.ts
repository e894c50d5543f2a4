// Keyword search over the catalog: the one home of minisearch.
//
// Ranking contract: minisearch's BM25 relevance (field boosts, prefix and fuzzy matches
// weighted down, more matched query terms multiply the score) is normalised so the best
// hit scores 1, then a small product-quality bonus is added:
//   score = relevance / bestRelevance + ratingWeight · rating/5 + inStockWeight · (in stock ? 1 : 0)
// With the default weights the bonus is at most 0.1, so it only reorders hits whose
// relevance is within 10% of the best hit's: text relevance first, then rating and stock.
// Hits below minRelevance of the best (a stray word in a description) are dropped as noise.
import MiniSearch, { type Query } from 'minisearch';
import type { Product } from '../domain/schemas';
import { categoryLabel, isInStock } from './productFacts';
import { relaxSearch, type FallbackResult } from './searchFallback';
import { filterPredicate, hasFilters, type SearchFilters } from './searchFilters';
import { STOP_WORDS, termProcessor, tokenize, transpositions } from './searchTerms';

export type { SearchFilters } from './searchFilters';
export type { FallbackResult, Relaxation } from './searchFallback';

const FIELDS = ['name', 'brand', 'category', 'tags', 'material', 'description'] as const;
type Field = (typeof FIELDS)[number];
type IndexedProduct = Record<Field, string> & { id: string };

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

/** The terms actually searched (stop words removed), the top hits and how many matched in all. */
export interface SearchResult {
  query: string;
  hits: SearchHit[];
  total: number;
}

function toDocument(product: Product): IndexedProduct {
  return {
    id: product.id,
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
  private readonly vocabulary = new Set<string>();
  private readonly processTerm: (term: string) => string | null;
  private readonly index: MiniSearch<IndexedProduct>;

  constructor(products: readonly Product[], options: SearchTuningOverrides = {}) {
    this.tuning = { ...DEFAULTS, ...options, boost: { ...DEFAULTS.boost, ...options.boost } };
    this.processTerm = termProcessor(this.tuning.stopWords);
    this.index = new MiniSearch<IndexedProduct>({
      fields: [...FIELDS],
      tokenize,
      processTerm: this.processTerm,
      // Query terms arrive already tokenised and processed (see queryTree).
      searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
    });
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

  /**
   * Products matching the text's keywords, best first. Without keywords, filters alone
   * browse the catalog (best rated first); with neither there are no hits.
   */
  search(text: string, request: SearchRequest = {}): SearchResult {
    const { query, terms } = this.parse(text);
    const filters = requestFilters(request);
    const hits = terms.length > 0 ? this.filterAndRank(this.match(terms), filters) : this.browse(filters);
    return this.limit(query, hits, request);
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
      (useText, filters) =>
        this.limit(query, useText ? this.filterAndRank(matches, filters) : this.browse(filters), request),
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
    return this.index
      .search(this.queryTree(terms), { boost: this.tuning.boost })
      .map((match) => ({ product: this.products.get(match.id) as Product, score: match.score }));
  }

  private filterAndRank(matches: SearchHit[], filters: SearchFilters): SearchHit[] {
    if (!hasFilters(filters)) return this.rank(matches);
    const accepts = filterPredicate(filters);
    return this.rank(matches.filter((match) => accepts(match.product)));
  }

  private limit(query: string, hits: SearchHit[], request: SearchRequest): SearchResult {
    return { query, hits: hits.slice(0, request.limit ?? this.tuning.limit), total: hits.length };
  }

  /** With filters, every accepted product, best rated (then in stock) first, scored like a perfect text match. */
  private browse(filters: SearchFilters): SearchHit[] {
    if (!hasFilters(filters)) return [];
    const accepts = filterPredicate(filters);
    return this.rank([...this.products.values()].filter(accepts).map((product) => ({ product, score: 1 })));
  }

  private add(product: Product): void {
    if (this.products.has(product.id)) throw new Error(`ProductSearch: duplicate product id ${product.id}`);
    this.products.set(product.id, product);
    const document = toDocument(product);
    this.index.add(document);
    for (const field of FIELDS) {
      for (const token of tokenize(document[field])) {
        const term = this.processTerm(token);
        if (term) this.vocabulary.add(term);
      }
    }
  }

  /** Any term may match (more matched terms score higher); each term also tries its transpositions. */
  private queryTree(terms: string[]): Query {
    const { fuzzy, minFuzzyLength, minPrefixLength } = this.tuning;
    return {
      combineWith: 'OR',
      queries: terms.map((term) => ({
        combineWith: 'OR',
        queries: [term, ...transpositions(term, this.vocabulary)],
        prefix: term.length >= minPrefixLength,
        fuzzy: term.length >= minFuzzyLength ? fuzzy : false,
      })),
    };
  }

  /** Blend normalised relevance with rating and stock (see the contract at the top). */
  private rank(matches: SearchHit[]): SearchHit[] {
    const best = Math.max(...matches.map((m) => m.score));
    const { ratingWeight, inStockWeight, minRelevance } = this.tuning;
    return matches
      .filter((match) => match.score >= minRelevance * best)
      .map(({ product, score }) => ({
        product,
        score: score / best + (ratingWeight * product.rating) / 5 + (isInStock(product) ? inStockWeight : 0),
      }))
      .sort((a, b) => b.score - a.score || a.product.id.localeCompare(b.product.id));
  }
}
