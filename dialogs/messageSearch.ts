// What to search for, from a message as the NLU understood it.
import type { Recognition } from '../src/nlu/recognizer';
import { filtersFromEntities, searchKeywords } from '../src/catalog/searchRequestFromEntities';
import { hasFilters, type SearchFilters } from '../src/catalog/searchFilters';
import { sortAsked, withoutSortPhrases, type ListSort } from '../src/catalog/listRefinement';

/** A product search derived from a message: keywords and filters (either may be empty), and a ranking. */
export interface MessageSearch {
  query: string;
  filters: SearchFilters;
  /** "the cheapest tents", "lightest packs first". */
  sort?: ListSort;
}

/** The keywords (or the recognizer's own query), entity filters and asked-for ranking of a recognition. */
export function messageSearch(recognition: Recognition): MessageSearch {
  const sort = sortAsked(recognition.text);
  // "the cheapest tents" ranks tents by price: "cheapest" is not a word to look for.
  const text = sort ? withoutSortPhrases(recognition.text) : recognition.text;
  const query = recognition.query ?? searchKeywords(text, recognition.entities);
  return {
    query,
    filters: filtersFromEntities(recognition.entities, recognition.text),
    ...(sort ? { sort } : {}),
  };
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

/** Below this, a product search that would find nothing is taken for a misunderstanding. */
export const SURE_SEARCH_SCORE = 0.5;

/** A product search the NLU barely chose over other intents: if it finds nothing, ask "did you mean". */
export function isUnsureSearch(recognition: Pick<Recognition, 'score' | 'alternatives'>): boolean {
  return recognition.score < SURE_SEARCH_SCORE && recognition.alternatives.length > 1;
}
