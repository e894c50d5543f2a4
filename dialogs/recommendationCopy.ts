// The words of recommendations (knowledge/responses/recommendations.lg, imported by shopkeeper.lg):
// list intros and the one-line reason on each recommended product. Read when sent, so variations vary.
import { capitalise, categoryLabel, formatPrice } from '../src/catalog/productFacts';
import type { RecommendationReason } from '../src/recommender/serving/reasons';
import { responses } from './copy';

const say = (name: string, args?: Record<string, unknown>) => responses().text(name, args);

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
      return say(reason.lately ? 'reasonPopularIn' : 'reasonFavouriteIn', {
        category: capitalise(categoryLabel(reason.category)),
      });
    case 'forYou':
      return say('reasonForYou');
  }
}

/** Intros of recommendation lists. */
export const RecommendationCopy = {
  /** Picks from what the shopper did, or what is popular (said differently once they have looked around). */
  forShopper: (fromHistory: boolean, viewedAny: boolean) =>
    fromHistory ? say('forShopperIntro') : say('forShopperPopularIntro', { viewedAny }),
  /** Nothing in the category asked for fits the rest of the request: picks of other kinds that do. */
  otherCategories: (category: string) => say('otherCategoriesIntro', { category }),
  goesWith: (name: string) => say('goesWithIntro', { name }),
  afterAdd: (name: string) => say('afterAddIntro', { name }),
  similar: (name: string) => say('similarIntro', { name }),
  cheaper: (name: string) => say('cheaperIntro', { name }),
  noCheaper: (name: string) => say('noCheaper', { name }),
  get noneFound() {
    return say('noneFound');
  },
};
