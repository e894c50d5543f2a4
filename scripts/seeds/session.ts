// One shopping session: a few views in a focus category, maybe a cart, maybe an order.
import type { BehaviourEvent, Category } from '../../src/domain/schemas';
import { quantityFor, variantFor } from './choices';
import type { Shopper } from './customers';
import type { Rng } from './prng';
import type { CatalogItem } from './products';
import type { Taste } from './taste';
import { isoAt } from './time';

/** What a session is about; follow-ups (after a related purchase) are "boosted": more likely to buy. */
export interface SessionPlan {
  startMs: number;
  category?: Category;
  kinds?: string[];
  boosted: boolean;
  depth: number;
}

/** An order before it gets a number and a status. */
export interface PendingOrder {
  customerId: string;
  placedMs: number;
  lines: { productId: string; sku: string; quantity: number; unitPrice: number }[];
}

export interface SessionResult {
  events: BehaviourEvent[];
  order?: PendingOrder;
  /** Catalogue indexes bought in this session. */
  bought: number[];
}

/** Everything a session needs to know about the shopper and the store. */
export interface SessionContext {
  rng: Rng;
  shopper: Shopper;
  taste: Taste;
  catalog: CatalogItem[];
  /** Catalogue indexes this shopper already bought (not bought twice, except accessories). */
  owned: Set<number>;
}

const NOISE_CATEGORY = 0.07;
const NOISE_VIEW = 0.08;

/** Simulates one session. */
export function runSession(ctx: SessionContext, plan: SessionPlan): SessionResult {
  const { rng, catalog } = ctx;
  const category = plan.category ?? pickCategory(ctx);
  const pool = available(
    catalog,
    plan.startMs,
    (item) => item.product.category === category && kindOk(item, plan),
  );
  if (pool.length === 0) return { events: [], bought: [] };
  const anything = available(catalog, plan.startMs, () => true);
  const events: BehaviourEvent[] = [];
  const customerId = ctx.shopper.customer.id;
  let t = plan.startMs;
  const viewed: number[] = [];
  const views = rng.int(2, 7);
  for (let v = 0; v < views; v++) {
    const noise = rng.chance(NOISE_VIEW);
    const i = noise ? rng.pick(anything) : pickView(ctx, pool, viewed);
    if (!noise) viewed.push(i);
    t += rng.int(20, 300) * 1000;
    events.push({ customerId, type: 'view', productId: catalog[i].product.id, at: isoAt(t) });
  }
  return checkout(ctx, plan, viewed, t, events);
}

/** A product from the pool by appeal; an immediate repeat of the last view is usually re-drawn. */
function pickView({ rng, taste }: SessionContext, pool: number[], viewed: number[]): number {
  const draw = () => rng.weighted(pool, (j) => taste.scores[j]);
  const i = draw();
  return i === viewed[viewed.length - 1] && rng.chance(0.8) ? draw() : i;
}

function pickCategory({ rng, taste }: SessionContext): Category {
  if (rng.chance(NOISE_CATEGORY)) return rng.pick(Object.keys(taste.categoryWeights) as Category[]);
  return rng.weightedKey(taste.categoryWeights);
}

const kindOk = (item: CatalogItem, plan: SessionPlan) => !plan.kinds || plan.kinds.includes(item.kind.key);

/** Indexes of catalogue items that exist at a time and pass a filter. */
function available(catalog: CatalogItem[], atMs: number, keep: (item: CatalogItem) => boolean): number[] {
  const out: number[] = [];
  catalog.forEach((item, i) => {
    if (item.createdMs <= atMs && keep(item)) out.push(i);
  });
  return out;
}

/** Carts the most appealing viewed item (sometimes two), may drop one, may buy the rest. */
function checkout(
  ctx: SessionContext,
  plan: SessionPlan,
  viewed: number[],
  t: number,
  events: BehaviourEvent[],
): SessionResult {
  const { rng, taste, catalog, owned } = ctx;
  const nothing = { events, bought: [] };
  const candidates = [...new Set(viewed)]
    .filter((i) => !owned.has(i) || catalog[i].product.category === 'accessories')
    .sort((a, b) => taste.scores[b] - taste.scores[a]);
  if (candidates.length === 0) return nothing;
  const pCart = Math.min(0.9, (plan.boosted ? 0.8 : 0.3) * (0.5 + taste.fit[candidates[0]]));
  if (!rng.chance(pCart)) return nothing;
  const carted = candidates.slice(0, candidates.length > 1 && rng.chance(0.2) ? 2 : 1);
  const cart = fillCart(ctx, carted, t, events);
  if (cart.lines.length === 0 || !rng.chance(plan.boosted ? 0.8 : 0.6)) return nothing;
  return purchase(ctx, cart, carted, events);
}

interface Cart {
  lines: PendingOrder['lines'];
  t: number;
}

/** add_to_cart events (and the odd remove_from_cart); returns the lines still in the cart. */
function fillCart(ctx: SessionContext, carted: number[], t: number, events: BehaviourEvent[]): Cart {
  const { rng, catalog, shopper } = ctx;
  const customerId = shopper.customer.id;
  const lines: PendingOrder['lines'] = [];
  for (const i of carted) {
    const { product } = catalog[i];
    const quantity = quantityFor(rng, catalog[i]);
    t += rng.int(10, 120) * 1000;
    events.push({ customerId, type: 'add_to_cart', productId: product.id, at: isoAt(t), quantity });
    if (rng.chance(0.15)) {
      t += rng.int(30, 600) * 1000;
      events.push({ customerId, type: 'remove_from_cart', productId: product.id, at: isoAt(t), quantity });
      continue;
    }
    const sku = variantFor(rng, shopper, catalog[i]).sku;
    lines.push({ productId: product.id, sku, quantity, unitPrice: product.price });
  }
  return { lines, t };
}

/** purchase events and the pending order for what is left in the cart. */
function purchase(
  ctx: SessionContext,
  cart: Cart,
  carted: number[],
  events: BehaviourEvent[],
): SessionResult {
  const { rng, catalog, shopper } = ctx;
  const customerId = shopper.customer.id;
  const placedMs = Math.floor((cart.t + rng.int(60, 900) * 1000) / 1000) * 1000;
  for (const { productId, quantity } of cart.lines) {
    events.push({ customerId, type: 'purchase', productId, at: isoAt(placedMs), quantity });
  }
  const bought = carted.filter((i) => cart.lines.some((l) => l.productId === catalog[i].product.id));
  return { events, bought, order: { customerId, placedMs, lines: cart.lines } };
}
