// The context a policy sees, as a fixed-length vector: who the shopper is (lifecycle, RFM segment, price
// band), the moment (after a search with no add, at checkout, a returning visit, an abandoned cart), the
// basket's size, and per offer what it gives (discount share) and how it fits the shopper's interests.
import type { Offer } from '../domain/schemas';
import type { ShopperProfile } from './profile';

/** When an offer may be made. */
export const MOMENTS = ['search_no_add', 'checkout', 'returning', 'abandoned_cart'] as const;
export type Moment = (typeof MOMENTS)[number];

/** The names of the vector's entries, in order. */
export const FEATURE_NAMES = [
  'bias',
  'lifecycle:new',
  'lifecycle:active',
  'lifecycle:lapsing',
  'rfm:loyal',
  'rfm:at_risk',
  'rfm:one_time',
  'rfm:none',
  'band:budget',
  'band:mid',
  'band:premium',
  ...MOMENTS.map((m) => `moment:${m}`),
  'basket:log',
  'offer:share',
  'offer:interest',
] as const;

/** The vector's length. */
export const DIMENSION = FEATURE_NAMES.length;

/** The context vector for one candidate (`offer` undefined: the "no offer" arm). */
export function features(
  profile: ShopperProfile,
  moment: Moment,
  basketCents: number,
  offer?: Offer,
  discountCents = 0,
): Float64Array {
  const x = new Float64Array(DIMENSION);
  const set = (name: (typeof FEATURE_NAMES)[number], v = 1) => (x[FEATURE_NAMES.indexOf(name)] = v);
  set('bias');
  set(`lifecycle:${profile.lifecycle}`);
  const s = profile.rfm.segment;
  set(
    s === 'champion' || s === 'loyal'
      ? 'rfm:loyal'
      : s === 'at_risk'
        ? 'rfm:at_risk'
        : s === 'one_time'
          ? 'rfm:one_time'
          : 'rfm:none',
  );
  if (profile.priceBand !== 'unknown') set(`band:${profile.priceBand}`);
  set(`moment:${moment}`);
  set('basket:log', Math.log1p(Math.max(0, basketCents) / 100) / 6);
  if (offer) {
    set('offer:share', basketCents > 0 ? Math.min(1, discountCents / basketCents) : 0);
    const cats = offer.rules.categories;
    const interest = cats
      ? profile.categories.filter((c) => cats.includes(c.category)).reduce((a, c) => a + c.weight, 0)
      : 0.5;
    set('offer:interest', interest);
  }
  return x;
}
