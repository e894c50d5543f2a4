// A shopper's profile, built from behaviour events only: interests by category and brand, a price band,
// an RFM (recency, frequency, monetary) segment, a lifecycle stage and consent flags. Plain data, so it
// can be shown to the shopper ("what do you know about me?") and to support staff as it is.
import type { BehaviourEvent, Category, Product, ShopperEvent } from '../domain/schemas';
import { toCents } from '../cart/money';

/** One event as profiles read it (seed history and chat events map onto this). */
export interface ProfileEvent {
  type: 'view' | 'cart' | 'purchase';
  at: string;
  productId?: string;
  /** Order value in cents (purchases). */
  valueCents?: number;
  /** Orders are counted by this key (order number, or the seed purchase day). */
  orderKey?: string;
}

/** What the shopper agreed to. */
export interface Consent {
  /** Offers shown in the chat (on unless the shopper opted out). */
  offers: boolean;
  /** Messages sent outside a turn: alerts and reminders (off until the shopper opts in). */
  proactive: boolean;
}

export type RfmSegment = 'champion' | 'loyal' | 'at_risk' | 'one_time' | 'browser' | 'new';
export type Lifecycle = 'new' | 'active' | 'lapsing';
export type PriceBand = 'budget' | 'mid' | 'premium' | 'unknown';

/** The profile. */
export interface ShopperProfile {
  categories: { category: Category; weight: number }[];
  brands: { brand: string; weight: number }[];
  priceBand: PriceBand;
  /** Median price (cents) of what the shopper looked at or bought. */
  typicalPriceCents: number | null;
  rfm: { recencyDays: number | null; frequency: number; monetaryCents: number; segment: RfmSegment };
  lifecycle: Lifecycle;
  consent: Consent;
  /** Names offer rules can target: the RFM segment, the lifecycle, `returning`/`first_order`, `newsletter`. */
  segments: string[];
  eventCount: number;
}

/** Thresholds, overridable. */
export const DEFAULTS = {
  /** Event weights for interests. */
  weights: { view: 1, cart: 3, purchase: 5 } as Record<ProfileEvent['type'], number>,
  /** Interest half-life in days (recent behaviour counts more). */
  halfLifeDays: 60,
  /** Price bands: below `budget` cents is budget, from `premium` cents premium. */
  bands: { budget: 6000, premium: 20000 },
  newDays: 30,
  activeDays: 60,
  topN: 3,
};

/** Segment names an offer rule may use. */
export const KNOWN_SEGMENTS: readonly string[] = [
  'champion',
  'loyal',
  'at_risk',
  'one_time',
  'browser',
  'new',
  'active',
  'lapsing',
  'returning',
  'first_order',
  'newsletter',
];

const DAY = 86_400_000;

