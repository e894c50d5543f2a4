// Recommendation replies: asks the recommender for the kind of list the shopper wants, renders it
// with a one-line reason per product, and remembers the list for "the second one".
import type { TurnContext } from 'botbuilder';
import type { SearchFilters } from '../src/catalog/searchFilters';
import type { Product } from '../src/domain/schemas';
import type { RecommendationAsk } from '../src/answers/recommendationRequest';
import type { Candidate } from '../src/recommender/serving/businessRules';
import { sendProductList } from './productRendering';
import { categoryLabel } from '../src/catalog/productFacts';
import { RecommendationCopy, reasonText } from './recommendationCopy';
import type { Recommendations } from './services';
import type { ShopContext } from './shopContext';
import type { EventRecorder } from '../src/events/eventLog';
import { recordEvent, type ShoppingServices } from './shoppingServices';
import { alreadyHave } from './shopperHistory';

/** What to recommend: the kind asked for, the product it is about (if any), filters and how many. */
export interface RecommendationReply {
  ask: RecommendationAsk;
  product?: Product;
  filters: SearchFilters;
  k: number;
  /** Product ids never to suggest (bought, in the cart). */
  exclude?: ReadonlySet<string>;
  /** Where to record that the list was shown (analytics and the recommender's learning). */
  events?: EventRecorder;
}

/**
 * Sends the recommendations asked for; 'needsProduct' when the ask is about a product and none is in
 * question (the caller asks which, or searches).
 */
export async function sendRecommendations(
  context: TurnContext,
  recommender: Recommendations,
  shop: ShopContext,
  reply: RecommendationReply,
): Promise<'sent' | 'needsProduct'> {
  const { ask, product, k, exclude } = reply;
  const request = { k, exclude, filters: reply.filters };
  let intro: string;
  let picks: Candidate[];
  if (ask.kind === 'forShopper') {
    const viewed = shop.viewed ?? [];
    // More recent views weigh more: the last one 1, earlier ones down to 0.5.
    const history = viewed.map((productId, i) => ({
      productId,
      weight: 0.5 + (0.5 * (i + 1)) / viewed.length,
    }));
    picks = recommender.forShopper(history, request);
    const category = reply.filters.category;
    if (picks.length === 0 && category) {
      // "gift ideas for a hiker under $50" read as boots: none fit, so picks of any kind that do.
      picks = recommender.forShopper(history, { ...request, filters: withoutCategory(reply.filters) });
      intro = RecommendationCopy.otherCategories(categoryLabel(category));
    } else {
      // "Popular right now" only when no pick comes from what this shopper did; "you haven't looked at
      // anything yet" only when that is true.
      const personal = picks.some((c) => c.reason.kind !== 'popular');
      intro = RecommendationCopy.forShopper(personal, viewed.length > 0);
    }
  } else if (!product) {
    return 'needsProduct';
  } else if (ask.kind === 'goesWith') {
    picks = recommender.goesWith(product.id, { ...request, filters: withoutCategory(reply.filters) });
    intro = RecommendationCopy.goesWith(product.name);
  } else {
    const filters = withoutCategory(reply.filters);
    picks = recommender.similarTo(product.id, { ...request, filters, cheaper: ask.cheaper });
    intro = ask.cheaper ? RecommendationCopy.cheaper(product.name) : RecommendationCopy.similar(product.name);
    if (ask.cheaper && picks.length === 0) {
      picks = recommender.similarTo(product.id, { ...request, filters });
      intro = RecommendationCopy.noCheaper(product.name);
    }
  }
  if (picks.length === 0) {
    await context.sendActivity(RecommendationCopy.noneFound);
    return 'sent';
  }
  await showPicks(context, shop, picks, intro, `recommender:${ask.kind}`, reply.events);
  return 'sent';
}

/** How many suggestions follow an add to cart. */
const AFTER_ADD_SUGGESTIONS = 3;

/** After an add to cart: a few things that go with the product (nothing when none pass the rules). */
export async function suggestAfterAdd(
  context: TurnContext,
  recommender: Recommendations,
  shop: ShopContext,
  product: Product,
  shopping: ShoppingServices,
): Promise<void> {
  const exclude = await alreadyHave(context, shopping);
  const picks = recommender.goesWith(product.id, { k: AFTER_ADD_SUGGESTIONS, exclude });
  if (picks.length === 0) return;
  await showPicks(
    context,
    shop,
    picks,
    RecommendationCopy.afterAdd(product.name),
    'recommender:afterAdd',
    shopping.events,
  );
}

/** Shows a recommended list with a reason per product, remembers it for "the second one" and records it. */
async function showPicks(
  context: TurnContext,
  shop: ShopContext,
  picks: readonly Candidate[],
  intro: string,
  source: string,
  events: EventRecorder | undefined,
): Promise<void> {
  shop.lastResults = picks.map((c) => c.product.id);
  shop.lastProductId = undefined;
  shop.lastListKind = 'recommendation';
  if (events) await recordEvent(context, events, { type: 'rec_shown', productIds: shop.lastResults, source });
  await sendProductList(
    context,
    intro,
    picks.map((c) => c.product),
    picks.map((c) => reasonText(c.reason)),
  );
}

/** The anchor product fixes the category of "like this" and "goes with this": the words' category is the anchor's. */
function withoutCategory(filters: SearchFilters): SearchFilters {
  const rest = { ...filters };
  delete rest.category;
  return rest;
}
