// Proactive alerts through the real bot: "tell me when the blue one is back in size M" stores an alert,
// the stock comes back, one scheduler run sends the alert into the shopper's conversation through the
// adapter (continueConversationAsync); opted-out shoppers get nothing; quiet hours defer.
import type { Activity } from 'botbuilder';
import { CallbackAdapter } from '../../src/bot/callbackAdapter';
import { makeTestShopkeeper, replyText, TestConversation } from '../helpers/testShopkeeper';

jest.setTimeout(60_000);

const TEE = 'BSL-0002'; // Orion Merino Tee: Glacier Blue in M is out of stock in the seed
const BLUE_M = 'BSL-0002-GLB-M';
const NOON = new Date('2026-12-02T12:00:00Z');

describe('proactive alerts in the chat', () => {
  let env: Awaited<ReturnType<typeof makeTestShopkeeper>>;
  const inbox: Partial<Activity>[] = [];
  const variant = (sku: string) =>
    env.core.shop
      .products()
      .find((p) => p.id === TEE)!
      .variants.find((v) => v.sku === sku)!;
  const delivered = (conversationId: string) =>
    inbox.filter((a) => a.conversation?.id === conversationId).map((a) => a.text ?? '');

  beforeAll(async () => {
    env = await makeTestShopkeeper();
    // what continueConversationAsync sends to test conversations lands in `inbox`
    const adapter = env.core.prepareAdapter(new CallbackAdapter((a) => inbox.push(a)));
    env.core.handoff.messenger.register({ matches: (c) => c.serviceUrl === 'urn:test/', adapter, appId: '' });
  });
  afterAll(() => env.cleanup());
  afterEach(() => {
    variant(BLUE_M).stock = 0;
  });

  it('subscribes to a variant that is out of stock, and delivers the alert when it is back', async () => {
    const c = new TestConversation(env.core, { conversationId: 'alert-c1', userId: 'alert-1' });
    await c.say('show me the orion merino tee');
    await c.say('the first one');
    const reply = replyText(await c.say('tell me when the blue one is back in size M'));
    expect(reply).toMatch(/let you know/);
    expect(reply).toContain('Orion Merino Tee (Glacier Blue, M)');
    expect(await env.core.offers.consent({ channelId: 'directline', userId: 'alert-1' })).toMatchObject({
      proactive: true,
    });
    expect(await env.core.alerts.tick(NOON)).toMatchObject({ sent: 0 });
    variant(BLUE_M).stock = 4; // restocked
    expect(await env.core.alerts.tick(NOON)).toMatchObject({ sent: 1 });
    expect(delivered('alert-c1')).toEqual([
      expect.stringMatching(/Orion Merino Tee\*\* \(Glacier Blue, M\) is \*\*back in stock/),
    ]);
    expect(await env.core.alerts.tick(new Date('2026-12-04T12:00:00Z'))).toMatchObject({ sent: 0 }); // once
  });

  it('says so when the variant asked about is in stock, and watches the price of the product discussed', async () => {
    const c = new TestConversation(env.core, { conversationId: 'alert-c2', userId: 'alert-2' });
    await c.say('show me the orion merino tee');
    await c.say('the first one');
    expect(replyText(await c.say('let me know when it is back in olive in size L'))).toMatch(
      /in stock\*\* right now/,
    );
    expect(replyText(await c.say('notify me if the price drops'))).toMatch(
      /let you know\*\* if the price of the Orion Merino Tee drops below \$64\.99/,
    );
    const tee = env.core.shop.products().find((p) => p.id === TEE)!;
    tee.price = 49.99;
    try {
      expect(await env.core.alerts.tick(NOON)).toMatchObject({ sent: 1 });
    } finally {
      tee.price = 64.99;
    }
    expect(delivered('alert-c2')).toEqual([expect.stringMatching(/Price drop.*\$49\.99 \(was \$64\.99\)/)]);
  });

  it('an opted-out shopper is told how to turn alerts on, and is never messaged', async () => {
    const c = new TestConversation(env.core, { conversationId: 'alert-c3', userId: 'alert-3' });
    await c.say('stop sending me offers');
    await c.say('show me the orion merino tee');
    await c.say('the first one');
    expect(replyText(await c.say('tell me when the blue one is back in size M'))).toMatch(
      /turned offers and alerts off.*notify me about price drops/,
    );
    // even an alert stored before the opt-out is dropped, not sent
    await env.core.alerts.scheduler.subscribe({
      shopper: { channelId: 'directline', userId: 'alert-3' },
      reference: (await env.core.alerts.references.of({ channelId: 'directline', userId: 'alert-3' }))!,
      kind: 'back_in_stock',
      productId: TEE,
      skus: [BLUE_M],
      priceCents: 6499,
    });
    variant(BLUE_M).stock = 2;
    await env.core.alerts.tick(NOON);
    expect(delivered('alert-c3')).toEqual([]);
    expect((await env.core.alerts.scheduler.pending()).filter((s) => s.shopper.userId === 'alert-3')).toEqual(
      [],
    );
  });

  it('defers an alert due in quiet hours to the morning', async () => {
    const c = new TestConversation(env.core, { conversationId: 'alert-c4', userId: 'alert-4' });
    await c.say('show me the orion merino tee');
    // a list reference names the product
    expect(replyText(await c.say('tell me when the first one is back in blue in size M'))).toMatch(
      /let you know\*\* when the Orion Merino Tee \(Glacier Blue, M\)/,
    );
    variant(BLUE_M).stock = 1;
    expect(await env.core.alerts.tick(new Date('2026-12-02T23:00:00Z'))).toMatchObject({
      sent: 0,
      deferredQuiet: 1,
    });
    expect(delivered('alert-c4')).toEqual([]);
    expect(await env.core.alerts.tick(new Date('2026-12-03T08:05:00Z'))).toMatchObject({ sent: 1 });
    expect(delivered('alert-c4')).toHaveLength(1);
  });

  it('keeps the conversation reference of every shopper who writes, in Storage', async () => {
    const c = new TestConversation(env.core, { conversationId: 'alert-c5', userId: 'alert-5' });
    await c.say('hi');
    expect(await env.core.alerts.references.of({ channelId: 'directline', userId: 'alert-5' })).toMatchObject(
      {
        serviceUrl: 'urn:test/',
        conversation: { id: 'alert-c5' },
        user: { id: 'alert-5' },
      },
    );
  });
});
