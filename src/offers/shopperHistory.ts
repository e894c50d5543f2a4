// Each chat shopper's behaviour events in memory (loaded from the event log at start, then kept current by
// wrapping the recorder the dialogs use), so a profile is built without rereading the log.
import type { EventRecorder, NewShopperEvent } from '../events/eventLog';
import type { ShopperEvent } from '../domain/schemas';
import { shopperKey, type ShopperRef } from '../shopper/shopperRef';

/** Events by shopper. */
export class ShopperHistory {
  private readonly byShopper = new Map<string, ShopperEvent[]>();

  constructor(
    events: readonly ShopperEvent[] = [],
    private readonly keep = 500,
  ) {
    for (const e of events) this.observe(e);
  }

  /** Adds one event. */
  observe(event: ShopperEvent): void {
    const key = shopperKey(event.shopper);
    const list = this.byShopper.get(key) ?? [];
    list.push(event);
    if (list.length > this.keep) list.splice(0, list.length - this.keep);
    this.byShopper.set(key, list);
  }

  /** The shopper's events, oldest first. */
  of(shopper: ShopperRef): readonly ShopperEvent[] {
    return this.byShopper.get(shopperKey(shopper)) ?? [];
  }

  /** A recorder that records through `inner` and remembers what was recorded. */
  wrap(inner: EventRecorder): EventRecorder {
    return {
      record: async (event: NewShopperEvent) => {
        const stored = await inner.record(event);
        this.observe(stored);
        return stored;
      },
    };
  }
}
