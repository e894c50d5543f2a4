// Order status and cancel without a number, through the real bot: the shopper's only order is shown at
// once; with several, the latest are offered as buttons; "cancel my order" while it asks switches to
// cancelling. And "add 2 merino socks" with no one product lists the matches to pick from.
import type { Activity } from 'botbuilder';
import { makeTestShopkeeper, replyText, TestConversation } from '../helpers/testShopkeeper';

jest.setTimeout(60_000);

let env: Awaited<ReturnType<typeof makeTestShopkeeper>>;
beforeAll(async () => {
  env = await makeTestShopkeeper();
});
afterAll(() => env.cleanup());

const ADDRESS = 'Jane Doe, 12 Pine St, Portland, OR 97201, US';
const buttons = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.suggestedActions?.actions.map((a) => a.title) ?? []);

async function order(c: TestConversation, add: string): Promise<string> {
  await c.say(add);
  const asked = replyText(await c.say('checkout'));
  await c.say(/same address/i.test(asked) ? 'yes' : ADDRESS);
  await c.say('standard');
  const number = /order \*\*(\d+)\*\* is placed/.exec(replyText(await c.say('yes')))?.[1];
  expect(number).toBeDefined();
  return number!;
}

test('the only order is shown at once; several are offered as buttons; cancel switches mode', async () => {
  const c = new TestConversation(env.core, { conversationId: 'os-1', userId: 'orders-1' });
  expect(replyText(await c.say('where is my order'))).toMatch(/What's the order number/);
  await c.say('cancel');
  const first = await order(c, 'add the ridgeline jacket in black size L');
  expect(replyText(await c.say('where is my order'))).toMatch(
    new RegExp(`Order \\*\\*${first}\\*\\*.+waiting for payment`),
  );
  const second = await order(c, 'add the summit 3 tent in black to my cart');
  const which = await c.say('where is my order');
  expect(replyText(which)).toMatch(/Which order\?/);
  expect(buttons(which)).toEqual([second, first]);
  const switched = await c.say('cancel my order');
  expect(buttons(switched)).toEqual([second, first]);
  expect(replyText(await c.say(first))).toMatch(new RegExp(`Cancel order \\*\\*${first}\\*\\*`));
  expect(replyText(await c.say('yes'))).toMatch(new RegExp(`${first}\\*\\* is cancelled`));
});

test('"add 2 merino socks" with no one product lists the matches, each with Add to cart', async () => {
  const c = new TestConversation(env.core, { conversationId: 'os-2' });
  const replies = await c.say('add 2 merino socks to my cart');
  expect(replyText(replies)).toMatch(/Which one would you like\? Tap \*\*Add to cart\*\*[\s\S]+matches/);
  const cards = replies.flatMap((r) => r.attachments ?? []);
  expect(cards.length).toBeGreaterThan(0);
  expect(JSON.stringify(cards[0].content)).toMatch(/Add to cart/);
  expect(JSON.stringify(cards[0].content)).toMatch(/Sock/i);
});
