// The offer service the dialogs and the proactive scheduler use: a shopper's profile and consent, an offer
// chosen by the learning policy for a moment (with a single-use coupon issued for it), coupons checked and
// redeemed at checkout, and outcomes fed back to the policy (a purchase within the attribution window
// rewards the decisions before it; older decisions count as no purchase).
import type { Offer, Product } from '../domain/schemas';
import type { DocumentStorage } from '../storage/casDocument';
import { sameShopper, type ShopperRef } from '../shopper/shopperRef';
import { basketOf } from './basket';
import { newCouponCode } from './couponCodes';
import { CouponStore, ledgerUsage, type Coupon, type OfferLedger, type RedeemResult } from './couponStore';
import { judge, type Ineligible, type OfferBasket } from './eligibility';
import { withContact } from './frequencyCaps';
import type { LinUcbPolicy } from './linUcb';
import { OfferLearning } from './offerLearning';
import { decide, NO_OFFER } from './offerEngine';
import { offerReason, type OfferReason } from './offerReason';
import type { Moment } from './policyFeatures';
import { buildProfile, fromShopperEvents, type Consent, type ShopperProfile } from './profile';
import type { ShopperHistory } from './shopperHistory';
import {
  DEFAULT_CONSENT,
  readShopperOffers,
  updateShopperOffers,
  type PendingDecision,
  type ShopperOffers,
} from './shopperOffers';
import { toCents } from '../cart/money';

/** What the service needs. */
export interface OfferServiceDeps {
  storage: DocumentStorage;
  offers: () => readonly Offer[];
  products: { byId(id: string): Product | undefined };
  history: Pick<ShopperHistory, 'of'>;
  now?: () => Date;
  /** A policy to start from (default: the one stored, or a fresh one). */
  policy?: LinUcbPolicy;
}

/** Settings, overridable. */
export const DEFAULTS = { couponDays: 7, attributionHours: 48, alpha: 0.3 };

/** An offer made to a shopper: the offer, its coupon, what it takes off, and why. */
export interface OfferPick {
  offer: Offer;
  coupon: Coupon;
  discountCents: number;
  reason: OfferReason;
}

/** A coupon checked against a basket. */
export type CouponCheck =
  | { ok: true; coupon: Coupon; offer: Offer; discountCents: number }
  | { ok: false; problem: 'unknown' | 'used' | 'expired' | 'void' | Ineligible };

/** Offers for chat shoppers. */
export class OfferService {
  readonly coupons: CouponStore;
  private readonly now: () => Date;
  private readonly learning: OfferLearning;

  constructor(
    private readonly deps: OfferServiceDeps,
    private readonly settings = DEFAULTS,
  ) {
    this.coupons = new CouponStore(deps.storage);
    this.now = deps.now ?? (() => new Date());
    this.learning = new OfferLearning(deps.storage, settings, deps.policy);
  }

  /** Cart lines (product, unit cents, quantity) as a basket offers are judged against. */
  basket(
    lines: readonly { productId: string; unitCents: number; quantity: number }[],
    shippingCents?: number,
  ): OfferBasket {
    return basketOf(lines, this.deps.products, shippingCents);
  }

  /** The shopper's consent (defaults until they say otherwise). */
  async consent(shopper: ShopperRef): Promise<Consent> {
    return consentOf(await readShopperOffers(this.deps.storage, shopper));
  }

  /** Changes consent ("stop sending me offers" turns both off). */
  async setConsent(shopper: ShopperRef, change: Partial<Consent>): Promise<Consent> {
    const at = this.now().toISOString();
    return updateShopperOffers(this.deps.storage, shopper, (doc) => {
      const consent = { ...DEFAULT_CONSENT, ...doc.consent, ...change, updatedAt: at };
      return { next: { ...doc, consent }, result: { offers: consent.offers, proactive: consent.proactive } };
    });
  }

  /** The shopper's profile from their events and consent. */
  async profile(shopper: ShopperRef): Promise<ShopperProfile> {
    return this.profileWith(shopper, await this.consent(shopper));
  }

  private profileWith(shopper: ShopperRef, consent: Consent): ShopperProfile {
    const events = fromShopperEvents(this.deps.history.of(shopper));
    return buildProfile(events, this.deps.products, { now: this.now(), consent });
  }

