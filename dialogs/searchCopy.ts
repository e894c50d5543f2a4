// The words of search refinements (knowledge/responses/search.lg, imported by shopkeeper.lg).
// Read when sent, so variations vary.
import { responses } from './copy';

const say = (name: string, args?: Record<string, unknown>) => responses().text(name, args);

/** What the bot says when a list is refined, re-sorted or shown again. */
export const SearchCopy = {
  refinedResults: (total: number, shown: number, summary: string) =>
    say('refinedResults', { total, shown, summary }),
  likeResults: (name: string, summary: string) => say('likeResults', { name, summary }),
  noneLike: (name: string) => say('noneLike', { name }),
  /** A "cheaper"/"lighter" that found nothing below `than` (already formatted). */
  noneRelative: (kind: string, than: string) => say('noneRelative', { kind, than }),
  /** The next page of a list: matches `from`–`to` of `total`. */
  moreResults: (from: number, to: number, total: number, summary: string) =>
    say('moreResults', { from, to, total, summary }),
  noMore: (summary: string) => say('noMore', { summary }),
  backTo: (summary: string) => say('backTo', { summary }),
  get nothingToGoBack() {
    return say('nothingToGoBack');
  },
  /** The winner of "which is the lightest?" over the list shown (`among` of the `shown` have the figure). */
  listBest: (superlative: string, name: string, value: string, among: number, shown: number) =>
    say('listBest', { superlative, name, value, among, shown }),
  listBestUnknown: (figure: string) => say('listBestUnknown', { figure }),
  /** "What do you sell?": the kinds of products (already listed, with counts) and how many in all. */
  catalogOverview: (kinds: string, total: number) => say('catalogOverview', { kinds, total }),
  /** "Which brands do you carry?" (in one category, or '' for the whole shop). */
  brandsOverview: (brands: string, category: string) => say('brandsOverview', { brands, category }),
  get noListToRefine() {
    return say('noListToRefine');
  },
};
