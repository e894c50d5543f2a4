// Behaviour events → weighted implicit interactions for training: a purchase counts more than an
// add-to-cart, which counts more than a view; a rating above or below neutral adds or takes away;
// recent behaviour counts more (exponential decay with a half-life, measured back from `now`).
import type { Interaction } from '../types';

/** The fields of a behaviour event the recommender reads (seeded events and live ones alike). */
export interface InteractionEvent {
  customerId: string;
  type: string;
  productId: string;
  /** ISO date-time. */
  at: string;
  rating?: number;
}

/** Weight of one event by type; a rating event weighs `rating × (stars − 3)`. Unlisted types count 0. */
export interface EventWeights {
  view: number;
  add_to_cart: number;
  remove_from_cart: number;
  purchase: number;
  rating: number;
}

/** Options of {@link eventInteractions}. */
export interface EventInteractionOptions {
  weights: EventWeights;
  /** After this many days an event counts half. */
  halfLifeDays: number;
  /** The reference time; default the newest event's (so an old demo store is not all decayed away). */
  now?: Date;
}

/** The defaults of {@link eventInteractions}. */
export const EVENT_INTERACTION_DEFAULTS: EventInteractionOptions = {
  weights: { view: 1, add_to_cart: 3, remove_from_cart: -2, purchase: 5, rating: 1 },
  halfLifeDays: 90,
};

const DAY_MS = 86_400_000;

/** The weight of one event before decay (0 for event types that say nothing about taste). */
export function eventWeight(event: InteractionEvent, weights: EventWeights): number {
  if (event.type === 'rating') return event.rating === undefined ? 0 : weights.rating * (event.rating - 3);
  const weight = (weights as unknown as Record<string, number | undefined>)[event.type];
  return typeof weight === 'number' ? weight : 0;
}

/** The newest event time in ms (NaN when there are none). */
export function newestEventMs(events: readonly InteractionEvent[]): number {
  let newest = Number.NaN;
  for (const e of events) {
    const t = Date.parse(e.at);
    if (!(t <= newest)) newest = t;
  }
  return newest;
}

/**
 * One interaction per (shopper, product) with the decayed sum of its events' weights; pairs whose sum
 * is not positive (viewed then removed, rated badly) are left out. Timestamps are the latest event's.
 */
export function eventInteractions(
  events: readonly InteractionEvent[],
  options: Partial<EventInteractionOptions> = {},
): Interaction[] {
  const { weights, halfLifeDays, now } = { ...EVENT_INTERACTION_DEFAULTS, ...options };
  const nowMs = now ? now.getTime() : newestEventMs(events);
  const pairs = new Map<string, Interaction>();
  for (const event of events) {
    const weight = eventWeight(event, weights);
    const at = Date.parse(event.at);
    if (weight === 0 || Number.isNaN(at)) continue;
    const decay = Math.pow(0.5, Math.max(0, nowMs - at) / DAY_MS / halfLifeDays);
    const key = `${event.customerId}\u0000${event.productId}`;
    const seen = pairs.get(key);
    const timestamp = Math.floor(at / 1000);
    if (!seen)
      pairs.set(key, { user: event.customerId, item: event.productId, value: weight * decay, timestamp });
    else {
      seen.value += weight * decay;
      seen.timestamp = Math.max(seen.timestamp, timestamp);
    }
  }
  return [...pairs.values()].filter((x) => x.value > 0);
}
