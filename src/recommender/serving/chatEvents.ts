// The chat's behaviour events (src/events) as the recommender reads them: the shopper is
// channel + user, a product view is a view, an order is a purchase of each of its products.
// Searches, checkout steps and recommendations shown say nothing about taste and are left out.
import type { ShopperEvent } from '../../domain/schemas';
import type { InteractionEvent } from './eventInteractions';

/** The recommender's shopper key for a chat shopper. */
export function chatShopperKey(shopper: ShopperEvent['shopper']): string {
  return `${shopper.channelId}:${shopper.userId}`;
}

/** The interaction events one chat event amounts to (none for events that say nothing about taste). */
export function interactionEventsOf(event: ShopperEvent): InteractionEvent[] {
  const customerId = chatShopperKey(event.shopper);
  const one = (type: string, productId: string | undefined) =>
    productId ? [{ customerId, type, productId, at: event.at }] : [];
  switch (event.type) {
    case 'product_view':
    case 'rec_clicked':
      return one('view', event.productId);
    case 'add_to_cart':
    case 'remove_from_cart':
      return one(event.type, event.productId);
    case 'order':
      return [...new Set(event.productIds ?? (event.productId ? [event.productId] : []))].map(
        (productId) => ({
          customerId,
          type: 'purchase',
          productId,
          at: event.at,
        }),
      );
    default:
      return [];
  }
}
