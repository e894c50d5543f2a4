// The parameters of the offer templates (knowledge/responses/offers.lg).
import type { ResponseSignatures } from '../src/responses/responses';

/** Every offer template with its parameters; checked with the rest on load. */
export const OFFER_SIGNATURES: ResponseSignatures = {
  offerMade: ['title', 'reason', 'code', 'saving', 'expires'],
  offerReason: ['code', 'detail'],
  couponApplied: ['title', 'code', 'saving'],
  couponProblem: ['problem', 'code'],
  codeKept: ['code'],
  couponLost: ['code'],
  summaryDiscount: ['code', 'saving'],
  optedOut: [],
  optedIn: [],
  alertsOn: [],
  profileIntro: [],
  profileText: ['interests', 'brands', 'band', 'orders', 'spend', 'segment', 'lifecycle', 'offers', 'alerts'],
  alertBackInStock: ['name', 'variant'],
  alertPriceDrop: ['name', 'was', 'now'],
  alertCartReminder: ['count', 'total'],
  alertSubscribed: ['name', 'variant'],
  alertPriceWatch: ['name', 'price'],
  alertInStock: ['name', 'variant', 'units'],
  alertNoVariant: ['name', 'variant'],
  alertWhich: [],
  alertOptedOut: [],
};
