// Coupons and offer ledgers in Bot Framework Storage. A coupon (`coupons/<code>`) belongs to one shopper
// and one offer and moves issued → accepted → redeemed; each offer's ledger (`offers/ledger/<id>`) holds
// its budget spent, the coupons open against it (their discount reserved until they expire) and the
// attribution counts shown → accepted → redeemed → revenue. Every change is an eTag-checked write, so two
// checkouts racing for one code cannot both redeem it.
import { z } from 'zod';
import { readDocument, updateDocument, type DocumentStorage } from '../storage/casDocument';
import { shopperKey, ShopperRefSchema, sameShopper, type ShopperRef } from '../shopper/shopperRef';
import type { OfferUsage } from './eligibility';

const isoDate = z.iso.datetime({ offset: true });

/** A stored coupon. */
export const CouponSchema = z.object({
  code: z.string(),
  offerId: z.string(),
  shopper: ShopperRefSchema,
  status: z.enum(['issued', 'accepted', 'redeemed', 'void']),
  issuedAt: isoDate,
  expiresAt: isoDate,
  moment: z.string(),
  reservedCents: z.number().int().min(0),
  acceptedAt: isoDate.optional(),
  redeemedAt: isoDate.optional(),
  checkoutId: z.string().optional(),
  discountCents: z.number().int().optional(),
  orderNumber: z.string().optional(),
  revenueCents: z.number().int().optional(),
});
export type Coupon = z.infer<typeof CouponSchema>;

/** An offer's money and attribution. */
export interface OfferLedger {
  spentCents: number;
  /** Open coupons: code → discount reserved, expiry, holder. */
  open: Record<string, { cents: number; expiresAt: string; shopper: string }>;
  redeemedBy: Record<string, number>;
  shown: number;
  accepted: number;
  redeemed: number;
  revenueCents: number;
}

const EMPTY: OfferLedger = {
  spentCents: 0,
  open: {},
  redeemedBy: {},
  shown: 0,
  accepted: 0,
  redeemed: 0,
  revenueCents: 0,
};
export const couponKey = (code: string) => `coupons/${code}`;
export const ledgerKey = (offerId: string) => `offers/ledger/${offerId}`;

/** What a redemption did. */
export type RedeemResult =
  { kind: 'redeemed'; coupon: Coupon; again: boolean } | { kind: 'unknown' | 'used' | 'expired' | 'void' };

/** Budget committed (spent + open, unexpired) and a shopper's uses (redeemed + open). */
export function committedCents(ledger: OfferLedger, now: Date, except?: string): number {
  return ledger.spentCents + openOf(ledger, now, except).reduce((s, [, o]) => s + o.cents, 0);
}
export function usesBy(ledger: OfferLedger, shopper: ShopperRef, now: Date, except?: string): number {
  const key = shopperKey(shopper);
  return (
    (ledger.redeemedBy[key] ?? 0) + openOf(ledger, now, except).filter(([, o]) => o.shopper === key).length
  );
}
/** The usage the eligibility rules read, from these ledgers (`except`: a coupon not counted against itself). */
export function ledgerUsage(
  ledgers: Map<string, OfferLedger>,
  shopper: ShopperRef,
  now: Date,
  except?: string,
): OfferUsage {
  return {
    committedCents: (id) => (ledgers.has(id) ? committedCents(ledgers.get(id)!, now, except) : 0),
    usesBy: (id) => (ledgers.has(id) ? usesBy(ledgers.get(id)!, shopper, now, except) : 0),
  };
}
const openOf = (l: OfferLedger, now: Date, except?: string) =>
  Object.entries(l.open).filter(([code, o]) => code !== except && o.expiresAt > now.toISOString());

/** Coupons and ledgers. */
export class CouponStore {
  constructor(private readonly storage: DocumentStorage) {}

  /** The ledgers of these offers (empty ones for offers never used). */
  async ledgers(offerIds: readonly string[]): Promise<Map<string, OfferLedger>> {
    const items = await this.storage.read(offerIds.map(ledgerKey));
    return new Map(
      offerIds.map((id) => [id, { ...EMPTY, ...(items[ledgerKey(id)] as Partial<OfferLedger>) }]),
    );
  }

  /**
   * Issues a coupon once the ledger agrees (budget and the shopper's limit checked again under the ledger's
   * eTag, since the decision may have read an older ledger). Undefined when either no longer allows it.
   */
  async issue(
    coupon: Omit<Coupon, 'status'>,
    limits: { budgetCents: number; perShopper: number },
    now: Date,
  ): Promise<Coupon | undefined> {
    const { result } = await updateDocument<OfferLedger, boolean>(
      this.storage,
      ledgerKey(coupon.offerId),
      (cur) => {
        const l = { ...EMPTY, ...cur };
        if (committedCents(l, now) + coupon.reservedCents > limits.budgetCents) return { keep: false };
        if (usesBy(l, coupon.shopper, now) >= limits.perShopper) return { keep: false };
        const open = Object.fromEntries(
          Object.entries(l.open).filter(([, o]) => o.expiresAt > now.toISOString()),
        );
        open[coupon.code] = {
          cents: coupon.reservedCents,
          expiresAt: coupon.expiresAt,
          shopper: shopperKey(coupon.shopper),
        };
        return { next: { ...l, open, shown: l.shown + 1 }, result: true };
      },
    );
    if (!result) return undefined;
    const issued: Coupon = { ...coupon, status: 'issued' };
    await this.storage.write({ [couponKey(coupon.code)]: { ...issued, eTag: '*' } });
    return issued;
  }

