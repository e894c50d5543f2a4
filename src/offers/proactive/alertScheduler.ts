// Proactive messages: back-in-stock and price-drop alerts the shopper asked for, and reminders of carts
// left waiting, sent outside a turn to shoppers who opted in — never in quiet hours (deferred to the next
// tick after them), at most `perDay` / `perWeek` per shopper, each alert once. Driven by `tick(now)`, so a
// fake clock tests it; delivery is a function (the bot passes one that uses continueConversationAsync with
// the stored conversation reference, as the handoff messenger does).
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
  /** The price when they asked (price drops fire below it). */
  priceCents: number;
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
  private subscriptions: Subscription[] = [];
  private readonly sent = new Map<string, number[]>();
  private readonly remindedCarts = new Set<string>();

  constructor(
    private readonly deps: SchedulerDeps,
    private readonly settings = DEFAULTS,
  ) {}

  /** Adds an alert (the same one twice is kept once). */
  subscribe(s: Subscription): void {
    const same = (o: Subscription) =>
      shopperKey(o.shopper) === shopperKey(s.shopper) &&
      o.kind === s.kind &&
      o.productId === s.productId &&
      o.sku === s.sku;
    if (!this.subscriptions.some(same)) this.subscriptions.push(s);
  }

  /** Alerts still waiting. */
  pending(): readonly Subscription[] {
    return this.subscriptions;
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
    const due: {
      shopper: ShopperRef;
      reference: StoredReference;
      message: AlertMessage;
      done: () => void;
    }[] = [];
    for (const s of this.subscriptions) {
      const message = this.trigger(s);
      if (message)
        due.push({
          ...s,
          message,
          done: () => (this.subscriptions = this.subscriptions.filter((o) => o !== s)),
        });
    }
    const idle = await this.deps.idleCarts(new Date(now.getTime() - this.settings.cartIdleHours * 3_600_000));
    for (const cart of idle) {
      const version = `${shopperKey(cart.shopper)}@${cart.updatedAt}`;
      if (this.remindedCarts.has(version) || cart.count === 0) continue;
      due.push({
        ...cart,
        message: { kind: 'cart_reminder', count: cart.count, totalCents: cart.totalCents },
        done: () => this.remindedCarts.add(version),
      });
    }
    for (const d of due) {
      if (this.quiet(now)) {
        report.deferredQuiet++;
        continue;
      }
      if (!(await this.deps.consent(d.shopper)).proactive || this.capped(d.shopper, now)) {
        report.cappedOrNoConsent++;
        if (!(await this.deps.consent(d.shopper)).proactive) d.done(); // an opted-out shopper's alerts are dropped
        continue;
      }
      await this.deps.deliver(d.reference, d.message);
      const key = shopperKey(d.shopper);
      this.sent.set(key, [...(this.sent.get(key) ?? []), now.getTime()]);
      d.done();
      report.sent++;
    }
    return report;
  }

  private trigger(s: Subscription): AlertMessage | undefined {
    if (s.kind === 'back_in_stock')
      return this.deps.stock(s.productId, s.sku) > 0
        ? { kind: 'back_in_stock', productId: s.productId, sku: s.sku }
        : undefined;
    const price = this.deps.priceCents(s.productId);
    return price !== undefined && price < s.priceCents
      ? { kind: 'price_drop', productId: s.productId, wasCents: s.priceCents, nowCents: price }
      : undefined;
  }

  private capped(shopper: ShopperRef, now: Date): boolean {
    const times = this.sent.get(shopperKey(shopper)) ?? [];
    const t = now.getTime();
    return (
      times.filter((x) => t - x < 86_400_000).length >= this.settings.perDay ||
      times.filter((x) => t - x < 7 * 86_400_000).length >= this.settings.perWeek
    );
  }
}
