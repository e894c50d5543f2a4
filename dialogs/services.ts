// What the dialogs need from the services layer: interfaces, so tests can pass fakes.
import type { Product } from '../src/domain/schemas';
import type { SearchFilters } from '../src/catalog/searchFilters';
import type { FaqAnswer } from '../src/knowledge/faqIndex';
import type { FaqArticle } from '../src/knowledge/faqSchema';
import type { ShoppingServices } from './shoppingServices';
import type { StoreRecommender } from '../src/recommender/serving/storeRecommender';

/** A ranked search answer. */
export interface CatalogSearchResult {
  query: string;
  hits: { product: Product; score: number }[];
  total: number;
}

/** A search answer that may have given up one filter (or the words) to find something. */
export interface CatalogFallbackResult extends CatalogSearchResult {
  /** What was given up first: a filter (`price`, `colour`, `size`, `attributes`, `inStock`, `brand`, `category`) or `text`; null when nothing was. */
  relaxed: string | null;
  /** The filters the hits satisfy (what is left once something was relaxed). */
  filters?: SearchFilters;
}

/** Read access to the catalog. */
export interface Catalog {
  search(text: string, options?: { limit?: number; filters?: SearchFilters }): CatalogSearchResult;
  /** As search, but when nothing matches, relaxes one filter at a time and says which. */
  searchWithFallback(
    text: string,
    options?: { limit?: number; filters?: SearchFilters },
  ): CatalogFallbackResult;
  byId(id: string): Product | undefined;
  /** Every product of the catalog. */
  all(): readonly Product[];
}

/** The store's FAQ: an answer, a few choices, or nothing, for a question about the store. */
export interface Faq {
  answer(text: string): Promise<FaqAnswer>;
  /** The article whose title is exactly `title` (case-insensitive): a choice the shopper picked. */
  byTitle(title: string): FaqArticle | undefined;
  /** The article with this id (e.g. `return-policy`), if any. */
  byId(id: string): FaqArticle | undefined;
}

/** Recommendations with the store's rules and a reason per product (src/recommender/serving). */
export type Recommendations = Pick<StoreRecommender, 'forShopper' | 'goesWith' | 'similarTo'>;

/** The services the dialogs are built with. */
export interface DialogServices {
  catalog: Catalog;
  faq: Faq;
  /** Cart, checkout and orders (absent: the bot says it can't do those in the chat yet). */
  shopping?: ShoppingServices;
  recommendations: Recommendations;
  /** How many products one list shows. */
  resultLimit: number;
}