  /**
   * Chooses an offer for this moment (or none: no consent, a cap, nothing eligible, or the policy thinks a
   * discount would not pay). A chosen offer gets a coupon, reserved against the offer's budget.
   */
  async choose(shopper: ShopperRef, moment: Moment, basket: OfferBasket): Promise<OfferPick | undefined> {
    const now = this.now();
    await this.learning.settleStale(shopper, now);
    const doc = await readShopperOffers(this.deps.storage, shopper);
    const profile = this.profileWith(shopper, consentOf(doc));
    const offers = this.deps.offers();
    const ledgers = await this.coupons.ledgers(offers.map((o) => o.id));
    const policy = await this.learning.policy();
    const decision = decide(
      {
        offers,
        profile,
        moment,
        basket,
        now,
        usage: ledgerUsage(ledgers, shopper, now),
        history: doc.contacts,
      },
      (cs) => policy.choose(cs).armId,
    );
    if (decision.blocked === 'no_consent') return undefined;
    let coupon: Coupon | undefined;
    if (decision.offer)
      coupon = await this.issueCoupon(shopper, decision.offer, decision.discountCents, moment, now);
    const armId = coupon ? decision.armId : NO_OFFER;
    const x = coupon ? decision.features : decision.candidates[0].features;
    const pending: PendingDecision = { armId, features: [...x], at: now.toISOString() };
    await updateShopperOffers(this.deps.storage, shopper, (d) => ({
      next: {
        ...d,
        contacts: coupon ? withContact(d.contacts, { at: pending.at, offerId: armId }) : d.contacts,
        coupons: coupon ? [...d.coupons, coupon.code].slice(-20) : d.coupons,
        pending: [...d.pending, pending].slice(-20),
      },
      result: null,
    }));
    if (!coupon || !decision.offer) return undefined;
    return {
      offer: decision.offer,
      coupon,
      discountCents: decision.discountCents,
      reason: offerReason(decision.offer, profile, moment),
    };
  }

  /**
   * Gives the shopper a coupon for one offer, outside the policy (support staff, a test): the offer's rules
   * for this basket, its budget and the shopper's limit still apply; consent does not (they asked).
   */
  async grant(
    shopper: ShopperRef,
    offerId: string,
    basket: OfferBasket,
    moment = 'granted',
  ): Promise<Coupon | undefined> {
    const now = this.now();
    const offer = this.deps.offers().find((o) => o.id === offerId);
    if (!offer) return undefined;
    const verdict = await this.judgeAsked(shopper, offer, basket, now, await this.profile(shopper));
    if (!verdict.eligible) return undefined;
    const coupon = await this.issueCoupon(shopper, offer, verdict.discountCents, moment, now);
    if (coupon)
      await updateShopperOffers(this.deps.storage, shopper, (d) => ({
        next: { ...d, coupons: [...d.coupons, coupon.code].slice(-20) },
        result: null,
      }));
    return coupon;
  }

  private issueCoupon(shopper: ShopperRef, offer: Offer, reservedCents: number, moment: string, now: Date) {
    const expires = Math.min(now.getTime() + this.settings.couponDays * 86_400_000, Date.parse(offer.endsAt));
    return this.coupons.issue(
      {
        code: newCouponCode(),
        offerId: offer.id,
        shopper,
        issuedAt: now.toISOString(),
        expiresAt: new Date(expires).toISOString(),
        moment,
        reservedCents,
      },
      { budgetCents: toCents(offer.budget), perShopper: offer.perCustomerLimit },
      now,
    );
  }

  /** The shopper's coupons still usable (issued or accepted, not expired), newest first. */
  async openCoupons(shopper: ShopperRef): Promise<Coupon[]> {
    const doc = await readShopperOffers(this.deps.storage, shopper);
    const now = this.now().toISOString();
    const found = await Promise.all(doc.coupons.map((c) => this.coupons.get(c)));
    return found
      .filter(
        (c): c is Coupon => !!c && (c.status === 'issued' || c.status === 'accepted') && c.expiresAt > now,
      )
      .reverse();
  }

  /** Checks a coupon against the shopper's basket now: exists and is theirs, unused, unexpired, eligible. */
  async check(
    shopper: ShopperRef,
    code: string,
    basket: OfferBasket,
    applied: readonly Offer[] = [],
  ): Promise<CouponCheck> {
    const coupon = await this.coupons.get(code);
    return this.checkHeld(shopper, coupon, basket, applied, () => this.profile(shopper));
  }

