// Nearest alternatives when a search finds nothing: relax the request one filter at a time.
//
// Contract:
// - The search as asked finds something → `relaxed: null`, `dropped: []`.
// - The keywords find nothing even without filters → `relaxed: 'text'`: the hits browse the
//   filters alone (best rated first); if those find nothing either, filters are relaxed as below.
//   With no filters to browse, there are no hits.
// - Otherwise the filters exclude every match: drop one filter at a time, in RELAXATION_ORDER
//   (several attributes are tried one by one), and return the first that finds something.
//   If no single drop does, drop them cumulatively in the same order until something is found.
// - No keywords and no filters → nothing to relax: `relaxed: null`, no hits.
// `dropped` lists every relaxation made, in order; `relaxed` is the first (the reply's reason),
// `droppedFilters` the values given up and `filters` the ones the hits still satisfy.
import type { SearchResult } from './productSearch';
import { hasFilters, isSet, type SearchFilters } from './searchFilters';

/** Filters as a shopper names them, in the order they are given up (least important first). */
export const RELAXATION_ORDER = [
  'price',
  'weight',
  'colour',
  'size',
  'attributes',
  'inStock',
  'brand',
  'category',
] as const;
/** One filter that can be given up. */
export type RelaxableFilter = (typeof RELAXATION_ORDER)[number];
/** What was given up to find something: a filter, or the keywords. */
export type Relaxation = RelaxableFilter | 'text';

/** The SearchFilters fields behind each relaxable filter. */
export const RELAXABLE_FIELDS: Record<RelaxableFilter, (keyof SearchFilters)[]> = {
  price: ['minPrice', 'maxPrice'],
  weight: ['maxWeightGrams'],
  colour: ['colours'],
  size: ['sizes'],
  attributes: ['attributes', 'maxTemperatureC', 'minCapacityLiters', 'minPersons', 'minLumens'],
  inStock: ['inStock'],
  brand: ['brand'],
  category: ['category'],
};

/** A search result that says what, if anything, was relaxed to find it. */
export interface FallbackResult extends SearchResult {
  /** The first relaxation made (null when the search as asked found something or nothing could be relaxed). */
  relaxed: Relaxation | null;
  /** Every relaxation made, in order (usually one). */
  dropped: Relaxation[];
  /** The filter values given up, e.g. `{ colours: ['Navy'] }`. */
  droppedFilters: SearchFilters;
  /** The filters the hits satisfy. */
  filters: SearchFilters;
}

/** Runs one search: with or without the keywords, under these filters. */
export type RunSearch = (useText: boolean, filters: SearchFilters) => SearchResult;

/** What relaxSearch needs to know about the request. */
export interface RelaxInput {
  /** The text has keywords (not only stop words). */
  hasText: boolean;
  /** The keywords match something when no filter applies. */
  textFinds: boolean;
  filters: SearchFilters;
}

interface Step {
  relaxation: RelaxableFilter;
  dropped: SearchFilters;
}

/** Split filters into the pieces that can be given up, in relaxation order. */
export function relaxationSteps(filters: SearchFilters): Step[] {
  const steps: Step[] = [];
  for (const relaxation of RELAXATION_ORDER) {
    const fields = RELAXABLE_FIELDS[relaxation].filter((field) => isSet(filters[field]));
    if (fields.length === 0) continue;
    if (relaxation === 'attributes') {
      for (const [name, value] of Object.entries(filters.attributes ?? {}))
        steps.push({ relaxation, dropped: { attributes: { [name]: value } } });
      continue;
    }
    steps.push({ relaxation, dropped: Object.fromEntries(fields.map((f) => [f, filters[f]])) });
  }
  return steps;
}

/** Filters minus the dropped ones (attributes are removed key by key). */
export function withoutFilters(filters: SearchFilters, dropped: SearchFilters): SearchFilters {
  const kept: SearchFilters = { ...filters };
  for (const key of Object.keys(dropped) as (keyof SearchFilters)[]) {
    if (key !== 'attributes') {
      delete kept[key];
      continue;
    }
    const attributes = { ...kept.attributes };
    for (const name of Object.keys(dropped.attributes ?? {}))
      delete attributes[name as keyof typeof attributes];
    if (Object.keys(attributes).length > 0) kept.attributes = attributes;
    else delete kept.attributes;
  }
  return kept;
}

function mergeDropped(a: SearchFilters, b: SearchFilters): SearchFilters {
  return {
    ...a,
    ...b,
    ...(a.attributes || b.attributes ? { attributes: { ...a.attributes, ...b.attributes } } : {}),
  };
}

function answer(
  result: SearchResult,
  filters: SearchFilters,
  dropped: Relaxation[],
  droppedFilters: SearchFilters,
) {
  return { ...result, relaxed: dropped[0] ?? null, dropped, droppedFilters, filters };
}

/** Relax filters over one base (with or without the keywords) until something is found. */
function relaxFilters(run: RunSearch, useText: boolean, filters: SearchFilters, before: Relaxation[]) {
  const steps = relaxationSteps(filters);
  for (const step of steps) {
    const kept = withoutFilters(filters, step.dropped);
    const result = run(useText, kept);
    if (result.total > 0) return answer(result, kept, [...before, step.relaxation], step.dropped);
  }
  let kept = filters;
  let droppedFilters: SearchFilters = {};
  const dropped = [...before];
  let last = run(useText, kept);
  for (const step of steps) {
    kept = withoutFilters(kept, step.dropped);
    droppedFilters = mergeDropped(droppedFilters, step.dropped);
    if (dropped[dropped.length - 1] !== step.relaxation) dropped.push(step.relaxation);
    last = run(useText, kept);
    if (last.total > 0) break;
  }
  return answer(last, kept, dropped, droppedFilters);
}

/** Search as asked; if nothing is found, relax the request as the contract at the top says. */
export function relaxSearch({ hasText, textFinds, filters }: RelaxInput, run: RunSearch): FallbackResult {
  const asked = run(hasText, filters);
  if (asked.total > 0 || (!hasText && !hasFilters(filters))) return answer(asked, filters, [], {});
  if (hasText && !textFinds) {
    if (!hasFilters(filters)) return answer(asked, filters, ['text'], {});
    const browsed = run(false, filters);
    if (browsed.total > 0) return answer(browsed, filters, ['text'], {});
    return relaxFilters(run, false, filters, ['text']);
  }
  return relaxFilters(run, hasText, filters, []);
}
