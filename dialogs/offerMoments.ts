// Offers at three moments, each only when the policy chooses one ("no offer" is a fine answer):
// - search with no add: the shopper searches again and none of the previous list's products went into
//   the cart (a list shown, nothing taken: maybe a nudge helps);
// - a returning shopper at the welcome;
// - an abandoned cart: the proactive reminder of an idle cart (src/bot/alertWiring.ts).
// The offer service decides (consent, caps, eligibility, the learning policy); this only asks and says.
import type { TurnContext } from 'botbuilder';
import type { Moment } from '../src/offers/policyFeatures';
import { OfferCopy } from './offerCopy';
import type { ShopContext } from './shopContext';
import { recordEvent, shopperOf, type ShoppingServices } from './shoppingServices';
import type { ShopperRef } from '../src/shopper/shopperRef';

/** The offer line for a search turn after a list that got no add (read before the new list replaces it). */
export async function searchNoAddOffer(
  context: TurnContext,
  shop: ShopContext,
  shopping: ShoppingServices | undefined,
): Promise<string | undefined> {
  if (!shopping?.offers || shop.lastListKind !== 'search' || shop.lastResults.length === 0) return undefined;
  const cart = await shopping.cart.view(shopperOf(context));
  if (cart.lines.some((l) => shop.lastResults.includes(l.productId))) return undefined;
  return offerLine(context, shopping, 'search_no_add', cart);
}

/** Sends an offer to a returning shopper at the welcome, if the policy chooses one. */
export async function welcomeBackOffer(
  context: TurnContext,
  shopping: ShoppingServices | undefined,
): Promise<void> {
  const line = shopping && (await offerLine(context, shopping, 'returning'));
  if (line) await context.sendActivity(line);
}

/** What an offer at a moment needs: the policy's choice over a basket. */
export type OfferChooser = Pick<NonNullable<ShoppingServices['offers']>, 'choose' | 'basket'>;

/** A cart as the offers read it. */
interface CartLines {
  lines: readonly { productId: string; unitCents: number; quantity: number }[];
}

/** The offer line for an abandoned-cart reminder, if the policy chooses one for this shopper's cart. */
export async function abandonedCartOffer(
  shopper: ShopperRef,
  offers: OfferChooser,
  cart: CartLines,
): Promise<string | undefined> {
  const pick = await pickFor(shopper, offers, 'abandoned_cart', cart);
  return pick && OfferCopy.offerMade(pick);
}

/** The policy's pick at this moment over the shopper's cart. */
function pickFor(shopper: ShopperRef, offers: OfferChooser, moment: Moment, cart: CartLines) {
  return offers.choose(shopper, moment, offers.basket(cart.lines));
}

/** The offer line at a moment in a turn (`cart`: the shopper's cart when the caller has viewed it). */
async function offerLine(
  context: TurnContext,
  shopping: ShoppingServices,
  moment: Moment,
  cart?: CartLines,
): Promise<string | undefined> {
  const offers = shopping.offers;
  if (!offers) return undefined;
  const shopper = shopperOf(context);
  const pick = await pickFor(shopper, offers, moment, cart ?? (await shopping.cart.view(shopper)));
  if (!pick) return undefined;
  await recordEvent(context, shopping.events, {
    type: 'offer_shown',
    offerId: pick.offer.id,
    source: 'offers',
  });
  return OfferCopy.offerMade(pick);
}
