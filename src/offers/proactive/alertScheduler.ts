// Proactive messages: back-in-stock and price-drop alerts the shopper asked for, and reminders of carts
// left waiting, sent outside a turn to shoppers who opted in — never in quiet hours (deferred to the next
// tick after them), at most `perDay` / `perWeek` per shopper, each alert once. Driven by `tick(now)`, so a
// fake clock tests it; delivery is a function (the bot passes one that uses continueConversationAsync with
// the stored conversation reference, through the handoff messenger). What it remembers (alerts waiting,
// sends for the caps, carts reminded) lives in an AlertStateStore: memory here, Bot Framework Storage in
// the bot (alertStore.ts), so alerts survive a restart.
import type { ShopperRef } from '../../shopper/shopperRef';
import { shopperKey } from '../../shopper/shopperRef';
import type { Consent } from '../profile';

/** What to say. */
export type AlertMessage =
  | { kind: 'back_in_stock'; productId: string; sku?: string }
  | { kind: 'price_drop'; productId: string; wasCents: number; nowCents: number }
  | { kind: 'cart_reminder'; count: number; totalCents: number };

/** A stored conversation to reach the shopper in (the Bot Framework ConversationReference, as data). */
export type StoredReference = Record<string, unknown>;

/** An alert the shopper asked for. */
export interface Subscription {
  shopper: ShopperRef;
  reference: StoredReference;
  kind: 'back_in_stock' | 'price_drop';
  productId: string;
  sku?: string;
  /** Back in stock: any of these variants (a colour asked without a size); overrides `sku`. */
  skus?: string[];
  /** The price when they asked (price drops fire below it). */
  priceCents: number;
}

/** What the scheduler remembers between ticks. */
export interface AlertState {
  subscriptions: Subscription[];
  /** Send times (ms) per shopper key, for the caps (last week only). */
  sent: Record<string, number[]>;
  /** Cart versions already reminded (`<shopper key>@<updatedAt>`). */
  remindedCarts: string[];
}

/** Where the state is kept: `update` applies a change atomically (re-applied on a conflicting write). */
export interface AlertStateStore {
  read(): Promise<AlertState>;
  update<R>(change: (state: AlertState) => { next: AlertState; result: R }): Promise<R>;
}

/** An empty state. */
export const emptyAlertState = (): AlertState => ({ subscriptions: [], sent: {}, remindedCarts: [] });

/** State kept in memory (tests, the CLI). */
export function memoryAlertState(): AlertStateStore {
  let state = emptyAlertState();
  return {
    read: async () => state,
    update: async (change) => {
      const { next, result } = change(state);
      state = next;
      return result;
    },
  };
}

/** Identity of an alert: one per shopper, kind, product and variant. */
export function subscriptionKey(s: Subscription): string {
  const variant = s.skus ? [...s.skus].sort().join(',') : (s.sku ?? '');
  return `${shopperKey(s.shopper)}|${s.kind}|${s.productId}|${variant}`;
}

/** A cart with lines and no change for a while. */
export interface IdleCart {
  shopper: ShopperRef;
  reference: StoredReference;
  count: number;
  totalCents: number;
  /** When the cart last changed (a reminder is sent once per version). */
  updatedAt: string;
}

/** What the scheduler needs. */
export interface SchedulerDeps {
  consent(shopper: ShopperRef): Promise<Consent>;
  /** Units in stock of a product (or of one variant). */
  stock(productId: string, sku?: string): number;
  priceCents(productId: string): number | undefined;
  idleCarts(olderThan: Date): Promise<IdleCart[]>;
  deliver(reference: StoredReference, message: AlertMessage): Promise<void>;
}

/** Settings, overridable. */
export const DEFAULTS = {
  /** Quiet hours [from, to) in UTC hours. */
  quietFromHour: 21,
  quietToHour: 8,
  perDay: 1,
  perWeek: 3,
  /** A cart untouched this long gets a reminder. */
  cartIdleHours: 4,
};

/** What one tick did. */
export interface TickReport {
  sent: number;
  deferredQuiet: number;
  cappedOrNoConsent: number;
}

/** The scheduler. */
export class AlertScheduler {
  constructor(
    private readonly deps: SchedulerDeps,
    private readonly settings = DEFAULTS,
    private readonly store: AlertStateStore = memoryAlertState(),
  ) {}

