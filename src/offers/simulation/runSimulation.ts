// Runs strategies over the same simulated shoppers (same visits, same uniform draws, so the same choice
// leads to the same outcome) through the offer engine, with an independent check of every send: consent,
// dates, segments, frequency caps, per-shopper limits and budgets. Reports conversion, revenue after
// discount, expected reward and regret against the best arm each decision had.
import type { Offer } from '../../domain/schemas';
import { subtotalCents } from '../eligibility';
import { DEFAULTS as CAPS, type Contact, type FrequencyCaps } from '../frequencyCaps';
import { decide, NO_OFFER, type Chooser, type EngineCandidate } from '../offerEngine';
import type { SimShopper, SimVisit } from './world';
import { trueConversion } from './world';
import { toCents } from '../../cart/money';

/** A strategy: a chooser, told each outcome (learning strategies use it). */
export interface Strategy {
  name: string;
  /** Builds the chooser for one visit (the oracle needs to see the hidden truth). */
  chooser(shopper: SimShopper, visit: SimVisit): Chooser;
  learn?(candidate: EngineCandidate, converted: boolean): void;
  /** Outcomes are learned in batches of this many decisions (feedback arrives late); default 1. */
  feedbackDelay?: number;
}

/** What one strategy did. */
export interface StrategyResult {
  name: string;
  decisions: number;
  conversions: number;
  sends: number;
  revenueCents: number;
  discountCents: number;
  /** Σ true chance × revenue of the arm chosen. */
  expectedRewardCents: number;
  /** Σ (best arm's expected reward − chosen arm's), over the arms each decision was allowed. */
  regretCents: number;
  /** Regret over the last quarter of decisions, and the best possible reward there. */
  lateRegretCents: number;
  lateBestCents: number;
  violations: Record<string, number>;
  sendsByOffer: Record<string, number>;
}

/** Expected reward of an arm at a visit (true chance × revenue after discount). */
export function expectedReward(shopper: SimShopper, visit: SimVisit, c: EngineCandidate): number {
  return trueConversion(shopper, visit, c.offer, c.discountCents) * c.valueCents;
}

/** Runs one strategy. */
export function runStrategy(
  strategy: Strategy,
  shoppers: readonly SimShopper[],
  visits: readonly SimVisit[],
  offers: readonly Offer[],
  caps: FrequencyCaps = CAPS,
): StrategyResult {
  const spent = new Map<string, number>();
  const uses = new Map<string, number>();
  const history = new Map<number, Contact[]>();
  const pending: [EngineCandidate, boolean][] = [];
  const res: StrategyResult = {
    name: strategy.name,
    decisions: 0,
    conversions: 0,
    sends: 0,
    revenueCents: 0,
    discountCents: 0,
    expectedRewardCents: 0,
    regretCents: 0,
    lateRegretCents: 0,
    lateBestCents: 0,
    violations: {},
    sendsByOffer: {},
  };
  const violate = (k: string) => (res.violations[k] = (res.violations[k] ?? 0) + 1);
  const lateFrom = Math.floor(visits.length * 0.75);
  visits.forEach((visit, i) => {
    const shopper = shoppers[visit.shopper];
    const contacts = history.get(shopper.id) ?? [];
    const decision = decide(
      {
        offers,
        profile: shopper.profile,
        moment: visit.moment,
        basket: visit.basket,
        now: visit.at,
        history: contacts,
        caps,
        usage: {
          committedCents: (id) => spent.get(id) ?? 0,
          usesBy: (id) => uses.get(`${shopper.id}/${id}`) ?? 0,
        },
      },
      strategy.chooser(shopper, visit),
    );
    const chosen = decision.candidates.find((c) => c.armId === decision.armId)!;
    const p = trueConversion(shopper, visit, chosen.offer, chosen.discountCents);
    const converted = visit.draw < p;
    const best = Math.max(...decision.candidates.map((c) => expectedReward(shopper, visit, c)));
    const got = p * chosen.valueCents;
    res.decisions++;
    res.expectedRewardCents += got;
    res.regretCents += best - got;
    if (i >= lateFrom) {
      res.lateRegretCents += best - got;
      res.lateBestCents += best;
    }
    if (decision.offer) {
      checkSend(shopper, visit, decision.offer, chosen.discountCents, contacts, spent, uses, caps, violate);
      res.sends++;
      res.sendsByOffer[decision.offer.id] = (res.sendsByOffer[decision.offer.id] ?? 0) + 1;
      history.set(shopper.id, [...contacts, { at: visit.at.toISOString(), offerId: decision.offer.id }]);
    }
    if (converted) {
      res.conversions++;
      res.revenueCents += chosen.valueCents;
      if (decision.offer) {
        res.discountCents += chosen.discountCents;
        const total = (spent.get(decision.offer.id) ?? 0) + chosen.discountCents;
        spent.set(decision.offer.id, total);
        const key = `${shopper.id}/${decision.offer.id}`;
        uses.set(key, (uses.get(key) ?? 0) + 1);
        if (total > toCents(decision.offer.budget)) violate('budget_overspent');
      }
    }
    if (strategy.learn) {
      pending.push([chosen, converted]);
      if (pending.length >= (strategy.feedbackDelay ?? 1)) {
        for (const [c, y] of pending) strategy.learn(c, y);
        pending.length = 0;
      }
    }
  });
  return res;
}

