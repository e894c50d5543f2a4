// Offers at dialog moments, with fake services: after a list that got no add (on the next search), and
// for a returning shopper at the welcome — only when the policy picks one.
import type { TurnContext } from 'botbuilder';
import { abandonedCartOffer, searchNoAddOffer, welcomeBackOffer } from '../../dialogs/offerMoments';
import type { ShoppingServices } from '../../dialogs/shoppingServices';
import type { ShopContext } from '../../dialogs/shopContext';
import { makeTestShopkeeper, replyText, TestConversation } from '../helpers/testShopkeeper';

jest.setTimeout(60_000);

const PICK = {
  offer: { id: 'welcome-10', title: '10% off your first order' },
  coupon: { code: 'SK-AAAA-BBBB-CCCC', expiresAt: '2026-12-09T00:00:00Z' },
  discountCents: 1500,
  reason: { code: 'first_order' },
};

function fakes(inCart: string[], pick: unknown) {
  const choose = jest.fn(async () => pick);
  const sent: string[] = [];
  const shopping = {
    cart: {
      view: async () => ({
        lines: inCart.map((productId) => ({ productId, unitCents: 1000, quantity: 1 })),
        itemCount: inCart.length,
        totalCents: 1000 * inCart.length,
      }),
    },
    events: { record: async () => undefined },
    offers: { choose, basket: () => ({}) },
  } as unknown as ShoppingServices;
  const context = {
    activity: { channelId: 'directline', from: { id: 'm-1' }, conversation: { id: 'm-c1' } },
    sendActivity: async (text: string) => void sent.push(text),
  } as unknown as TurnContext;
  return { shopping, context, choose, sent };
}

const shown = (ids: string[]): ShopContext => ({ lastResults: ids, lastListKind: 'search' });

describe('the abandoned-cart moment', () => {
  const cart = { lines: [{ productId: 'TNT-0001', unitCents: 46499, quantity: 1 }] };
  const shopper = { channelId: 'directline', userId: 'm-2' };

  it('asks the policy with the cart as the basket and words its pick with the code', async () => {
    const basket = jest.fn(() => ({ lines: 1 }));
    const choose = jest.fn(async () => PICK);
    const line = await abandonedCartOffer(shopper, { choose, basket } as never, cart);
    expect(basket).toHaveBeenCalledWith([{ productId: 'TNT-0001', unitCents: 46499, quantity: 1 }]);
    expect(choose).toHaveBeenCalledWith(shopper, 'abandoned_cart', { lines: 1 });
    expect(line).toContain('SK-AAAA-BBBB-CCCC');
  });

  it('adds nothing when the policy picks no offer', async () => {
    const offers = { choose: async () => undefined, basket: () => ({}) };
    expect(await abandonedCartOffer(shopper, offers as never, cart)).toBeUndefined();
  });
});

describe('offer moments', () => {
  it.each([
    ['a list with no add → the policy is asked', shown(['A', 'B']), [], true],
    ['a product of the list in the cart → not asked', shown(['A', 'B']), ['B'], false],
    ['no list before → not asked', shown([]), [], false],
    [
      'recommendations, not a search → not asked',
      { ...shown(['A']), lastListKind: 'recommendation' },
      [],
      false,
    ],
  ] as const)('%s', async (_name, shop, cart, asked) => {
    const { shopping, context, choose } = fakes([...cart], PICK);
    const line = await searchNoAddOffer(context, shop as ShopContext, shopping);
    expect(choose).toHaveBeenCalledTimes(asked ? 1 : 0);
    if (asked) {
      expect(choose).toHaveBeenCalledWith({ channelId: 'directline', userId: 'm-1' }, 'search_no_add', {});
      expect(line).toContain('SK-AAAA-BBBB-CCCC');
    } else expect(line).toBeUndefined();
  });

  it('"no offer" from the policy says nothing', async () => {
    const { shopping, context } = fakes([], undefined);
    expect(await searchNoAddOffer(context, shown(['A']), shopping)).toBeUndefined();
  });

  it('a returning shopper gets the offer the policy picks, or nothing', async () => {
    const made = fakes([], PICK);
    await welcomeBackOffer(made.context, made.shopping);
    expect(made.choose).toHaveBeenCalledWith(expect.anything(), 'returning', {});
    expect(made.sent).toEqual([expect.stringContaining('SK-AAAA-BBBB-CCCC')]);
    const none = fakes([], undefined);
    await welcomeBackOffer(none.context, none.shopping);
    expect(none.sent).toEqual([]);
  });

  it('in the real bot: a second search after no add, and a welcome back, still answer (fresh policy: no offer)', async () => {
    const env = await makeTestShopkeeper();
    try {
      const c = new TestConversation(env.core, { conversationId: 'm-c2', userId: 'm-2' });
      await c.join();
      await c.say('show me tents');
      expect(replyText(await c.say('show me sleeping bags'))).toMatch(/matches/);
      const again = new TestConversation(env.core, { conversationId: 'm-c3', userId: 'm-2' });
      expect(replyText(await again.join())).toMatch(/Welcome back/);
    } finally {
      await env.cleanup();
    }
  });
});
