// The offers side of a handoff case: what the agent sees of the shopper (profile summary; coupons shown to,
// accepted by and redeemed by them) and the coupons an agent may give — every catalog offer judged against
// the shopper's cart now, and a grant through OfferService.grant (the offer's own rules, dates, budget and
// per-shopper limit apply; consent to unsolicited offers does not, since the shopper is talking to a person).
import type { Offer } from '../domain/schemas';
import type { EventRecorder } from '../events/eventLog';
import { committedCents, usesBy, type Coupon } from '../offers/couponStore';
import { judge, type Ineligible, type Verdict } from '../offers/eligibility';
import type { OfferService } from '../offers/offerService';
import { readShopperOffers } from '../offers/shopperOffers';
import type { DocumentStorage } from '../storage/casDocument';
import type { ShopperRef } from '../shopper/shopperRef';
import type { CaseCoupon } from './handoffCase';
import type { CouponGranter } from './handoffService';

/** What the case's offers are read from. */
export interface CaseOffersDeps {
  offers: Pick<OfferService, 'basket' | 'grant' | 'profile' | 'coupons'>;
  /** The store's offer catalog. */
  catalog: () => readonly Offer[];
  storage: DocumentStorage;
  /** The shopper's cart lines (the basket offers are judged against). */
  cart: (
    shopper: ShopperRef,
  ) => Promise<{ lines: readonly { productId: string; unitCents: number; quantity: number }[] }>;
  /** Where the grant's `offer_shown` event goes (source `agent`). */
  events?: EventRecorder;
  now?: () => Date;
}

/** An offer as the agent may choose it, with the verdict for the shopper's cart now. */
export interface OfferOption {
  id: string;
  title: string;
  description: string;
  eligible: boolean;
  /** What it would take off the cart now (eligible offers). */
  discountCents?: number;
  /** Why not, in words (ineligible offers). */
  reason?: string;
}

/** A coupon of the shopper's, for the case view. */
export type ShopperCoupon = Pick<
  Coupon,
  'code' | 'offerId' | 'status' | 'moment' | 'issuedAt' | 'expiresAt' | 'orderNumber' | 'discountCents'
> & { title: string };

/** The shopper's offers for the case view. */
export interface ShopperOfferSummary {
  profile: { segment: string; lifecycle: string; offers: boolean; proactive: boolean; orders: number };
  /** Newest first. */
  coupons: ShopperCoupon[];
}

/** Why no coupon was made: no such offer, an eligibility reason, or the ledger said no (a race). */
export type GrantProblem = Ineligible | 'unknownOffer' | 'refused';

/** Refusals in the agent's words. */
export const REFUSALS: Record<GrantProblem | 'offersOff', string> = {
  offersOff: 'offers are not connected to the handoff',
  unknownOffer: 'there is no such offer in the catalog',
  refused: 'the offer cannot be given right now (budget or limit reached)',
  no_consent: 'the shopper has turned offers off',
  not_started: 'the offer has not started yet',
  ended: 'the offer has ended',
  segment: "the offer is not for this shopper's segment",
  not_first_order: 'the offer is for first orders only and this shopper has ordered before',
  category: "nothing in the shopper's cart is in the offer's categories",
  bundle_incomplete: "the shopper's cart does not hold the whole bundle",
  min_cart_value: "the shopper's cart is below the offer's minimum",
  budget: "the offer's budget is used up",
  per_shopper_limit: 'the shopper already holds or has used this offer as often as allowed',
  not_stackable: 'the offer cannot be combined',
  margin_floor: 'the discount would leave too little margin on this cart',
  worthless: "the offer takes nothing off the shopper's cart (add items first)",
};

/** Offers for agents. */
export class CaseOffers implements CouponGranter {
  private readonly now: () => Date;

  constructor(private readonly deps: CaseOffersDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Every catalog offer with its verdict for the shopper's cart now (the same rules a grant applies). */
  async options(shopper: ShopperRef): Promise<OfferOption[]> {
    return (await this.verdicts(refOf(shopper), this.deps.catalog())).map((verdict) => {
      const { offer } = verdict;
      const base = { id: offer.id, title: offer.title, description: offer.description };
      return verdict.eligible
        ? { ...base, eligible: true, discountCents: verdict.discountCents }
        : { ...base, eligible: false, reason: REFUSALS[verdict.reason] };
    });
  }

  private async verdicts(shopper: ShopperRef, offers: readonly Offer[]): Promise<Verdict[]> {
    const now = this.now();
    const basket = this.deps.offers.basket((await this.deps.cart(shopper)).lines);
    const profile = await this.deps.offers.profile(shopper);
    const ledgers = await this.deps.offers.coupons.ledgers(offers.map((o) => o.id));
    return offers.map((offer) => {
      const ledger = ledgers.get(offer.id)!;
      return judge(offer, {
        profile: { ...profile, consent: { ...profile.consent, offers: true } },
        basket,
        now,
        usage: {
          committedCents: () => committedCents(ledger, now),
          usesBy: () => usesBy(ledger, shopper, now),
        },
      });
    });
  }

  /** Grants one single-use coupon of `offerId` to the shopper and records an `offer_shown` event. */
  async grant(
    shopper: ShopperRef,
    offerId: string,
    conversationId: string,
  ): Promise<{ ok: true; coupon: CaseCoupon } | { ok: false; problem: GrantProblem }> {
    const offer = this.deps.catalog().find((o) => o.id === offerId);
    if (!offer) return { ok: false, problem: 'unknownOffer' };
    shopper = refOf(shopper);
    const basket = this.deps.offers.basket((await this.deps.cart(shopper)).lines);
    const coupon = await this.deps.offers.grant(shopper, offer.id, basket, 'agent');
    if (!coupon) {
      const [verdict] = await this.verdicts(shopper, [offer]);
      return { ok: false, problem: verdict.eligible ? 'refused' : verdict.reason };
    }
    await this.deps.events
      ?.record({ type: 'offer_shown', offerId: offer.id, source: 'agent', shopper, conversationId })
      .catch(() => undefined);
    return {
      ok: true,
      coupon: { code: coupon.code, offerId: offer.id, title: offer.title, expiresAt: coupon.expiresAt },
    };
  }

  /** The shopper's profile summary and their coupons (shown → accepted → redeemed), newest first. */
  async summary(shopper: ShopperRef): Promise<ShopperOfferSummary> {
    shopper = refOf(shopper);
    const profile = await this.deps.offers.profile(shopper);
    const doc = await readShopperOffers(this.deps.storage, shopper);
    const titles = new Map(this.deps.catalog().map((o) => [o.id, o.title]));
    const found = await Promise.all(doc.coupons.map((code) => this.deps.offers.coupons.get(code)));
    const coupons = found
      .filter((c): c is Coupon => c !== undefined)
      .reverse()
      .map((c) => ({
        code: c.code,
        offerId: c.offerId,
        title: titles.get(c.offerId) ?? c.offerId,
        status: c.status,
        moment: c.moment,
        issuedAt: c.issuedAt,
        expiresAt: c.expiresAt,
        orderNumber: c.orderNumber,
        discountCents: c.discountCents,
      }));
    return {
      profile: {
        segment: profile.rfm.segment,
        lifecycle: profile.lifecycle,
        offers: profile.consent.offers,
        proactive: profile.consent.proactive,
        orders: profile.rfm.frequency,
      },
      coupons,
    };
  }
}

/** Just the shopper reference (a case's shopper also carries a display name; coupons store the ref only). */
const refOf = (s: ShopperRef): ShopperRef => ({ channelId: s.channelId, userId: s.userId });
