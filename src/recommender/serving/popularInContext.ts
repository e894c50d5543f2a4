// "Popular in Tents this month": products ranked by recent weighted behaviour (views, carts,
// purchases) within a window before the newest event, per category and overall. Updated live as
// events arrive (observe), so a turn never waits for training.
import {
  eventWeight,
  EVENT_INTERACTION_DEFAULTS,
  newestEventMs,
  type EventWeights,
  type InteractionEvent,
} from './eventInteractions';

/** Options of {@link PopularInContext}. */
export interface PopularityOptions {
  /** Events older than this many days before the newest one do not count. */
  windowDays: number;
  weights: EventWeights;
}

/** The defaults of {@link PopularInContext}. */
export const POPULARITY_DEFAULTS: PopularityOptions = {
  windowDays: 30,
  weights: EVENT_INTERACTION_DEFAULTS.weights,
};

const DAY_MS = 86_400_000;

/** Recent popularity of products; products never seen in the window score 0. */
export class PopularInContext {
  private readonly scores = new Map<string, number>();
  private readonly allTime = new Map<string, number>();
  private readonly options: PopularityOptions;
  private readonly since: number;

  constructor(events: readonly InteractionEvent[], options: Partial<PopularityOptions> = {}) {
    this.options = { ...POPULARITY_DEFAULTS, ...options };
    const newest = newestEventMs(events);
    this.since = Number.isNaN(newest) ? -Infinity : newest - this.options.windowDays * DAY_MS;
    for (const e of events) this.observe(e);
  }

  /** Counts one more event (a live one: it is within the window by definition). */
  observe(event: InteractionEvent): void {
    const weight = Math.max(0, eventWeight(event, this.options.weights));
    if (weight === 0) return;
    this.allTime.set(event.productId, (this.allTime.get(event.productId) ?? 0) + weight);
    if (Date.parse(event.at) >= this.since)
      this.scores.set(event.productId, (this.scores.get(event.productId) ?? 0) + weight);
  }

  /**
   * The score of a product: its weight in the window, with all-time popularity as a small tie-breaker
   * (so a quiet month still ranks sensibly).
   */
  score(productId: string): number {
    return (this.scores.get(productId) ?? 0) + 1e-3 * (this.allTime.get(productId) ?? 0);
  }

  /** Whether the product had any behaviour in the window. */
  isRecent(productId: string): boolean {
    return (this.scores.get(productId) ?? 0) > 0;
  }
}
