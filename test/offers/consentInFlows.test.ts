// "Stop sending me offers" and alert requests from inside a flow (add to cart, checkout): answered by
// the shared interruptions, stored, and the flow asks its question again and goes on.
import { makeTestShopkeeper, replyText, TestConversation } from '../helpers/testShopkeeper';

jest.setTimeout(60_000);

const ADDRESS = 'Jane Doe, 12 Pine St, Portland, OR 97201, US';

describe('consent inside flows', () => {
  let env: Awaited<ReturnType<typeof makeTestShopkeeper>>;
  beforeAll(async () => {
    env = await makeTestShopkeeper();
  });
  afterAll(() => env.cleanup());

  it('in add to cart: opted out, then the variant question again, then the add', async () => {
    const c = new TestConversation(env.core, { conversationId: 'flow-c1', userId: 'flow-1' });
    const asked = replyText(await c.say('add the summit 3 tent to my cart'));
    expect(asked).toMatch(/colou?r/i);
    const reply = replyText(await c.say('stop sending me offers'));
    expect(reply).toMatch(/no more offers/);
    expect(reply).toMatch(/colou?r/i); // the question again
    expect(await env.core.offers.consent({ channelId: 'directline', userId: 'flow-1' })).toEqual({
      offers: false,
      proactive: false,
    });
    expect(replyText(await c.say('black'))).toMatch(/Summit 3 Tent/);
  });

  it('in checkout: an alert request at the address question is answered, then the question again', async () => {
    const c = new TestConversation(env.core, { conversationId: 'flow-c3', userId: 'flow-3' });
    await c.say('add the summit 3 tent in black to my cart');
    const asked = replyText(await c.say('checkout'));
    const reply = replyText(await c.say('tell me when the ridgeline jacket is back in blue size M'));
    expect(reply).toMatch(/Ridgeline Shell Jacket/);
    expect(reply).toMatch(/in stock|let you know|tell you/i);
    expect(reply.split('\n').slice(1).join('\n')).toContain(asked.split('\n').pop()); // re-asked
    if (/same address/i.test(asked)) await c.say('yes');
    else await c.say(ADDRESS);
    expect(replyText(await c.say('standard'))).toMatch(/Shall I place this order/);
  });

  it('in checkout: opted out at the address question, then the order is placed', async () => {
    const c = new TestConversation(env.core, { conversationId: 'flow-c2', userId: 'flow-2' });
    await c.say('add the summit 3 tent in black to my cart');
    const asked = replyText(await c.say('checkout'));
    const reply = replyText(await c.say('stop sending me offers'));
    expect(reply).toMatch(/no more offers/);
    expect(reply.split('\n').slice(1).join('\n')).toContain(asked.split('\n').pop()); // re-asked
    expect((await env.core.offers.consent({ channelId: 'directline', userId: 'flow-2' })).offers).toBe(false);
    if (/same address/i.test(asked)) await c.say('yes');
    else await c.say(ADDRESS);
    const summary = replyText(await c.say('standard'));
    expect(summary).not.toMatch(/🎁/); // no offer made to a shopper who opted out
    expect(replyText(await c.say('yes'))).toMatch(/is placed/);
  });
});
