// Which offers a shopper may get for a basket now, and what each would cost the store: consent, dates,
// segments, first order only, categories, bundle contents, minimum cart value, budget left, the shopper's
// own limit, stacking with offers already applied, and a floor on the margin left after the discount.
import type { Category, Offer } from '../domain/schemas';
import type { ShopperProfile } from './profile';
import { toCents } from '../cart/money';

/** A basket an offer is judged against (the cart, or the product in view before anything was added). */
export interface OfferBasket {
  lines: { productId: string; category: Category; unitCents: number; quantity: number }[];
  /** What shipping would cost (free-shipping offers are worth this); unknown before checkout. */
  shippingCents?: number;
}

/** What has been spent and promised so far. */
export interface OfferUsage {
  /** Discount redeemed plus discount promised by open coupons, in cents. */
  committedCents(offerId: string): number;
  /** Coupons of this offer the shopper holds or has redeemed. */
  usesBy(offerId: string): number;
}

/** Margin assumptions, overridable. */
export const DEFAULTS = {
  /** Gross margin rate per category before any discount. */
  marginRates: {
    jackets: 0.5,
    boots: 0.45,
    tents: 0.4,
    backpacks: 0.45,
    'sleeping-bags': 0.42,
    stoves: 0.35,
    lights: 0.5,
    'base-layers': 0.55,
    trousers: 0.5,
    accessories: 0.6,
  } as Record<Category, number>,
  /** The least margin (share of what the shopper pays) an offer may leave. */
  marginFloor: 0.15,
  /** Shipping cost assumed when the basket has none yet (standard US rate). */
  shippingCents: 795,
};

export type Ineligible =
  | 'no_consent'
  | 'not_started'
  | 'ended'
  | 'segment'
  | 'not_first_order'
  | 'category'
  | 'bundle_incomplete'
  | 'min_cart_value'
  | 'budget'
  | 'per_shopper_limit'
  | 'not_stackable'
  | 'margin_floor'
  | 'worthless';

/** The verdict on one offer. */
export type Verdict =
  | { offer: Offer; eligible: true; discountCents: number; marginRate: number }
  | { offer: Offer; eligible: false; reason: Ineligible };

/** The context of a verdict. */
export interface EligibilityContext {
  profile: ShopperProfile;
  basket: OfferBasket;
  now: Date;
  usage: OfferUsage;
  /** Offers already applied to this basket (stacking). */
  applied?: readonly Offer[];
  defaults?: typeof DEFAULTS;
}

/** The basket's value in cents. */
export const subtotalCents = (b: OfferBasket): number =>
  b.lines.reduce((s, l) => s + l.unitCents * l.quantity, 0);

/** What `offer` takes off this basket, in cents (0 when it does not apply to it). */
export function discountCents(offer: Offer, basket: OfferBasket, d = DEFAULTS): number {
  const inScope = offer.rules.categories
    ? basket.lines.filter((l) => offer.rules.categories!.includes(l.category))
    : basket.lines;
  const scoped = subtotalCents({ lines: inScope });
  switch (offer.kind) {
    case 'percent':
      return Math.round((scoped * offer.value) / 100);
    case 'fixed':
      return Math.min(scoped, toCents(offer.value));
    case 'free_shipping':
      return scoped > 0 ? (basket.shippingCents ?? d.shippingCents) : 0;
    case 'bundle': {
      const ids = new Set(basket.lines.map((l) => l.productId));
      return (offer.rules.bundleProductIds ?? []).every((id) => ids.has(id)) ? toCents(offer.value) : 0;
    }
  }
}

/** Judges one offer. */
export function judge(offer: Offer, ctx: EligibilityContext): Verdict {
  const d = ctx.defaults ?? DEFAULTS;
  const no = (reason: Ineligible): Verdict => ({ offer, eligible: false, reason });
  const { rules } = offer;
  const now = ctx.now.toISOString();
  if (!ctx.profile.consent.offers) return no('no_consent');
  if (now < offer.startsAt) return no('not_started');
  if (now > offer.endsAt) return no('ended');
  if (rules.segments && !rules.segments.some((s) => ctx.profile.segments.includes(s))) return no('segment');
  if (rules.firstOrderOnly && ctx.profile.rfm.frequency > 0) return no('not_first_order');
  if (rules.categories && !ctx.basket.lines.some((l) => rules.categories!.includes(l.category)))
    return no('category');
  const subtotal = subtotalCents(ctx.basket);
  if (rules.minCartValue !== undefined && subtotal < toCents(rules.minCartValue)) return no('min_cart_value');
  const discount = discountCents(offer, ctx.basket, d);
  if (offer.kind === 'bundle' && discount === 0) return no('bundle_incomplete');
  if (discount <= 0) return no('worthless');
  if (ctx.usage.usesBy(offer.id) >= offer.perCustomerLimit) return no('per_shopper_limit');
  if (ctx.usage.committedCents(offer.id) + discount > toCents(offer.budget)) return no('budget');
  const applied = ctx.applied ?? [];
  if (
    applied.some((a) => a.id === offer.id) ||
    (applied.length > 0 && (!offer.stackable || applied.some((a) => !a.stackable)))
  )
    return no('not_stackable');
  const marginRate = marginAfter(
    ctx.basket,
    offer.kind === 'free_shipping' ? 0 : discount,
    offer.kind === 'free_shipping' ? discount : 0,
    d,
  );
  if (marginRate < d.marginFloor) return no('margin_floor');
  return { offer, eligible: true, discountCents: discount, marginRate };
}

/** Margin left as a share of what the shopper pays, after a price discount and shipping the store pays. */
export function marginAfter(
  basket: OfferBasket,
  priceDiscountCents: number,
  shippingPaidCents: number,
  d = DEFAULTS,
): number {
  const margin = basket.lines.reduce(
    (s, l) => s + l.unitCents * l.quantity * (d.marginRates[l.category] ?? 0.4),
    0,
  );
  const paid = subtotalCents(basket) - priceDiscountCents;
  return paid <= 0 ? -1 : (margin - priceDiscountCents - shippingPaidCents) / paid;
}

/** Every offer's verdict. */
export function judgeAll(offers: readonly Offer[], ctx: EligibilityContext): Verdict[] {
  return offers.map((o) => judge(o, ctx));
}
