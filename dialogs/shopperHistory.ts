// What the conversation knows of the shopper's history: products looked at (remembered for
// recommendations and recorded as events) and products they already have (cart, recent orders).
import type { TurnContext } from 'botbuilder';
import type { EventRecorder } from '../src/events/eventLog';
import { recordEvent, shopperOf, type ShoppingServices } from './shoppingServices';
import type { ShopContext } from './shopContext';

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
  for (const order of await shopping.orders.recent(shopper, RECENT_ORDERS))
    for (const line of order.lines) have.add(line.productId);
  return have;
}
