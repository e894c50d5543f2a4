// Recommendation replies: asks the recommender for the kind of list the shopper wants, renders it
// with a one-line reason per product, and remembers the list for "the second one".
import type { TurnContext } from 'botbuilder';
import type { SearchFilters } from '../src/catalog/searchFilters';
import type { Product } from '../src/domain/schemas';
import type { RecommendationAsk } from '../src/answers/recommendationRequest';
import type { Candidate } from '../src/recommender/serving/businessRules';
import { sendProductList } from './productRendering';
import { RecommendationCopy, reasonText } from './recommendationCopy';
import type { Recommendations } from './services';
import type { ShopContext } from './shopContext';
import type { EventRecorder } from '../src/events/eventLog';
import { recordEvent, shopperOf, type ShoppingServices } from './shoppingServices';

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

/** How many recently viewed products make a shopper's in-conversation history. */
export const VIEWED_HISTORY = 20;

/** Remembers a product the shopper looked at (most recent last, no repeats, bounded). */
export function rememberViewed(shop: ShopContext, productId: string): void {
  const viewed = (shop.viewed ?? []).filter((id) => id !== productId);
  viewed.push(productId);
  shop.viewed = viewed.slice(-VIEWED_HISTORY);
}

/**
 * The shopper looked at a product: remembered for recommendations and recorded as a product view —
 * and as a recommendation clicked when it came from the recommended list on screen.
 */
export async function productViewed(
  context: TurnContext,
  shop: ShopContext,
  productId: string,
  events: EventRecorder | undefined,
): Promise<void> {
  rememberViewed(shop, productId);
  if (!events) return;
  await recordEvent(context, events, { type: 'product_view', productId });
  if (shop.lastListKind === 'recommendation' && shop.lastResults.includes(productId))
    await recordEvent(context, events, { type: 'rec_clicked', productId });
}

/** How many of the shopper's latest orders count as "already bought". */
const RECENT_ORDERS = 10;

/** Products the shopper already has: in the cart or in their recent orders (never recommended again). */
export async function alreadyHave(
  context: TurnContext,
  shopping: ShoppingServices | undefined,
): Promise<Set<string>> {
  const have = new Set<string>();
  if (!shopping) return have;
  const shopper = shopperOf(context);
  const cart = await shopping.cart.document(shopper);
  for (const line of cart.lines) have.add(line.productId);
  for (const number of cart.orders.slice(-RECENT_ORDERS)) {
    const order = await shopping.orders.find(shopper, number);
    for (const line of order?.lines ?? []) have.add(line.productId);
  }
  return have;
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
    intro = RecommendationCopy.forShopper(picks.some((c) => c.reason.kind === 'viewed'));
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
  shop.lastResults = picks.map((c) => c.product.id);
  shop.lastProductId = undefined;
  shop.lastListKind = 'recommendation';
  if (reply.events)
    await recordEvent(context, reply.events, {
      type: 'rec_shown',
      productIds: shop.lastResults,
      source: `recommender:${ask.kind}`,
    });
  await sendProductList(
    context,
    intro,
    picks.map((c) => c.product),
    picks.map((c) => reasonText(c.reason)),
  );
  return 'sent';
}

/** The anchor product fixes the category of "like this" and "goes with this": the words' category is the anchor's. */
function withoutCategory(filters: SearchFilters): SearchFilters {
  const rest = { ...filters };
  delete rest.category;
  return rest;
}
