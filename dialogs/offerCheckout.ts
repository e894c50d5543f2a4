// Coupons in the checkout: the discount for the summary (a code the shopper typed, else their best coupon,
// else an offer the policy chooses now), its eTag-checked redemption before the order is placed, and the
// order's outcome fed back (attribution and the policy's reward). Services decide; this only talks.
import type { TurnContext } from 'botbuilder';
import type { CartView } from '../src/cart/cartService';
import type { Offer } from '../src/domain/schemas';
import { OfferCopy } from './offerCopy';
import { recordEvent, shopperOf, type ShoppingServices } from './shoppingServices';

/** A discount on the summary. */
export interface CheckoutDiscount {
  code: string;
  offerId: string;
  cents: number;
  title: string;
}

const discountOf = (code: string, offer: Offer, cents: number): CheckoutDiscount => ({
  code,
  offerId: offer.id,
  cents,
  title: offer.title,
});

/** Finds the discount for this checkout and tells the shopper about it (or why a typed code does not apply). */
export async function checkoutDiscount(
  context: TurnContext,
  shopping: ShoppingServices,
  view: CartView,
  shippingCents: number,
  typedCode?: string,
): Promise<CheckoutDiscount | undefined> {
  const offers = shopping.offers;
  if (!offers) return undefined;
  const shopper = shopperOf(context);
  const basket = offers.basket(view.lines, shippingCents);
  let found: CheckoutDiscount | undefined;
  if (typedCode) {
    const checked = await offers.check(shopper, typedCode, basket);
    if (checked.ok) found = discountOf(typedCode, checked.offer, checked.discountCents);
    else await context.sendActivity(OfferCopy.couponProblem(checked.problem, typedCode));
  }
  if (!found) {
    const best = await offers.bestFor(shopper, basket);
    if (best) found = discountOf(best.coupon.code, best.offer, best.discountCents);
  }
  if (!found) {
    const pick = await offers.choose(shopper, 'checkout', basket);
    if (pick) {
      await context.sendActivity(OfferCopy.offerMade(pick));
      await recordEvent(context, shopping.events, {
        type: 'offer_shown',
        offerId: pick.offer.id,
        source: 'offers',
      });
      found = discountOf(pick.coupon.code, pick.offer, pick.discountCents);
    }
  }
  if (!found) return undefined;
  await offers.accept(shopper, found.code);
  await recordEvent(context, shopping.events, {
    type: 'offer_accepted',
    offerId: found.offerId,
    source: 'offers',
  });
  await context.sendActivity(OfferCopy.couponApplied(found.title, found.code, found.cents));
  return found;
}

/** Redeems the summary's coupon for this checkout; false (and the shopper told) when another checkout used it. */
export async function redeemForCheckout(
  context: TurnContext,
  shopping: ShoppingServices,
  checkoutId: string,
  discount: CheckoutDiscount,
): Promise<boolean> {
  const result = await shopping.offers!.redeem(shopperOf(context), discount.code, checkoutId, discount.cents);
  if (result.kind === 'redeemed') return true;
  await context.sendActivity(OfferCopy.couponLost(discount.code));
  return false;
}

/** After placing: attribution and learning when an order was made, the coupon back when none was. */
export async function afterPlacing(
  context: TurnContext,
  shopping: ShoppingServices,
  checkoutId: string,
  discount: CheckoutDiscount | undefined,
  order: { number: string; revenueCents: number } | undefined,
): Promise<void> {
  const offers = shopping.offers;
  if (!offers) return;
  if (!order) {
    if (discount) await offers.release(discount.code, checkoutId);
    return;
  }
  await offers.orderPlaced(shopperOf(context), order.number, order.revenueCents, discount?.code);
  if (discount)
    await recordEvent(context, shopping.events, {
      type: 'offer_redeemed',
      offerId: discount.offerId,
      orderNumber: order.number,
      valueCents: order.revenueCents,
      source: 'offers',
    });
}
