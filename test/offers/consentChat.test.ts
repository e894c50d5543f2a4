// Consent and the profile in the real bot's chat.
import { makeTestShopkeeper, replyText, TestConversation } from '../helpers/testShopkeeper';

jest.setTimeout(60_000);

describe('consent and profile in the chat', () => {
  let env: Awaited<ReturnType<typeof makeTestShopkeeper>>;
  beforeAll(async () => {
    env = await makeTestShopkeeper();
  });
  afterAll(() => env.cleanup());

  it('"stop sending me offers" is stored and honoured by every offer decision', async () => {
    const shopper = { channelId: 'directline', userId: 'consent-1' };
    const c = new TestConversation(env.core, { conversationId: 'consent-c1', userId: 'consent-1' });
    expect(replyText(await c.say('stop sending me offers'))).toMatch(/no more offers/);
    expect(await env.core.offers.consent(shopper)).toEqual({ offers: false, proactive: false });
    const tent = env.core.shop.products().find((p) => p.name === 'Summit 3 Tent')!;
    const basket = env.core.offers.basket([
      { productId: tent.id, unitCents: Math.round(tent.price * 100), quantity: 1 },
    ]);
    for (const moment of ['checkout', 'search_no_add', 'returning', 'abandoned_cart'] as const)
      expect(await env.core.offers.choose(shopper, moment, basket)).toBeUndefined();
    expect(replyText(await c.say('send me offers again'))).toMatch(/show you offers/);
    expect((await env.core.offers.consent(shopper)).offers).toBe(true);
  });

  it('"what do you know about me?" shows the profile built from the chat', async () => {
    const c = new TestConversation(env.core, { conversationId: 'consent-c2', userId: 'consent-2' });
    await c.say('add the summit 3 tent in black to my cart');
    const text = replyText(await c.say('what do you know about me?'));
    expect(text).toMatch(/what I know about you/);
    expect(text).toMatch(/Interests: tents/);
    expect(text).toMatch(/Orders: 0/);
    expect(text).toMatch(/Offers in the chat: yes · Alerts and reminders: no/);
  });
});
