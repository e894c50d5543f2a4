import {
  buildProfile,
  fromBehaviourEvents,
  fromShopperEvents,
  type ProfileEvent,
} from '../../src/offers/profile';
import { catalog, NOW } from './fixtures';

const consent = { offers: true, proactive: false };
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

describe('buildProfile', () => {
  it('ranks category and brand interests, recent and stronger signals first', () => {
    const events: ProfileEvent[] = [
      { type: 'view', at: daysAgo(100), productId: 'BTS-0001' },
      { type: 'view', at: daysAgo(100), productId: 'BTS-0001' },
      { type: 'cart', at: daysAgo(2), productId: 'JKT-0001' },
      { type: 'view', at: daysAgo(1), productId: 'LGT-0001' },
    ];
    const p = buildProfile(events, catalog, { now: NOW, consent });
    expect(p.categories.map((c) => c.category)).toEqual(['jackets', 'lights', 'boots']);
    expect(p.brands[0].brand).toBe('Ridgeline');
    expect(p.categories.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 1);
  });

  it.each([
    ['budget', ['LGT-0001']],
    ['mid', ['JKT-0002', 'BTS-0001']],
    ['premium', ['TNT-0001', 'JKT-0001']],
  ])('puts a shopper looking at typical prices in the %s band', (band, ids) => {
    const events = ids.map((productId) => ({ type: 'view' as const, at: daysAgo(3), productId }));
    expect(buildProfile(events, catalog, { now: NOW, consent }).priceBand).toBe(band);
  });

  it.each([
    ['new', 'new', [], 5],
    ['browser', 'lapsing', [], 200],
    ['one_time', 'active', [10], 400],
    ['loyal', 'active', [10, 40], 400],
    ['at_risk', 'lapsing', [150, 300], 400],
    ['champion', 'active', [5, 20, 50], 400],
  ])('segments RFM as %s, lifecycle %s', (segment, lifecycle, purchaseDaysAgo, firstSeenDaysAgo) => {
    const events: ProfileEvent[] = (purchaseDaysAgo as number[]).map((d) => ({
      type: 'purchase',
      at: daysAgo(d),
      productId: 'TNT-0001',
    }));
    const p = buildProfile(events, catalog, {
      now: NOW,
      consent,
      firstSeen: daysAgo(firstSeenDaysAgo as number),
    });
    expect(p.rfm.segment).toBe(segment);
    expect(p.lifecycle).toBe(lifecycle);
    expect(p.rfm.frequency).toBe((purchaseDaysAgo as number[]).length);
  });

  it('names the segments offer rules can target, and newsletter only with consent', () => {
    const events: ProfileEvent[] = [{ type: 'purchase', at: daysAgo(3), productId: 'JKT-0001' }];
    const yes = buildProfile(events, catalog, { now: NOW, consent });
    expect(yes.segments).toEqual(expect.arrayContaining(['returning', 'one_time', 'newsletter']));
    const no = buildProfile(events, catalog, { now: NOW, consent: { offers: false, proactive: false } });
    expect(no.segments).not.toContain('newsletter');
    expect(no.consent.offers).toBe(false);
  });

  it('reads seed history and chat events (an order once, with its value)', () => {
    const seed = fromBehaviourEvents([
      { customerId: 'C0001', type: 'view', productId: 'JKT-0001', at: daysAgo(3) },
      { customerId: 'C0001', type: 'rating', productId: 'JKT-0001', at: daysAgo(3), rating: 5 },
    ]);
    expect(seed).toEqual([{ type: 'view', at: daysAgo(3), productId: 'JKT-0001' }]);
    const shopper = { channelId: 'test', userId: 'u1' };
    const chat = fromShopperEvents([
      {
        at: daysAgo(2),
        type: 'order',
        shopper,
        conversationId: 'c',
        source: 'message',
        orderNumber: '10001',
        valueCents: 35000,
        productIds: ['JKT-0001', 'JKT-0002'],
      },
      { at: daysAgo(2), type: 'search', shopper, conversationId: 'c', source: 'message', query: 'tents' },
    ]);
    const p = buildProfile(chat, catalog, { now: NOW, consent });
    expect(p.rfm).toMatchObject({ frequency: 1, monetaryCents: 35000 });
  });
});
