// One offer decision: consent and frequency caps first, then every offer judged by its rules, then a
// chooser (the learning policy, or a baseline) picks among the eligible offers and "no offer". The same
// function serves the bot and the simulator, so what is benchmarked is what runs.
import type { Offer } from '../domain/schemas';
import {
  judgeAll,
  subtotalCents,
  type EligibilityContext,
  type OfferBasket,
  type Verdict,
} from './eligibility';
import { capReached, type Contact, type FrequencyCaps, DEFAULTS as CAPS } from './frequencyCaps';
import { features, type Moment } from './policyFeatures';

/** The arm id of "no offer". */
export const NO_OFFER = 'none';

/** One arm a chooser may pick. */
export interface EngineCandidate {
  armId: string;
  offer?: Offer;
  discountCents: number;
  /** Revenue if the shopper buys with this arm (basket minus discount), in cents. */
  valueCents: number;
  features: Float64Array;
}

/** Picks an arm among candidates (the first is always "no offer"). */
export type Chooser = (candidates: readonly EngineCandidate[]) => string;

/** What a decision needs. */
export interface DecisionInput extends Omit<EligibilityContext, 'defaults'> {
  offers: readonly Offer[];
  moment: Moment;
  /** Offers shown to this shopper lately (frequency caps). */
  history: readonly Contact[];
  caps?: FrequencyCaps;
  eligibility?: EligibilityContext['defaults'];
}

/** A decision: the arm, the candidates it was chosen from, why others were left out. */
export interface Decision {
  armId: string;
  offer?: Offer;
  discountCents: number;
  features: Float64Array;
  candidates: EngineCandidate[];
  /** Set when nothing could be offered at all (consent, a cap). */
  blocked?: 'no_consent' | 'per_day' | 'per_week' | 'min_gap';
  verdicts: Verdict[];
}

/** Decides for one moment. */
export function decide(input: DecisionInput, choose: Chooser): Decision {
  const basket: OfferBasket = input.basket;
  const total = subtotalCents(basket);
  const none: EngineCandidate = {
    armId: NO_OFFER,
    discountCents: 0,
    valueCents: total,
    features: features(input.profile, input.moment, total),
  };
  const nothing = (blocked: Decision['blocked'], verdicts: Verdict[] = []): Decision => ({
    armId: NO_OFFER,
    discountCents: 0,
    features: none.features,
    candidates: [none],
    blocked,
    verdicts,
  });
  if (!input.profile.consent.offers) return nothing('no_consent');
  const cap = capReached(input.history, input.now, undefined, input.caps ?? CAPS);
  if (cap && cap !== 'repeat') return nothing(cap);
  const verdicts = judgeAll(input.offers, { ...input, defaults: input.eligibility });
  const candidates = [none];
  for (const v of verdicts) {
    if (!v.eligible || capReached(input.history, input.now, v.offer.id, input.caps ?? CAPS)) continue;
    candidates.push({
      armId: v.offer.id,
      offer: v.offer,
      discountCents: v.discountCents,
      valueCents: total - v.discountCents,
      features: features(input.profile, input.moment, total, v.offer, v.discountCents),
    });
  }
  const armId = candidates.length === 1 ? NO_OFFER : choose(candidates);
  const picked = candidates.find((c) => c.armId === armId);
  if (!picked) throw new Error(`chooser picked "${armId}", which is not a candidate`);
  return {
    armId,
    offer: picked.offer,
    discountCents: picked.discountCents,
    features: picked.features,
    candidates,
    verdicts,
  };
}
