// Simulated shoppers for bench:offers: a profile (what the policy can see), hidden traits (what it
// cannot: price sensitivity), visits at moments with a basket, and the hidden true chance that a visit
// ends in a purchase for each offer (or none). Deterministic for a seed.
import type { Category, Offer, Product } from '../../domain/schemas';
import { seededRandom } from '../../random';
import { subtotalCents, type OfferBasket } from '../eligibility';
import type { Moment } from '../policyFeatures';
import type { Lifecycle, PriceBand, RfmSegment, ShopperProfile } from '../profile';
import { toCents } from '../../cart/money';

/** A simulated shopper. */
export interface SimShopper {
  id: number;
  profile: ShopperProfile;
  /** Hidden: how much a discount moves this shopper. */
  sensitivity: number;
  visits: SimVisit[];
}

/** One visit: when, at which moment, with which basket, and a uniform draw shared by every strategy. */
export interface SimVisit {
  shopper: number;
  at: Date;
  moment: Moment;
  basket: OfferBasket;
  draw: number;
}

/** Options of the world. */
export interface WorldOptions {
  shoppers: number;
  seed: number;
  from: Date;
  days: number;
  /** Share of shoppers who opted out of offers. */
  optOutRate: number;
}

/** Defaults for WorldOptions. */
export const DEFAULTS: WorldOptions = {
  shoppers: 10_000,
  seed: 7,
  from: new Date('2026-10-15T00:00:00Z'),
  days: 45,
  optOutRate: 0.12,
};

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const weighted = <T>(r: () => number, xs: readonly [T, number][]): T => {
  let u = r() * xs.reduce((s, [, w]) => s + w, 0);
  for (const [x, w] of xs) if ((u -= w) < 0) return x;
  return xs[xs.length - 1][0];
};
const gauss = (r: () => number) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

/** Builds the simulated shoppers and their visits (sorted by time across shoppers). */
export function buildWorld(
  products: readonly Product[],
  options: Partial<WorldOptions> = {},
): { shoppers: SimShopper[]; visits: SimVisit[] } {
  const o = { ...DEFAULTS, ...options };
  const r = seededRandom(o.seed);
  const byCategory = new Map<Category, Product[]>();
  for (const p of products) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p]);
  const categories = [...byCategory.keys()];
  const shoppers: SimShopper[] = [];
  for (let id = 0; id < o.shoppers; id++) {
    const lifecycle = weighted<Lifecycle>(r, [
      ['new', 25],
      ['active', 45],
      ['lapsing', 30],
    ]);
    const frequency =
      lifecycle === 'new' ? (r() < 0.15 ? 1 : 0) : Math.floor(r() * (lifecycle === 'active' ? 6 : 4));
    const band = weighted<PriceBand>(r, [
      ['budget', 35],
      ['mid', 45],
      ['premium', 20],
    ]);
    const segment: RfmSegment =
      frequency === 0
        ? lifecycle === 'new'
          ? 'new'
          : 'browser'
        : frequency === 1
          ? 'one_time'
          : lifecycle === 'lapsing'
            ? 'at_risk'
            : frequency >= 3
              ? 'champion'
              : 'loyal';
    const interests = [pick(r, categories), pick(r, categories)];
    const offers = r() >= o.optOutRate;
    const segments = [
      segment,
      lifecycle,
      frequency > 0 ? 'returning' : 'first_order',
      ...(offers ? ['newsletter'] : []),
    ];
    const profile: ShopperProfile = {
      categories: [...new Set(interests)].map((category, i) => ({ category, weight: i === 0 ? 0.7 : 0.3 })),
      brands: [],
      priceBand: band,
      typicalPriceCents: null,
      rfm: {
        recencyDays: frequency ? Math.floor(r() * 200) : null,
        frequency,
        monetaryCents: frequency * 12000,
        segment,
      },
      lifecycle,
      consent: { offers, proactive: offers && r() < 0.5 },
      segments: [...new Set(segments)],
      eventCount: 0,
    };
    const sensitivity =
      { budget: 1.3, mid: 0.9, premium: 0.45, unknown: 0.9 }[band] * Math.exp(0.25 * gauss(r));
    const n = 1 + Math.floor(r() * r() * 4);
    const visits: SimVisit[] = [];
    for (let v = 0; v < n; v++) {
      const at = new Date(o.from.getTime() + r() * o.days * 86_400_000);
      const moment =
        v === 0 && frequency > 0 && r() < 0.4
          ? 'returning'
          : weighted<Moment>(r, [
              ['search_no_add', 40],
              ['checkout', 35],
              ['abandoned_cart', 15],
              ['returning', 10],
            ]);
      const size = moment === 'search_no_add' ? 1 : 1 + Math.floor(r() * r() * 3);
      const lines = Array.from({ length: size }, () => {
        const cat =
          r() < 0.75
            ? weighted(
                r,
                profile.categories.map((c) => [c.category, c.weight] as [Category, number]),
              )
            : pick(r, categories);
        const pool = [...byCategory.get(cat)!].sort((a, b) => a.price - b.price);
        const q = band === 'budget' ? r() * 0.5 : band === 'premium' ? 0.5 + r() * 0.5 : 0.2 + r() * 0.6;
        const p = pool[Math.min(pool.length - 1, Math.floor(q * pool.length))];
        return { productId: p.id, category: p.category, unitCents: toCents(p.price), quantity: 1 };
      });
      visits.push({
        shopper: id,
        at,
        moment,
        basket: { lines, shippingCents: subtotalCents({ lines }) >= 7500 ? 0 : 795 },
        draw: r(),
      });
    }
    visits.sort((a, b) => a.at.getTime() - b.at.getTime());
    shoppers.push({ id, profile, sensitivity, visits });
  }
  const visits = shoppers.flatMap((s) => s.visits).sort((a, b) => a.at.getTime() - b.at.getTime());
  return { shoppers, visits };
}

const BASE: Record<Moment, number> = {
  checkout: 0.6,
  abandoned_cart: -0.7,
  search_no_add: -1.4,
  returning: -1.0,
};
const LIFECYCLE: Record<Lifecycle, number> = { new: -0.2, active: 0.3, lapsing: -0.4 };
const NUDGE: Record<Moment, number> = {
  checkout: 0.4,
  abandoned_cart: 1,
  search_no_add: 1.1,
  returning: 0.9,
};

/** Hidden: the true chance this visit ends in a purchase with `offer` (undefined: no offer). */
export function trueConversion(
  shopper: SimShopper,
  visit: SimVisit,
  offer: Offer | undefined,
  discountCents: number,
): number {
  const p = shopper.profile;
  let logit =
    BASE[visit.moment] +
    LIFECYCLE[p.lifecycle] +
    (p.rfm.frequency >= 2 ? 0.4 : 0) -
    0.25 * Math.log1p(subtotalCents(visit.basket) / 10000);
  if (offer) {
    const share = discountCents / Math.max(1, subtotalCents(visit.basket));
    const felt = offer.kind === 'free_shipping' ? 1.6 : offer.kind === 'bundle' ? 1.2 : 1;
    let lift = shopper.sensitivity * NUDGE[visit.moment] * Math.min(1.5, 5 * share * felt);
    if (offer.rules.categories?.includes(p.categories[0]?.category)) lift += 0.25;
    if (offer.rules.firstOrderOnly && p.lifecycle === 'new') lift += 0.3;
    if (p.priceBand === 'premium' && offer.kind !== 'free_shipping') lift -= 0.15;
    logit += lift;
  }
  return 1 / (1 + Math.exp(-logit));
}