/** The simulator's own check of one send (each broken rule counted by name), written apart from the engine so a bug there shows here. */
export function checkSend(
  shopper: SimShopper,
  visit: SimVisit,
  offer: Offer,
  discount: number,
  contacts: readonly Contact[],
  spent: Map<string, number>,
  uses: Map<string, number>,
  caps: FrequencyCaps,
  violate: (kind: string) => void,
): void {
  const t = visit.at.getTime();
  const within = (ms: number) => contacts.filter((c) => t - Date.parse(c.at) < ms).length;
  if (!shopper.profile.consent.offers) violate('consent');
  if (visit.at.toISOString() < offer.startsAt || visit.at.toISOString() > offer.endsAt) violate('dates');
  if (offer.rules.segments && !offer.rules.segments.some((s) => shopper.profile.segments.includes(s)))
    violate('segment');
  if (offer.rules.firstOrderOnly && shopper.profile.rfm.frequency > 0) violate('first_order');
  if (offer.rules.minCartValue && subtotalCents(visit.basket) < offer.rules.minCartValue * 100)
    violate('min_cart_value');
  if (within(86_400_000) >= caps.perDay) violate('cap_per_day');
  if (within(7 * 86_400_000) >= caps.perWeek) violate('cap_per_week');
  if (within(caps.minGapMinutes * 60_000) > 0) violate('cap_min_gap');
  if ((uses.get(`${shopper.id}/${offer.id}`) ?? 0) >= offer.perCustomerLimit) violate('per_shopper_limit');
  if ((spent.get(offer.id) ?? 0) + discount > toCents(offer.budget)) violate('budget');
  if (discount <= 0 || discount > subtotalCents(visit.basket) + (visit.basket.shippingCents ?? 0))
    violate('discount');
}

/** Uniform choice among the allowed arms. */
export function randomStrategy(random: () => number): Strategy {
  return { name: 'random', chooser: () => (cs) => cs[Math.floor(random() * cs.length)].armId };
}

/** Always the same offer when it is allowed, otherwise none. */
export function fixedStrategy(offerId: string): Strategy {
  return {
    name: `fixed:${offerId}`,
    chooser: () => (cs) => (cs.some((c) => c.armId === offerId) ? offerId : NO_OFFER),
  };
}

/** Knows the true chances: picks the arm with the highest expected reward. */
export function oracleStrategy(): Strategy {
  return {
    name: 'oracle',
    chooser: (shopper, visit) => (cs) =>
      cs.reduce((best, c) =>
        expectedReward(shopper, visit, c) > expectedReward(shopper, visit, best) ? c : best,
      ).armId,
  };
}
