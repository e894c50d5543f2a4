// What the dialogs need from the services layer: interfaces, so tests can pass fakes.
import type { Product } from '../src/domain/schemas';
import type { SearchFilters } from '../src/catalog/searchFilters';

/** A ranked search answer. */
export interface CatalogSearchResult {
  query: string;
  hits: { product: Product; score: number }[];
  total: number;
}

/** Read access to the catalog. */
export interface Catalog {
  search(text: string, options?: { limit?: number; filters?: SearchFilters }): CatalogSearchResult;
  byId(id: string): Product | undefined;
}

/** The services the dialogs are built with. */
export interface DialogServices {
  catalog: Catalog;
  /** How many products one list shows. */
  resultLimit: number;
}
