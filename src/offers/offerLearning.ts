// What the offer policy learns from: decisions wait in the shopper's offer document until a purchase within
// the attribution window rewards them (1) or the window passes (0); the shared model lives at `offers/policy`.
import type { DocumentStorage } from '../storage/casDocument';
import type { ShopperRef } from '../shopper/shopperRef';
import { LinUcbPolicy, type LinUcbJson } from './linUcb';
import { DIMENSION } from './policyFeatures';
import { readShopperOffers, updateShopperOffers, type PendingDecision } from './shopperOffers';

const POLICY_KEY = 'offers/policy';

/** The learning policy, loaded once and trained on settled decisions. */
export class OfferLearning {
  constructor(
    private readonly storage: DocumentStorage,
    private readonly settings: { attributionHours: number; alpha: number },
    private loaded?: LinUcbPolicy,
  ) {}

  /** The policy: the one given, else the one stored, else a fresh one. */
  async policy(): Promise<LinUcbPolicy> {
    if (this.loaded) return this.loaded;
    const stored = (await this.storage.read([POLICY_KEY]))[POLICY_KEY] as { model?: LinUcbJson } | undefined;
    this.loaded =
      stored?.model && stored.model.dimension === DIMENSION
        ? LinUcbPolicy.fromJSON(stored.model)
        : new LinUcbPolicy(DIMENSION, this.settings.alpha);
    return this.loaded;
  }

  /** An order was placed: decisions within the attribution window bought, older ones did not. */
  purchased(shopper: ShopperRef, now: Date): Promise<void> {
    const cutoff = this.cutoff(now);
    return this.settle(shopper, (p) => (Date.parse(p.at) >= cutoff ? 1 : 0));
  }

  /** Decisions older than the attribution window learn that no purchase followed. */
  async settleStale(shopper: ShopperRef, now: Date): Promise<void> {
    const cutoff = this.cutoff(now);
    const doc = await readShopperOffers(this.storage, shopper);
    if (doc.pending.some((p) => Date.parse(p.at) < cutoff))
      await this.settle(shopper, (p) => (Date.parse(p.at) < cutoff ? 0 : null));
  }

  private cutoff(now: Date): number {
    return now.getTime() - this.settings.attributionHours * 3_600_000;
  }

  /** Learns the outcome of pending decisions (`reward` null: still waiting). */
  private async settle(shopper: ShopperRef, reward: (p: PendingDecision) => 0 | 1 | null): Promise<void> {
    const learned = await updateShopperOffers(this.storage, shopper, (doc) => {
      const done = doc.pending.map((p) => [p, reward(p)] as const).filter(([, r]) => r !== null);
      return { next: { ...doc, pending: doc.pending.filter((p) => reward(p) === null) }, result: done };
    });
    if (learned.length === 0) return;
    const policy = await this.policy();
    for (const [p, r] of learned) policy.update(p.armId, Float64Array.from(p.features), r!);
    // the model is shared learning, not money: last writer wins is acceptable here
    await this.storage.write({ [POLICY_KEY]: { model: policy.toJSON(), eTag: '*' } });
  }
}