  /** Checks a coupon already read (`profile`: asked for only once the coupon itself passes). */
  private async checkHeld(
    shopper: ShopperRef,
    coupon: Coupon | undefined,
    basket: OfferBasket,
    applied: readonly Offer[],
    profile: () => Promise<ShopperProfile>,
  ): Promise<CouponCheck> {
    const now = this.now();
    if (!coupon || !sameShopper(coupon.shopper, shopper)) return { ok: false, problem: 'unknown' };
    if (coupon.status === 'redeemed') return { ok: false, problem: 'used' };
    if (coupon.status === 'void') return { ok: false, problem: 'void' };
    if (coupon.expiresAt <= now.toISOString()) return { ok: false, problem: 'expired' };
    const offer = this.deps.offers().find((o) => o.id === coupon.offerId);
    if (!offer) return { ok: false, problem: 'void' };
    // the coupon's own reservation is not counted against itself
    const verdict = await this.judgeAsked(shopper, offer, basket, now, await profile(), coupon.code, applied);
    if (!verdict.eligible) return { ok: false, problem: verdict.reason };
    return { ok: true, coupon, offer, discountCents: verdict.discountCents };
  }

  /** The offer's rules for a shopper who asked for or holds its coupon: consent to offers is not needed. */
  private async judgeAsked(
    shopper: ShopperRef,
    offer: Offer,
    basket: OfferBasket,
    now: Date,
    profile: ShopperProfile,
    except?: string,
    applied?: readonly Offer[],
  ) {
    const ledgers = await this.coupons.ledgers([offer.id]);
    return judge(offer, {
      profile: { ...profile, consent: { ...profile.consent, offers: true } },
      basket,
      now,
      usage: ledgerUsage(ledgers, shopper, now, except),
      applied,
    });
  }

  /** The best usable coupon for this basket (largest discount), if any. */
  async bestFor(
    shopper: ShopperRef,
    basket: OfferBasket,
  ): Promise<Extract<CouponCheck, { ok: true }> | undefined> {
    const open = await this.openCoupons(shopper);
    if (open.length === 0) return undefined;
    const profile = await this.profile(shopper);
    let best: Extract<CouponCheck, { ok: true }> | undefined;
    for (const c of open) {
      const checked = await this.checkHeld(shopper, c, basket, [], async () => profile);
      if (checked.ok && (!best || checked.discountCents > best.discountCents)) best = checked;
    }
    return best;
  }

  /** The shopper chose to use a coupon (attribution: accepted). */
  accept(shopper: ShopperRef, code: string): Promise<Coupon | undefined> {
    return this.coupons.accept(code, shopper, this.now());
  }

  /** Redeems a coupon for a checkout (eTag-checked: a code is used once). */
  redeem(
    shopper: ShopperRef,
    code: string,
    checkoutId: string,
    discountCents: number,
  ): Promise<RedeemResult> {
    return this.coupons.redeem(code, shopper, checkoutId, discountCents, this.now());
  }

  /** The checkout did not make an order: the coupon may be used again. */
  release(code: string, checkoutId: string): Promise<void> {
    return this.coupons.release(code, checkoutId);
  }

  /** An order was placed: attribution for its coupon, and a reward for the decisions that led to it. */
  async orderPlaced(
    shopper: ShopperRef,
    orderNumber: string,
    revenueCents: number,
    code?: string,
  ): Promise<void> {
    if (code) await this.coupons.attachOrder(code, orderNumber, revenueCents);
    await this.learning.purchased(shopper, this.now());
  }

  /** Attribution per offer: shown → accepted → redeemed → revenue, and budget spent. */
  async attribution(): Promise<
    Record<string, Pick<OfferLedger, 'shown' | 'accepted' | 'redeemed' | 'revenueCents' | 'spentCents'>>
  > {
    const ledgers = await this.coupons.ledgers(this.deps.offers().map((o) => o.id));
    return Object.fromEntries(
      [...ledgers].map(([id, l]) => [
        id,
        {
          shown: l.shown,
          accepted: l.accepted,
          redeemed: l.redeemed,
          revenueCents: l.revenueCents,
          spentCents: l.spentCents,
        },
      ]),
    );
  }
}

function consentOf(doc: ShopperOffers): Consent {
  return {
    offers: doc.consent?.offers ?? DEFAULT_CONSENT.offers,
    proactive: doc.consent?.proactive ?? DEFAULT_CONSENT.proactive,
  };
}
