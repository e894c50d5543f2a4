// The words of recommendations (knowledge/responses/recommendations.lg): list intros and the
// one-line reason on each recommended product. Read when sent, so variations vary.
import { join } from 'node:path';
import { categoryLabel, formatPrice } from '../src/catalog/productFacts';
import { PROJECT_ROOT } from '../src/paths';
import type { RecommendationReason } from '../src/recommender/serving/reasons';
import { Responses, type ResponseSignatures } from '../src/responses/responses';

/** The response file for recommendations. */
export const RECOMMENDATION_RESPONSES_FILE = join(
  PROJECT_ROOT,
  'knowledge',
  'responses',
  'recommendations.lg',
);

/** Every template used here, with its parameters; the file is checked against this on load. */
export const RECOMMENDATION_SIGNATURES: ResponseSignatures = {
  forShopperIntro: [],
  forShopperPopularIntro: [],
  goesWithIntro: ['name'],
  similarIntro: ['name'],
  cheaperIntro: ['name'],
  noneFound: [],
  noCheaper: ['name'],
  reasonViewed: ['name'],
  reasonBoughtWith: ['name'],
  reasonSimilar: ['name'],
  reasonCheaper: ['name', 'saving'],
  reasonPopularIn: ['category'],
  reasonForYou: [],
};

let loaded: Responses | undefined;
/** The templates, parsed and checked on first use (the server calls this at start). */
export function recommendationResponses(): Responses {
  loaded ??= Responses.load(RECOMMENDATION_RESPONSES_FILE, RECOMMENDATION_SIGNATURES);
  return loaded;
}

const say = (name: string, args?: Record<string, unknown>) => recommendationResponses().text(name, args);

/** The one-line reason for a recommended product. */
export function reasonText(reason: RecommendationReason): string {
  switch (reason.kind) {
    case 'viewed':
      return say('reasonViewed', { name: reason.productName });
    case 'boughtWith':
      return say('reasonBoughtWith', { name: reason.productName });
    case 'similar':
      return say('reasonSimilar', { name: reason.productName });
    case 'cheaperThan':
      return say('reasonCheaper', {
        name: reason.productName,
        saving: formatPrice(reason.saving, reason.currency),
      });
    case 'popular':
      return say('reasonPopularIn', { category: capitalised(categoryLabel(reason.category)) });
    case 'forYou':
      return say('reasonForYou');
  }
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Intros of recommendation lists. */
export const RecommendationCopy = {
  forShopper: (fromHistory: boolean) => say(fromHistory ? 'forShopperIntro' : 'forShopperPopularIntro'),
  goesWith: (name: string) => say('goesWithIntro', { name }),
  similar: (name: string) => say('similarIntro', { name }),
  cheaper: (name: string) => say('cheaperIntro', { name }),
  noCheaper: (name: string) => say('noCheaper', { name }),
  get noneFound() {
    return say('noneFound');
  },
};
