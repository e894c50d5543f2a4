// Typed access to the offer messages (knowledge/responses/offers.lg).
import type { OfferPick } from '../src/offers/offerService';
import type { OfferReason } from '../src/offers/offerReason';
import type { ShopperProfile } from '../src/offers/profile';
import { responses } from './copy';
import { money } from './shoppingCopy';

const say = (name: string, args: Record<string, unknown> = {}) => responses().text(name, args);
const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The one-line reason for an offer. */
export function reasonText(reason: OfferReason): string {
  const detail =
    reason.code === 'interest'
      ? reason.category.replace('-', ' ')
      : reason.code === 'cart_value'
        ? money(reason.minCartValue * 100)
        : reason.code === 'moment'
          ? reason.moment
          : '';
  return say('offerReason', { code: reason.code, detail });
}

/** The offer messages. */
export const OfferCopy = {
  offerMade: (pick: OfferPick) =>
    say('offerMade', {
      title: pick.offer.title,
      reason: reasonText(pick.reason),
      code: pick.coupon.code,
      saving: money(pick.discountCents),
      expires: day(pick.coupon.expiresAt),
    }),
  couponApplied: (title: string, code: string, cents: number) =>
    say('couponApplied', { title, code, saving: money(cents) }),
  couponProblem: (problem: string, code: string) => say('couponProblem', { problem, code }),
  /** A code typed before the summary: it will be checked there. */
  codeKept: (code: string) => say('codeKept', { code }),
  couponLost: (code: string) => say('couponLost', { code }),
  summaryDiscount: (code: string, cents: number) => say('summaryDiscount', { code, saving: money(cents) }),
  optedOut: () => say('optedOut'),
  optedIn: () => say('optedIn'),
  alertsOn: () => say('alertsOn'),
  profile: (p: ShopperProfile) =>
    `${say('profileIntro')}\n\n${say('profileText', {
      interests: p.categories.map((c) => c.category.replace('-', ' ')).join(', ') || 'none yet',
      brands: p.brands.map((b) => b.brand).join(', ') || 'none yet',
      band: p.priceBand === 'unknown' ? 'not known yet' : p.priceBand,
      orders: String(p.rfm.frequency),
      spend: money(p.rfm.monetaryCents),
      segment: p.rfm.segment.replace('_', ' '),
      lifecycle: p.lifecycle,
      offers: p.consent.offers ? 'yes' : 'no',
      alerts: p.consent.proactive ? 'yes' : 'no',
    })}`,
  alertBackInStock: (name: string, variant: string) => say('alertBackInStock', { name, variant }),
  alertPriceDrop: (name: string, wasCents: number, nowCents: number) =>
    say('alertPriceDrop', { name, was: money(wasCents), now: money(nowCents) }),
  alertCartReminder: (count: number, totalCents: number) =>
    say('alertCartReminder', { count, total: money(totalCents) }),
  alertSubscribed: (name: string, variant: string) => say('alertSubscribed', { name, variant }),
  alertPriceWatch: (name: string, cents: number) => say('alertPriceWatch', { name, price: money(cents) }),
  alertInStock: (name: string, variant: string, units: number) =>
    say('alertInStock', { name, variant, units: String(units) }),
  alertNoVariant: (name: string, variant: string) => say('alertNoVariant', { name, variant }),
  alertWhich: () => say('alertWhich'),
  alertOptedOut: () => say('alertOptedOut'),
};
