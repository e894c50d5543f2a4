// Why this offer, for this shopper, now — as a code and the detail the one-line explanation needs; the
// words live in knowledge/responses (offers.lg).
import type { Category, Offer } from '../domain/schemas';
import type { Moment } from './policyFeatures';
import type { ShopperProfile } from './profile';

/** The reason an offer is made. */
export type OfferReason =
  | { code: 'first_order' }
  | { code: 'interest'; category: Category }
  | { code: 'bundle' }
  | { code: 'cart_value'; minCartValue: number }
  | { code: 'welcome_back' }
  | { code: 'loyal' }
  | { code: 'moment'; moment: Moment };

/** The most specific true reason, in order: first order, bundle, interest, loyalty, basket size, the moment. */
export function offerReason(offer: Offer, profile: ShopperProfile, moment: Moment): OfferReason {
  const r = offer.rules;
  if (r.firstOrderOnly) return { code: 'first_order' };
  if (offer.kind === 'bundle') return { code: 'bundle' };
  const liked = r.categories && profile.categories.find((c) => r.categories!.includes(c.category));
  if (liked) return { code: 'interest', category: liked.category };
  if (profile.lifecycle === 'lapsing' && profile.rfm.frequency > 0) return { code: 'welcome_back' };
  if (r.segments?.some((s) => s === 'returning' || s === 'loyal' || s === 'champion'))
    return { code: 'loyal' };
  if (r.minCartValue !== undefined) return { code: 'cart_value', minCartValue: r.minCartValue };
  return { code: 'moment', moment };
}
