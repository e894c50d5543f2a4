// What the cart, checkout and order dialogs need from src/: interfaces, so tests can pass fakes.
import type { TurnContext } from 'botbuilder';
import type { CartService } from '../src/cart/cartService';
import type { EventRecorder, NewShopperEvent } from '../src/events/eventLog';
import type { ShopperRef } from '../src/shopper/shopperRef';
import type { OrderService } from '../src/orders/orderService';
import type { OfferService } from '../src/offers/offerService';
import type { AlertService } from '../src/offers/proactive/alertService';

/** The cart operations the dialogs use. */
export type Cart = Pick<CartService, 'add' | 'setQuantity' | 'remove' | 'view' | 'document'>;

/** The shopping services. */
export interface ShoppingServices {
  cart: Cart;
  orders: Pick<OrderService, 'place' | 'find' | 'cancel' | 'recent' | 'startReturn'>;
  events: EventRecorder;
  /** Offers and coupons (absent: checkout has no discounts). */
  offers?: Offers;
  /** Back-in-stock and price-drop alert requests (absent: not offered). */
  alerts?: Pick<AlertService, 'request'>;
}

/** The offer operations the dialogs use. */
export type Offers = Pick<
  OfferService,
  | 'basket'
  | 'choose'
  | 'bestFor'
  | 'check'
  | 'accept'
  | 'redeem'
  | 'release'
  | 'orderPlaced'
  | 'profile'
  | 'consent'
  | 'setConsent'
>;

/** The shopper of this turn: the channel and its user id. */
export function shopperOf(context: TurnContext): ShopperRef {
  return { channelId: context.activity.channelId, userId: context.activity.from.id };
}

/** Records a behaviour event for this turn's shopper and conversation; a failing log never breaks the turn. */
export async function recordEvent(
  context: TurnContext,
  events: EventRecorder,
  event: Omit<NewShopperEvent, 'shopper' | 'conversationId' | 'source'> & { source?: string },
): Promise<void> {
  const source = event.source ?? (context.activity.value ? 'card' : 'message');
  await events
    .record({
      ...event,
      source,
      shopper: shopperOf(context),
      conversationId: context.activity.conversation.id,
    })
    .catch(() => undefined);
}
