// What to search for, from a message as the NLU understood it.
import type { Recognition } from '../src/nlu/recognizer';
import { filtersFromEntities, searchKeywords } from '../src/catalog/searchRequestFromEntities';
import { hasFilters, type SearchFilters } from '../src/catalog/searchFilters';

/** A product search derived from a message: keywords and filters (either may be empty). */
export interface MessageSearch {
  query: string;
  filters: SearchFilters;
}

/** The keywords (or the recognizer's own query) and entity filters of a recognition. */
export function messageSearch(recognition: Recognition): MessageSearch {
  const query = recognition.query ?? searchKeywords(recognition.text, recognition.entities);
  return { query, filters: filtersFromEntities(recognition.entities, recognition.text) };
}

/** True when the search says what to look for. */
export function isSpecific(search: MessageSearch): boolean {
  return /[\p{L}\p{N}]/u.test(search.query) || hasFilters(search.filters);
}

/** True when the message names a product, brand or category (confidently). */
export function namesCatalogThings(recognition: Recognition): boolean {
  return recognition.entities.some(
    (e) => (e.type === 'product' || e.type === 'brand' || e.type === 'category') && e.score >= 0.7,
  );
}
