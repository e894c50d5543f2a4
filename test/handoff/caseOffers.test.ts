// The offers side of a case: the catalog judged against the shopper's cart, an agent's grant (the offer's
// own rules, limit and budget; an offer_shown event from the agent) and the case view's "Offers given"
// section (profile summary, coupons shown → accepted → redeemed).
import { MemoryStorage, type TurnContext } from 'botbuilder';
import { CaseOffers } from '../../src/handoff/caseOffers';
import { contextProviders, type ContextSources } from '../../src/bot/handoffContext';
import { OfferService } from '../../src/offers/offerService';
import { ShopperHistory } from '../../src/offers/shopperHistory';
import { MemoryEventLog } from '../../src/events/eventLog';
import { catalog, NOW, offer } from '../offers/fixtures';

const OFFERS = [
  offer({ id: 'ten-off', title: '10% off', value: 10, perCustomerLimit: 1 }),
  offer({ id: 'big-basket', title: '$50 off $500', kind: 'fixed', value: 50, rules: { minCartValue: 500 } }),
  offer({
    id: 'old-sale',
    title: 'Spring sale',
    startsAt: '2026-03-01T00:00:00Z',
    endsAt: '2026-04-01T00:00:00Z',
  }),
];
const shopper = { channelId: 'directline', userId: 'case-shopper' };

function setup(cart = [{ productId: 'JKT-0001', unitCents: 20000, quantity: 1 }]) {
  const storage = new MemoryStorage();
  const log = new MemoryEventLog(() => NOW);
  const offers = new OfferService({
    storage,
    offers: () => OFFERS,
    products: catalog,
    history: new ShopperHistory(),
    now: () => NOW,
  });
  const caseOffers = new CaseOffers({
    offers,
    catalog: () => OFFERS,
    storage,
    cart: async () => ({ lines: cart }),
    events: log,
    now: () => NOW,
  });
  return { offers, caseOffers, events: log.events };
}

test('lists every catalog offer with its verdict for the cart', async () => {
  const { caseOffers } = setup();
  expect(await caseOffers.options(shopper)).toEqual([
    expect.objectContaining({ id: 'ten-off', eligible: true, discountCents: 2000 }),
    expect.objectContaining({ id: 'big-basket', eligible: false, reason: expect.stringMatching(/minimum/) }),
    expect.objectContaining({ id: 'old-sale', eligible: false, reason: 'the offer has ended' }),
  ]);
});

test.each([
  ['unknown offer', 'no-such-offer', 'unknownOffer'],
  ['below the minimum', 'big-basket', 'min_cart_value'],
  ['out of its dates', 'old-sale', 'ended'],
])('refuses a grant: %s', async (_, offerId, problem) => {
  const { caseOffers, events } = setup();
  expect(await caseOffers.grant(shopper, offerId, 'conv-1')).toEqual({ ok: false, problem });
  expect(events).toEqual([]);
});

test('an empty cart gets nothing: the offer would take nothing off', async () => {
  const { caseOffers } = setup([]);
  expect(await caseOffers.grant(shopper, 'ten-off', 'conv-1')).toEqual({ ok: false, problem: 'worthless' });
});

test('grants a single-use coupon once per the offer limit, records offer_shown from the agent', async () => {
  const { caseOffers, offers, events } = setup();
  const granted = await caseOffers.grant({ ...shopper, name: 'Jo' } as typeof shopper, 'ten-off', 'conv-1');
  expect(granted).toMatchObject({ ok: true, coupon: { offerId: 'ten-off', title: '10% off' } });
  const code = granted.ok ? granted.coupon.code : '';
  expect(await offers.coupons.get(code)).toMatchObject({ shopper, status: 'issued', moment: 'agent' });
  expect(events).toEqual([
    {
      type: 'offer_shown',
      offerId: 'ten-off',
      source: 'agent',
      shopper,
      conversationId: 'conv-1',
      at: NOW.toISOString(),
    },
  ]);
  expect(await caseOffers.grant(shopper, 'ten-off', 'conv-1')).toEqual({
    ok: false,
    problem: 'per_shopper_limit',
  });
  const basket = offers.basket([{ productId: 'JKT-0001', unitCents: 20000, quantity: 1 }]);
  expect(await offers.check(shopper, code, basket)).toMatchObject({ ok: true, discountCents: 2000 });
});

test('the "Offers given" section: profile summary, then coupons newest first with their progress', async () => {
  const { caseOffers, offers } = setup();
  const granted = await caseOffers.grant(shopper, 'ten-off', 'conv-1');
  const code = granted.ok ? granted.coupon.code : '';
  await offers.accept(shopper, code);
  await offers.redeem(shopper, code, 'checkout-1', 2000);
  await offers.orderPlaced(shopper, '10042', 18000, code);
  const unused = { get: async () => undefined, set: async () => undefined, delete: async () => undefined };
  const providers = contextProviders({
    signals: unused,
    shopContext: unused,
    catalog,
    offers: async () => caseOffers.summary(shopper),
  } as unknown as ContextSources);
  const section = providers.find((p) => p.title === 'Offers given')!;
  expect(await section.collect({} as TurnContext)).toEqual([
    {
      label: 'Profile',
      value: 'segment new · lifecycle new · 0 orders · offers on · proactive off',
    },
    {
      label: `10% off (${code})`,
      value: `redeemed · given by an agent · issued 2026-11-01 · $20.00 off on order 10042`,
    },
  ]);
});

test('without the offers service the section says so', async () => {
  const unused = { get: async () => undefined };
  const providers = contextProviders({
    signals: unused,
    shopContext: unused,
    catalog,
  } as unknown as ContextSources);
  const section = providers.find((p) => p.title === 'Offers given')!;
  expect(section.empty).toMatch(/not connected/);
});
