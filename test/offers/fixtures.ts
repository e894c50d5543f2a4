// Shared test data for the offer tests: a few products, a profile builder and offers.
import type { Category, Offer, Product } from '../../src/domain/schemas';
import type { OfferBasket, OfferUsage } from '../../src/offers/eligibility';
import type { ShopperProfile } from '../../src/offers/profile';

/** A minimal product. */
export function product(id: string, category: Category, price: number, brand = 'Ridgeline'): Product {
  return {
    id,
    name: `Product ${id}`,
    brand,
    category,
    price,
    currency: 'USD',
    description: 'A product used by the offer tests, described at enough length.',
    attributes: {},
    variants: [{ sku: `${id}-M`, color: 'black', size: 'M', stock: 5 }],
    rating: 4,
    reviewCount: 1,
    tags: [],
    createdAt: '2025-01-01T00:00:00Z',
  };
}

export const PRODUCTS = [
  product('JKT-0001', 'jackets', 200, 'Ridgeline'),
  product('JKT-0002', 'jackets', 150, 'Northfall'),
  product('BTS-0001', 'boots', 120, 'Trailhead'),
  product('LGT-0001', 'lights', 40, 'Lumen'),
  product('TNT-0001', 'tents', 400, 'Summit'),
];
export const catalog = { byId: (id: string) => PRODUCTS.find((p) => p.id === id) };

/** A profile with overrides. */
export function profile(over: Partial<ShopperProfile> = {}): ShopperProfile {
  return {
    categories: [{ category: 'jackets', weight: 0.8 }],
    brands: [],
    priceBand: 'mid',
    typicalPriceCents: 15000,
    rfm: { recencyDays: null, frequency: 0, monetaryCents: 0, segment: 'new' },
    lifecycle: 'new',
    consent: { offers: true, proactive: false },
    segments: ['new', 'first_order', 'newsletter'],
    eventCount: 3,
    ...over,
  };
}

/** An offer with overrides. */
export function offer(over: Partial<Offer> & { id: string }): Offer {
  return {
    title: 'An offer',
    description: 'An offer for the tests.',
    kind: 'percent',
    value: 10,
    rules: {},
    startsAt: '2026-01-01T00:00:00Z',
    endsAt: '2026-12-31T23:59:59Z',
    budget: 1000,
    perCustomerLimit: 1,
    stackable: false,
    ...over,
  };
}

/** A basket of (product id, quantity). */
export function basket(...items: [string, number][]): OfferBasket {
  return {
    lines: items.map(([id, quantity]) => {
      const p = catalog.byId(id)!;
      return { productId: id, category: p.category, unitCents: Math.round(p.price * 100), quantity };
    }),
  };
}

/** Usage with nothing spent unless told. */
export function usage(committed: Record<string, number> = {}, uses: Record<string, number> = {}): OfferUsage {
  return { committedCents: (id) => committed[id] ?? 0, usesBy: (id) => uses[id] ?? 0 };
}

export const NOW = new Date('2026-11-01T12:00:00Z');
