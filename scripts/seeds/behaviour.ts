// Behaviour over the last 18 months: sessions per shopper, follow-up purchases of
// complements (a tent, then a sleeping bag and a stove), and ratings after purchases.
import type { BehaviourEvent } from '../../src/domain/schemas';
import { ratingFor } from './choices';
import type { Activity, Shopper } from './customers';
import { COMPLEMENTS } from './personas';
import type { Rng } from './prng';
import type { CatalogItem } from './products';
import { runSession, type PendingOrder, type SessionContext, type SessionPlan } from './session';
import { tasteOf } from './taste';
import { isoAt } from './time';
import { DAY_MS, REFERENCE_DATE } from './vocab';

/** The generated behaviour: events in time order and the orders behind the purchases. */
export interface Behaviour {
  events: BehaviourEvent[];
  orders: PendingOrder[];
}

const WINDOW_DAYS = 540;
const LAST_SESSION_MS = REFERENCE_DATE - 6 * 60 * 60 * 1000;
const RATING_CHANCE = 0.4;

/** Generates every shopper's behaviour. */
export function generateBehaviour(rng: Rng, shoppers: Shopper[], catalog: CatalogItem[]): Behaviour {
  const events: BehaviourEvent[] = [];
  const orders: PendingOrder[] = [];
  for (const shopper of shoppers) {
    const result = shopperBehaviour(rng, shopper, catalog);
    events.push(...result.events);
    orders.push(...result.orders);
  }
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  orders.sort((a, b) => a.placedMs - b.placedMs);
  return { events, orders };
}

function shopperBehaviour(rng: Rng, shopper: Shopper, catalog: CatalogItem[]): Behaviour {
  const ctx: SessionContext = {
    rng,
    shopper,
    taste: tasteOf(rng, shopper, catalog),
    catalog,
    owned: new Set(),
  };
  const queue = initialPlans(rng, shopper);
  const events: BehaviourEvent[] = [];
  const orders: PendingOrder[] = [];
  while (queue.length > 0) {
    queue.sort((a, b) => a.startMs - b.startMs);
    const plan = queue.shift()!;
    const result = runSession(ctx, plan);
    events.push(...result.events);
    if (!result.order) continue;
    orders.push(result.order);
    for (const i of result.bought) {
      ctx.owned.add(i);
      const rating = maybeRate(ctx, i, result.order.placedMs);
      if (rating) events.push(rating);
      if (plan.depth === 0) queue.push(...followUps(rng, catalog[i], result.order.placedMs));
    }
  }
  return { events, orders };
}

const SESSIONS: Record<Activity, [number, number]> = { light: [4, 10], medium: [12, 30], heavy: [40, 110] };

/** Spontaneous sessions, fewer for shoppers who joined during the window. */
function initialPlans(rng: Rng, shopper: Shopper): SessionPlan[] {
  const start = Math.max(shopper.joinedMs, REFERENCE_DATE - WINDOW_DAYS * DAY_MS);
  const span = LAST_SESSION_MS - start;
  if (span <= 0) return [];
  const [low, high] = SESSIONS[shopper.activity];
  const count = Math.max(1, Math.round(rng.int(low, high) * (span / (WINDOW_DAYS * DAY_MS))));
  return Array.from({ length: count }, () => ({
    startMs: start + rng.float(0, span),
    boosted: false,
    depth: 0,
  }));
}

/** Sessions that come back for complements of a purchase. */
function followUps(rng: Rng, item: CatalogItem, boughtMs: number): SessionPlan[] {
  const plans: SessionPlan[] = [];
  for (const c of COMPLEMENTS[item.product.category] ?? []) {
    if (!rng.chance(c.chance)) continue;
    const startMs = boughtMs + rng.float(0.5, 45) * DAY_MS;
    if (startMs < LAST_SESSION_MS)
      plans.push({ startMs, category: c.category, kinds: c.kinds, boosted: true, depth: 1 });
  }
  return plans;
}

function maybeRate(ctx: SessionContext, i: number, boughtMs: number): BehaviourEvent | undefined {
  const { rng, taste, catalog, shopper } = ctx;
  if (!rng.chance(RATING_CHANCE)) return undefined;
  const at = boughtMs + rng.float(5, 40) * DAY_MS;
  if (at >= REFERENCE_DATE) return undefined;
  const rating = ratingFor(rng, taste.fit[i], catalog[i]);
  return {
    customerId: shopper.customer.id,
    type: 'rating',
    productId: catalog[i].product.id,
    at: isoAt(at),
    rating,
  };
}
