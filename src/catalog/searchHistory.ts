// The searches behind the lists a shopper has seen, for "go back": the current one and a small
// stack of earlier ones. Plain data in and out (it lives in conversation state).
import type { ListSort } from './listRefinement';
import type { ListSearch } from './refineSearch';
import type { SearchFilters } from './searchFilters';
import { categoryLabel } from './productFacts';

/** A list as it was shown: its search and the product ids in order. */
export interface SearchSnapshot extends ListSearch {
  results: string[];
}

/** The current search and earlier ones, most recent last. */
export interface SearchHistory {
  current?: SearchSnapshot;
  earlier: SearchSnapshot[];
}

/** How many earlier searches "go back" can reach. */
export const HISTORY_DEPTH = 5;

/**
 * The history after a new list: the current one (if any) becomes the latest earlier one — unless
 * the new list shows the same products, which replaces it (going back to an identical list is no step).
 */
export function pushSearch(history: SearchHistory, next: SearchSnapshot): SearchHistory {
  if (history.current && sameList(history.current.results, next.results))
    return { current: next, earlier: history.earlier };
  const earlier = history.current ? [...history.earlier, history.current] : [...history.earlier];
  return { current: next, earlier: earlier.slice(-HISTORY_DEPTH) };
}

/**
 * "Go back": when another list (recommendations, suggestions after an add) replaced the current
 * search's list, back is that search's list; otherwise the previous search. `undefined`: nothing to go back to.
 */
export function goBack(
  history: SearchHistory,
  showing: readonly string[],
): { history: SearchHistory; show: SearchSnapshot } | undefined {
  const { current, earlier } = history;
  if (current && !sameList(current.results, showing)) return { history, show: current };
  const previous = earlier[earlier.length - 1];
  if (!previous) return undefined;
  return { history: { current: previous, earlier: earlier.slice(0, -1) }, show: previous };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Phrases asking for the previous list. */
const GO_BACK =
  /^(?:(?:ok|okay|hmm|actually|please|no)[,!.]?\s+)*(?:(?:can we |let'?s |can you )?go back(?: to (?:the )?(?:previous|last|other|earlier|old|first)? ?(?:list|results|ones|search|page|tents|products)?)?|back(?: to (?:the )?(?:previous|last|earlier|other) (?:list|results|ones|search))?|(?:show (?:me )?)?(?:the )?previous (?:list|results|ones|search)|undo(?: that)?|the (?:list|results) before)(?: please| pls)?[.!?]*$/i;

/** Phrases asking for the next page of the list shown. */
const MORE =
  /^(?:(?:ok|okay|hmm|please|and|so|great|thanks)[,!.]?\s+)*(?:(?:can you |could you )?(?:show|see|give|list)(?: me)? (?:some |a few )?more(?: (?:results|options|products|ones|matches|of (?:them|those|these)))?|(?:any|some) more(?: (?:results|options|ones|matches))?|more(?: (?:results|options))?|(?:(?:can you |could you )?(?:show|see|give|list)(?: me)? )?(?:the )?next(?: (?:page|few|ones|results|five|5))?|what else(?: (?:do you have|have you got|is there))?)(?: please| pls)?[.!?]*$/i;

/** True when a message asks for more of the list shown ("show more", "next page", "what else?"). */
export function asksForMore(text: string): boolean {
  return MORE.test(text.trim());
}

/** True when a message asks to go back to the previous list ("go back", "previous results"). */
export function asksGoBack(text: string): boolean {
  return GO_BACK.test(text.trim());
}

/** A short description of a search for replies and the event log: "tents, 2-person, green, under $200". */
export function describeSearch(search: ListSearch): string {
  const f: SearchFilters = search.filters;
  const parts: string[] = [];
  const query = search.query
    .split(/\s+/)
    .filter((w) => w && !QUERY_FILLER.has(w.toLowerCase()))
    .join(' ');
  if (query) parts.push(query);
  else if (f.category) parts.push(categoryLabel(f.category));
  // What the query already says is not said again ("jackets for women", not "…, gender women").
  const said = (words: string) => query.toLowerCase().includes(words.toLowerCase());
  if (f.brand && !said(f.brand)) parts.push(f.brand);
  if (f.excludeBrands?.length) parts.push(`not ${f.excludeBrands.join(' or ')}`);
  for (const [name, value] of Object.entries(f.attributes ?? {}))
    if (!said(value === true ? name : String(value)))
      parts.push(name === 'persons' ? `${value}-person` : value === true ? name : `${name} ${value}`);
  const colour = search.colourName ?? f.colours?.slice(0, 2).join(' or ');
  if (colour && !said(colour)) parts.push(colour);
  if (f.sizes?.length) parts.push(`size ${f.sizes.join(' or ')}`);
  if (f.minPrice !== undefined) parts.push(`from ${money(f.minPrice)}`);
  if (f.maxPrice !== undefined) parts.push(`up to ${money(f.maxPrice)}`);
  if (f.maxWeightGrams !== undefined) parts.push(`under ${Math.round(f.maxWeightGrams)} g`);
  if (f.maxTemperatureC !== undefined) parts.push(`rated ${f.maxTemperatureC} °C or colder`);
  if (f.minCapacityLiters !== undefined) parts.push(`${f.minCapacityLiters} L or more`);
  if (f.minPersons !== undefined) parts.push(`for ${f.minPersons} or more`);
  if (f.minLumens !== undefined) parts.push(`${f.minLumens} lumens or more`);
  if (f.inStock) parts.push('in stock');
  if (search.sort) parts.push(SORT_LABELS[search.sort]);
  return parts.join(', ');
}

/** Dollars without cents when whole: "$200", "$189.99". */
const money = (amount: number) => `$${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;

/** Words of a query not worth repeating back ("only", "ones"). */
const QUERY_FILLER = new Set(['only', 'just', 'ones', 'one', 'please', 'pls', 'the', 'some', 'any']);

const SORT_LABELS: Record<ListSort, string> = {
  priceAsc: 'cheapest first',
  priceDesc: 'most expensive first',
  weightAsc: 'lightest first',
  ratingDesc: 'best rated first',
  temperatureAsc: 'warmest first',
  capacityDesc: 'biggest first',
  lumensDesc: 'brightest first',
};
