// The parameters of the recommendation templates (knowledge/responses/recommendations.lg).
import type { ResponseSignatures } from '../src/responses/responses';

/** Every recommendation template with its parameters; checked with the rest on load. */
export const RECOMMENDATION_SIGNATURES: ResponseSignatures = {
  forShopperIntro: [],
  forShopperPopularIntro: ['viewedAny'],
  otherCategoriesIntro: ['category'],
  goesWithIntro: ['name'],
  afterAddIntro: ['name'],
  similarIntro: ['name'],
  cheaperIntro: ['name'],
  noneFound: [],
  noCheaper: ['name'],
  reasonViewed: ['name'],
  reasonBoughtWith: ['name'],
  reasonSimilar: ['name'],
  reasonCheaper: ['name', 'saving'],
  reasonPopularIn: ['category'],
  reasonFavouriteIn: ['category'],
  reasonForYou: [],
};
