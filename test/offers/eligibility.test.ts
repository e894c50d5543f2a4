import { discountCents, judge, marginAfter, type EligibilityContext } from '../../src/offers/eligibility';
import type { Offer } from '../../src/domain/schemas';
import { basket, NOW, offer, profile, usage } from './fixtures';

const ctx = (over: Partial<EligibilityContext> = {}): EligibilityContext => ({
  profile: profile(),
  basket: basket(['JKT-0001', 1]),
  now: NOW,
  usage: usage(),
  ...over,
});
const reason = (o: Offer, c: EligibilityContext) => {
  const v = judge(o, c);
  return v.eligible ? 'eligible' : v.reason;
};

describe('judge', () => {
  it.each<[string, Offer, Partial<EligibilityContext>, string]>([
    ['an open offer', offer({ id: 'open' }), {}, 'eligible'],
    [
      'no consent',
      offer({ id: 'open' }),
      { profile: profile({ consent: { offers: false, proactive: false } }) },
      'no_consent',
    ],
    ['before its start', offer({ id: 'later', startsAt: '2026-12-01T00:00:00Z' }), {}, 'not_started'],
    ['after its end', offer({ id: 'gone', endsAt: '2026-10-01T00:00:00Z' }), {}, 'ended'],
    ['another segment', offer({ id: 'loyal', rules: { segments: ['loyal', 'champion'] } }), {}, 'segment'],
    [
      'a segment the shopper is in',
      offer({ id: 'first', rules: { segments: ['first_order'] } }),
      {},
      'eligible',
    ],
    [
      'first order only, second order',
      offer({ id: 'welcome', rules: { firstOrderOnly: true } }),
      {
        profile: profile({ rfm: { recencyDays: 3, frequency: 1, monetaryCents: 100, segment: 'one_time' } }),
      },
      'not_first_order',
    ],
    [
      'a category not in the basket',
      offer({ id: 'boots', rules: { categories: ['boots'] } }),
      {},
      'category',
    ],
    [
      'under the minimum cart value',
      offer({ id: 'min', rules: { minCartValue: 250 } }),
      {},
      'min_cart_value',
    ],
    ['at the minimum cart value', offer({ id: 'min', rules: { minCartValue: 200 } }), {}, 'eligible'],
    [
      'a budget nearly spent',
      offer({ id: 'budget', budget: 100 }),
      { usage: usage({ budget: 8500 }) },
      'budget',
    ],
    [
      'the shopper limit reached',
      offer({ id: 'limit', perCustomerLimit: 2 }),
      { usage: usage({}, { limit: 2 }) },
      'per_shopper_limit',
    ],
    [
      'a bundle with a product missing',
      offer({
        id: 'bundle',
        kind: 'bundle',
        value: 30,
        rules: { bundleProductIds: ['JKT-0001', 'BTS-0001'] },
      }),
      {},
      'bundle_incomplete',
    ],
    [
      'a bundle complete',
      offer({
        id: 'bundle',
        kind: 'bundle',
        value: 30,
        rules: { bundleProductIds: ['JKT-0001', 'BTS-0001'] },
      }),
      { basket: basket(['JKT-0001', 1], ['BTS-0001', 1]) },
      'eligible',
    ],
    ['a discount below the margin floor', offer({ id: 'deep', value: 45 }), {}, 'margin_floor'],
    [
      'not stackable on an applied offer',
      offer({ id: 'solo' }),
      { applied: [offer({ id: 'other', stackable: true })] },
      'not_stackable',
    ],
    [
      'stackable on a stackable offer',
      offer({ id: 'stack', stackable: true }),
      { applied: [offer({ id: 'other', stackable: true })] },
      'eligible',
    ],
    [
      'stackable on a non-stackable offer',
      offer({ id: 'stack', stackable: true }),
      { applied: [offer({ id: 'other' })] },
      'not_stackable',
    ],
    [
      'the same offer twice',
      offer({ id: 'stack', stackable: true }),
      { applied: [offer({ id: 'stack', stackable: true })] },
      'not_stackable',
    ],
  ])('%s → %s', (_name, o, over, expected) => {
    expect(reason(o, ctx(over))).toBe(expected);
  });

  it('computes the discount of each kind on the basket', () => {
    const b = { ...basket(['JKT-0001', 1], ['BTS-0001', 1]), shippingCents: 995 };
    expect(discountCents(offer({ id: 'p', value: 10 }), b)).toBe(3200);
    expect(discountCents(offer({ id: 'p', value: 10, rules: { categories: ['boots'] } }), b)).toBe(1200);
    expect(discountCents(offer({ id: 'f', kind: 'fixed', value: 25 }), b)).toBe(2500);
    expect(discountCents(offer({ id: 's', kind: 'free_shipping', value: 0 }), b)).toBe(995);
  });

  it('measures the margin left after a discount', () => {
    expect(marginAfter(basket(['JKT-0001', 1]), 0, 0)).toBeCloseTo(0.5);
    expect(marginAfter(basket(['JKT-0001', 1]), 2000, 0)).toBeCloseTo(8000 / 18000);
  });
});