  /** Adds an alert; false when the same one was already waiting (kept once). */
  subscribe(s: Subscription): Promise<boolean> {
    const key = subscriptionKey(s);
    return this.store.update((state) =>
      state.subscriptions.some((o) => subscriptionKey(o) === key)
        ? { next: state, result: false }
        : { next: { ...state, subscriptions: [...state.subscriptions, s] }, result: true },
    );
  }

  /** Alerts still waiting. */
  async pending(): Promise<readonly Subscription[]> {
    return (await this.store.read()).subscriptions;
  }

  /** True in quiet hours. */
  quiet(now: Date): boolean {
    const h = now.getUTCHours();
    const { quietFromHour: from, quietToHour: to } = this.settings;
    return from > to ? h >= from || h < to : h >= from && h < to;
  }

  /** Sends what is due now. */
  async tick(now: Date): Promise<TickReport> {
    const report: TickReport = { sent: 0, deferredQuiet: 0, cappedOrNoConsent: 0 };
    const state = await this.store.read();
    const sent: Record<string, number[]> = { ...state.sent };
    const finished = new Set<string>();
    const reminded: string[] = [];
    const due: {
      shopper: ShopperRef;
      reference: StoredReference;
      message: AlertMessage;
      done: () => void;
    }[] = [];
    for (const s of state.subscriptions) {
      const message = this.trigger(s);
      if (message) due.push({ ...s, message, done: () => finished.add(subscriptionKey(s)) });
    }
    const idle = await this.deps.idleCarts(new Date(now.getTime() - this.settings.cartIdleHours * 3_600_000));
    for (const cart of idle) {
      const version = `${shopperKey(cart.shopper)}@${cart.updatedAt}`;
      if (state.remindedCarts.includes(version) || cart.count === 0) continue;
      due.push({
        ...cart,
        message: { kind: 'cart_reminder', count: cart.count, totalCents: cart.totalCents },
        done: () => reminded.push(version),
      });
    }
    const capped = (shopper: ShopperRef) => this.capped(sent[shopperKey(shopper)] ?? [], now);
    for (const d of due) {
      if (this.quiet(now)) {
        report.deferredQuiet++;
        continue;
      }
      const consented = (await this.deps.consent(d.shopper)).proactive;
      if (!consented || capped(d.shopper)) {
        report.cappedOrNoConsent++;
        if (!consented) d.done(); // an opted-out shopper's alerts are dropped
        continue;
      }
      await this.deps.deliver(d.reference, d.message);
      const key = shopperKey(d.shopper);
      sent[key] = [...(sent[key] ?? []), now.getTime()];
      d.done();
      report.sent++;
    }
    const weekAgo = now.getTime() - 7 * 86_400_000;
    await this.store.update((current) => ({
      next: {
        // alerts added during the tick are kept; the sent and dropped ones go
        subscriptions: current.subscriptions.filter((s) => !finished.has(subscriptionKey(s))),
        sent: Object.fromEntries(
          Object.entries({ ...current.sent, ...sent })
            .map(([k, times]) => [k, times.filter((t) => t > weekAgo)] as const)
            .filter(([, times]) => times.length > 0),
        ),
        remindedCarts: [...current.remindedCarts, ...reminded].slice(-5000),
      },
      result: undefined,
    }));
    return report;
  }

  private trigger(s: Subscription): AlertMessage | undefined {
    if (s.kind === 'back_in_stock') {
      const sku = s.skus ? s.skus.find((k) => this.deps.stock(s.productId, k) > 0) : s.sku;
      if (s.skus && !sku) return undefined;
      return this.deps.stock(s.productId, sku) > 0
        ? { kind: 'back_in_stock', productId: s.productId, sku }
        : undefined;
    }
    const price = this.deps.priceCents(s.productId);
    return price !== undefined && price < s.priceCents
      ? { kind: 'price_drop', productId: s.productId, wasCents: s.priceCents, nowCents: price }
      : undefined;
  }

  private capped(times: readonly number[], now: Date): boolean {
    const t = now.getTime();
    return (
      times.filter((x) => t - x < 86_400_000).length >= this.settings.perDay ||
      times.filter((x) => t - x < 7 * 86_400_000).length >= this.settings.perWeek
    );
  }
}