  /** The coupon, if it exists. */
  async get(code: string): Promise<Coupon | undefined> {
    const doc = await readDocument<Coupon>(this.storage, couponKey(code));
    return doc && CouponSchema.parse(doc);
  }

  /** Marks a coupon accepted (the shopper chose to use it); counted once. */
  async accept(code: string, shopper: ShopperRef, now: Date): Promise<Coupon | undefined> {
    const { doc, written } = await updateDocument<Coupon, null>(this.storage, couponKey(code), (c) =>
      c && c.status === 'issued' && sameShopper(c.shopper, shopper)
        ? { next: { ...c, status: 'accepted', acceptedAt: now.toISOString() }, result: null }
        : { keep: null },
    );
    if (written) await this.count(doc.offerId, (l) => ({ ...l, accepted: l.accepted + 1 }));
    return doc && sameShopper(doc.shopper, shopper) ? CouponSchema.parse(doc) : undefined;
  }

  /**
   * Redeems a coupon for a checkout: an eTag-checked status change, so of two checkouts racing for one code
   * exactly one wins; the same checkout asking again gets its redemption back. Moves the discount from
   * reserved to spent in the offer's ledger.
   */
  async redeem(
    code: string,
    shopper: ShopperRef,
    checkoutId: string,
    discountCents: number,
    now: Date,
  ): Promise<RedeemResult> {
    const { doc, result } = await updateDocument<Coupon, RedeemResult['kind'] | 'again'>(
      this.storage,
      couponKey(code),
      (c) => {
        if (!c || !sameShopper(c.shopper, shopper)) return { keep: 'unknown' };
        if (c.status === 'redeemed') return { keep: c.checkoutId === checkoutId ? 'again' : 'used' };
        if (c.status === 'void') return { keep: 'void' };
        if (c.expiresAt <= now.toISOString()) return { keep: 'expired' };
        return {
          next: { ...c, status: 'redeemed', redeemedAt: now.toISOString(), checkoutId, discountCents },
          result: 'redeemed',
        };
      },
    );
    if (result === 'again') return { kind: 'redeemed', coupon: CouponSchema.parse(doc), again: true };
    if (result !== 'redeemed') return { kind: result };
    const key = shopperKey(shopper);
    await this.count(doc.offerId, (l) => {
      const open = { ...l.open };
      delete open[code];
      return {
        ...l,
        open,
        spentCents: l.spentCents + discountCents,
        redeemedBy: { ...l.redeemedBy, [key]: (l.redeemedBy[key] ?? 0) + 1 },
        redeemed: l.redeemed + 1,
      };
    });
    return { kind: 'redeemed', coupon: CouponSchema.parse(doc), again: false };
  }

  /** Gives a coupon back when its checkout did not make an order (stock ran out, the cart emptied). */
  async release(code: string, checkoutId: string): Promise<void> {
    let refunded = 0;
    const { doc, written } = await updateDocument<Coupon, null>(this.storage, couponKey(code), (c) => {
      if (!c || c.status !== 'redeemed' || c.checkoutId !== checkoutId || c.orderNumber)
        return { keep: null };
      refunded = c.discountCents ?? 0;
      const next: Coupon = { ...c, status: 'accepted' };
      delete next.redeemedAt;
      delete next.checkoutId;
      delete next.discountCents;
      return { next, result: null };
    });
    if (!written) return;
    const key = shopperKey(doc.shopper);
    await this.count(doc.offerId, (l) => ({
      ...l,
      spentCents: l.spentCents - refunded,
      open: { ...l.open, [code]: { cents: doc.reservedCents, expiresAt: doc.expiresAt, shopper: key } },
      redeemedBy: { ...l.redeemedBy, [key]: Math.max(0, (l.redeemedBy[key] ?? 1) - 1) },
      redeemed: Math.max(0, l.redeemed - 1),
    }));
  }

  /** Ties a redeemed coupon to its order and counts the order's revenue for the offer. */
  async attachOrder(code: string, orderNumber: string, revenueCents: number): Promise<void> {
    const { doc, written } = await updateDocument<Coupon, null>(this.storage, couponKey(code), (c) =>
      c && c.status === 'redeemed' && !c.orderNumber
        ? { next: { ...c, orderNumber, revenueCents }, result: null }
        : { keep: null },
    );
    if (written)
      await this.count(doc.offerId, (l) => ({ ...l, revenueCents: l.revenueCents + revenueCents }));
  }

  private async count(offerId: string, change: (l: OfferLedger) => OfferLedger): Promise<void> {
    await updateDocument<OfferLedger, null>(this.storage, ledgerKey(offerId), (cur) => ({
      next: change({ ...EMPTY, ...cur }),
      result: null,
    }));
  }
}