/** Builds a profile. `firstSeen` (a customer's join date) defaults to the first event. */
export function buildProfile(
  events: readonly ProfileEvent[],
  products: { byId(id: string): Product | undefined },
  options: { now: Date; consent: Consent; firstSeen?: string; defaults?: typeof DEFAULTS },
): ShopperProfile {
  const d = options.defaults ?? DEFAULTS;
  const now = options.now.getTime();
  const cat = new Map<Category, number>();
  const brand = new Map<string, number>();
  const prices: number[] = [];
  const orders = new Map<string, number>();
  let lastPurchase: number | null = null;
  let first = options.firstSeen ? Date.parse(options.firstSeen) : Infinity;
  let last = -Infinity;
  for (const e of events) {
    const at = Date.parse(e.at);
    if (at > now) continue;
    first = Math.min(first, at);
    last = Math.max(last, at);
    const decay = Math.pow(0.5, (now - at) / DAY / d.halfLifeDays);
    const product = e.productId ? products.byId(e.productId) : undefined;
    if (product) {
      const w = d.weights[e.type] * decay;
      cat.set(product.category, (cat.get(product.category) ?? 0) + w);
      brand.set(product.brand, (brand.get(product.brand) ?? 0) + w);
      prices.push(toCents(product.price));
    }
    if (e.type === 'purchase') {
      const key = e.orderKey ?? e.at.slice(0, 10);
      orders.set(key, (orders.get(key) ?? 0) + (e.valueCents ?? (product ? toCents(product.price) : 0)));
      lastPurchase = Math.max(lastPurchase ?? -Infinity, at);
    }
  }
  const frequency = orders.size;
  const monetaryCents = [...orders.values()].reduce((a, b) => a + b, 0);
  const recencyDays = lastPurchase === null ? null : Math.floor((now - lastPurchase) / DAY);
  const ageDays = Number.isFinite(first) ? (now - first) / DAY : 0;
  const sinceActive = Number.isFinite(last) ? (now - last) / DAY : ageDays;
  const lifecycle: Lifecycle =
    ageDays <= d.newDays && frequency <= 1 ? 'new' : sinceActive <= d.activeDays ? 'active' : 'lapsing';
  const segment = rfmSegment(frequency, recencyDays, monetaryCents, lifecycle);
  const typical = median(prices);
  const segments = [segment, lifecycle, frequency > 0 ? 'returning' : 'first_order'];
  if (options.consent.offers) segments.push('newsletter');
  return {
    categories: top(cat, d.topN).map(([category, weight]) => ({ category, weight })),
    brands: top(brand, d.topN).map(([b, weight]) => ({ brand: b, weight })),
    priceBand:
      typical === null
        ? 'unknown'
        : typical < d.bands.budget
          ? 'budget'
          : typical >= d.bands.premium
            ? 'premium'
            : 'mid',
    typicalPriceCents: typical,
    rfm: { recencyDays, frequency, monetaryCents, segment },
    lifecycle,
    consent: { ...options.consent },
    segments: [...new Set(segments)],
    eventCount: events.length,
  };
}

function rfmSegment(
  frequency: number,
  recencyDays: number | null,
  monetaryCents: number,
  lifecycle: Lifecycle,
): RfmSegment {
  if (frequency === 0) return lifecycle === 'new' ? 'new' : 'browser';
  const recent = recencyDays !== null && recencyDays <= 90;
  if (frequency >= 3 && recent && monetaryCents >= 30000) return 'champion';
  if (frequency >= 2) return recent ? 'loyal' : 'at_risk';
  return 'one_time';
}

function top<K>(m: Map<K, number>, n: number): [K, number][] {
  const total = [...m.values()].reduce((a, b) => a + b, 0) || 1;
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => [k, Math.round((v / total) * 100) / 100]);
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Seed history → profile events (purchases of one day are one order). */
export function fromBehaviourEvents(events: readonly BehaviourEvent[]): ProfileEvent[] {
  return events.flatMap((e): ProfileEvent[] => {
    if (e.type === 'view') return [{ type: 'view', at: e.at, productId: e.productId }];
    if (e.type === 'add_to_cart') return [{ type: 'cart', at: e.at, productId: e.productId }];
    if (e.type === 'purchase') return [{ type: 'purchase', at: e.at, productId: e.productId }];
    return [];
  });
}

/** Chat events → profile events (an order counts once, with its value; its products feed interests). */
export function fromShopperEvents(events: readonly ShopperEvent[]): ProfileEvent[] {
  return events.flatMap((e): ProfileEvent[] => {
    if (e.type === 'product_view' || e.type === 'rec_clicked')
      return e.productId ? [{ type: 'view', at: e.at, productId: e.productId }] : [];
    if (e.type === 'add_to_cart')
      return e.productId ? [{ type: 'cart', at: e.at, productId: e.productId }] : [];
    if (e.type !== 'order') return [];
    const ids = e.productIds ?? [];
    const key = e.orderNumber ?? e.at;
    if (ids.length === 0)
      return [{ type: 'purchase', at: e.at, orderKey: key, valueCents: e.valueCents ?? 0 }];
    return ids.map((productId, i) => ({
      type: 'purchase' as const,
      at: e.at,
      productId,
      orderKey: key,
      valueCents: i === 0 ? (e.valueCents ?? 0) : 0,
    }));
  });
}
