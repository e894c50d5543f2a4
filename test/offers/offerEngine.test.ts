import { decide, NO_OFFER, type DecisionInput } from '../../src/offers/offerEngine';
import { DIMENSION } from '../../src/offers/policyFeatures';
import { offerReason } from '../../src/offers/offerReason';
import { basket, NOW, offer, profile, usage } from './fixtures';

const OFFERS = [
  offer({ id: 'ten', value: 10 }),
  offer({ id: 'boots', value: 15, rules: { categories: ['boots'] } }),
  offer({ id: 'welcome', value: 5, rules: { firstOrderOnly: true } }),
];
const input = (over: Partial<DecisionInput> = {}): DecisionInput => ({
  offers: OFFERS,
  profile: profile(),
  moment: 'checkout',
  basket: basket(['JKT-0001', 1]),
  now: NOW,
  usage: usage(),
  history: [],
  ...over,
});

describe('decide', () => {
  it('offers "no offer" and the eligible offers to the chooser', () => {
    let seen: string[] = [];
    const d = decide(input(), (cs) => {
      seen = cs.map((c) => c.armId);
      return 'ten';
    });
    expect(seen).toEqual([NO_OFFER, 'ten', 'welcome']);
    expect(d).toMatchObject({ armId: 'ten', discountCents: 2000 });
    expect(d.features).toHaveLength(DIMENSION);
    expect(d.verdicts.find((v) => v.offer.id === 'boots')).toMatchObject({
      eligible: false,
      reason: 'category',
    });
  });

  it('never asks the chooser when consent is missing or a cap is reached', () => {
    const never = () => {
      throw new Error('asked');
    };
    expect(
      decide(input({ profile: profile({ consent: { offers: false, proactive: true } }) }), never),
    ).toMatchObject({ armId: NO_OFFER, blocked: 'no_consent' });
    const history = [{ at: new Date(NOW.getTime() - 5 * 60_000).toISOString(), offerId: 'ten' }];
    expect(decide(input({ history }), never)).toMatchObject({ armId: NO_OFFER, blocked: 'min_gap' });
  });

  it('leaves out an offer shown to the shopper earlier today', () => {
    const history = [{ at: new Date(NOW.getTime() - 3 * 3_600_000).toISOString(), offerId: 'ten' }];
    const d = decide(input({ history }), (cs) => cs[cs.length - 1].armId);
    expect(d.candidates.map((c) => c.armId)).toEqual([NO_OFFER, 'welcome']);
  });

  it('refuses a chooser that picks something not allowed', () => {
    expect(() => decide(input(), () => 'boots')).toThrow(/not a candidate/);
  });

  it('explains each offer in terms of the shopper', () => {
    expect(offerReason(OFFERS[2], profile(), 'checkout')).toEqual({ code: 'first_order' });
    expect(
      offerReason(offer({ id: 'j', rules: { categories: ['jackets'] } }), profile(), 'checkout'),
    ).toEqual({ code: 'interest', category: 'jackets' });
    expect(offerReason(OFFERS[0], profile(), 'search_no_add')).toEqual({
      code: 'moment',
      moment: 'search_no_add',
    });
  });
});
