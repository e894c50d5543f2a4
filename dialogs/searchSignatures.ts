// The parameters of the search-and-refine templates (knowledge/responses/search.lg).
import type { ResponseSignatures } from '../src/responses/responses';

/** Every search-and-refine template with its parameters; checked with the rest on load. */
export const SEARCH_SIGNATURES: ResponseSignatures = {
  refinedResults: ['total', 'shown', 'summary'],
  likeResults: ['name', 'summary'],
  noneLike: ['name'],
  noneRelative: ['kind', 'than'],
  moreResults: ['from', 'to', 'total', 'summary'],
  noMore: ['summary'],
  backTo: ['summary'],
  nothingToGoBack: [],
  noListToRefine: [],
  listBest: ['superlative', 'name', 'value', 'among', 'shown'],
  listBestUnknown: ['figure'],
  catalogOverview: ['kinds', 'total'],
  brandsOverview: ['brands', 'category'],
};
