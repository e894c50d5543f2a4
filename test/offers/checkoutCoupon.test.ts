// Coupons in the real bot's checkout: the discount on the summary and the order, and one code used once
// when two conversations of the same shopper confirm at the same moment.
import { makeTestShopkeeper, replyText, TestConversation } from '../helpers/testShopkeeper';

jest.setTimeout(60_000);

const ADDRESS = 'Jane Doe, 12 Pine St, Portland, OR 97201, US';

async function toConfirm(c: TestConversation, checkoutText = 'checkout') {
  const asked = replyText(await c.say(checkoutText));
  if (/same address/i.test(asked)) await c.say('yes');
  else await c.say(ADDRESS);
  return replyText(await c.say('standard'));
}

describe('coupons at checkout', () => {
  let env: Awaited<ReturnType<typeof makeTestShopkeeper>>;
  beforeAll(async () => {
    env = await makeTestShopkeeper();
  });
  afterAll(() => env.cleanup());

  const summitTent = () => env.core.shop.products().find((p) => p.name === 'Summit 3 Tent')!;

  /** A welcome-10 coupon granted to the shopper for a cart of one Summit 3 Tent. */
  async function grantWelcome(shopper: { channelId: string; userId: string }) {
    const tent = summitTent();
    const basket = env.core.offers.basket([
      { productId: tent.id, unitCents: Math.round(tent.price * 100), quantity: 1 },
    ]);
    const coupon = await env.core.offers.grant(shopper, 'welcome-10', basket);
    expect(coupon).toBeDefined();
    return coupon!;
  }

  it('takes a granted coupon off the summary and the order total, once', async () => {
    const shopper = { channelId: 'directline', userId: 'coupon-1' };
    const c = new TestConversation(env.core, { conversationId: 'cc1', userId: 'coupon-1' });
    await c.say('add the summit 3 tent in black to my cart');
    const tent = summitTent();
    const coupon = await grantWelcome(shopper);
    const summary = await toConfirm(c);
    const saving = Math.round(tent.price * 10) / 100;
    expect(summary).toContain(`Code **${coupon.code}**`);
    expect(summary).toMatch(new RegExp(`Discount \\(code ${coupon.code}\\) −\\$${saving.toFixed(2)}`));
    const placed = replyText(await c.say('yes'));
    const total = (tent.price - saving).toFixed(2);
    expect(placed).toMatch(new RegExp(`is placed — \\$${total.replace('.', '\\.')}`));
    expect(await env.core.offers.coupons.get(coupon.code)).toMatchObject({ status: 'redeemed' });
    expect((await env.core.offers.attribution())['welcome-10']).toMatchObject({
      shown: 1,
      accepted: 1,
      redeemed: 1,
    });
  });

  it('a code typed at the summary shows the summary again with it, and the order takes it', async () => {
    const shopper = { channelId: 'directline', userId: 'coupon-3' };
    const c = new TestConversation(env.core, { conversationId: 'cc3', userId: 'coupon-3' });
    await c.say('add the summit 3 tent in black to my cart');
    const before = await toConfirm(c);
    expect(before).not.toMatch(/Discount \(code/);
    const tent = summitTent();
    const coupon = await grantWelcome(shopper);
    const again = replyText(await c.say(`oh wait, use ${coupon.code}`));
    const saving = Math.round(tent.price * 10) / 100;
    expect(again).toMatch(
      new RegExp(
        `Discount \\(code ${coupon.code}\\) −\\$${saving.toFixed(2)}[\\s\\S]+Shall I place this order`,
      ),
    );
    const placed = replyText(await c.say('yes'));
    expect(placed).toMatch(
      new RegExp(`is placed — \\$${(tent.price - saving).toFixed(2).replace('.', '\\.')}`),
    );
  });

  it('lets one of two racing checkouts use the code; the other places nothing', async () => {
    const shopper = { channelId: 'directline', userId: 'coupon-2' };
    const a = new TestConversation(env.core, { conversationId: 'race-a', userId: 'coupon-2' });
    const b = new TestConversation(env.core, { conversationId: 'race-b', userId: 'coupon-2' });
    await a.say('add the summit 3 tent in black to my cart');
    const coupon = await grantWelcome(shopper);
    const typed = `checkout with code ${coupon.code.toLowerCase()}`;
    expect(await toConfirm(a, typed)).toContain(coupon.code);
    expect(await toConfirm(b, typed)).toContain(coupon.code);
    const redeemedBefore = (await env.core.offers.attribution())['welcome-10'].redeemed;
    const [ra, rb] = await Promise.all([a.say('yes'), b.say('yes')]);
    const texts = [replyText(ra), replyText(rb)];
    expect(texts.filter((t) => /is placed/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /already used/.test(t))).toHaveLength(1);
    expect((await env.core.offers.attribution())['welcome-10'].redeemed).toBe(redeemedBefore + 1);
  });
});
