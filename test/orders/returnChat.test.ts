// Returns through the real bot: an order placed in the chat, marked delivered by writing its Storage
// document (chat orders start awaiting payment), then the return conversation.
import { orderKey } from '../../src/orders/orderRecord';
import { makeTestShopkeeper, replyText, TestConversation } from '../helpers/testShopkeeper';

jest.setTimeout(60_000);

const ADDRESS = 'Jane Doe, 12 Pine St, Portland, OR 97201, US';
const DAY_MS = 86_400_000;

describe('returns in the chat', () => {
  let env: Awaited<ReturnType<typeof makeTestShopkeeper>>;
  beforeAll(async () => {
    env = await makeTestShopkeeper();
  });
  afterAll(() => env.cleanup());

  /** Places an order of what `adds` put in the cart; returns its number. */
  async function placeOrder(c: TestConversation, adds: string[]): Promise<string> {
    for (const add of adds) await c.say(add);
    const asked = replyText(await c.say('checkout'));
    await c.say(/same address/i.test(asked) ? 'yes' : ADDRESS);
    await c.say('standard');
    const placed = replyText(await c.say('yes'));
    const number = placed.match(/order \*\*(\d+)\*\* is placed/)?.[1];
    expect(number).toBeDefined();
    return number!;
  }

  /** Marks an order delivered `daysAgo` days ago, as the warehouse would. */
  async function deliver(number: string, daysAgo: number) {
    const key = orderKey(number);
    const order = (await env.core.storage.read([key]))[key];
    const deliveredAt = new Date(Date.now() - daysAgo * DAY_MS).toISOString();
    await env.core.storage.write({ [key]: { ...order, status: 'delivered', deliveredAt, eTag: '*' } });
  }

  it('starts a return: reason, item, summary, yes → return number and what happens next; once', async () => {
    const c = new TestConversation(env.core, { conversationId: 'ret-1', userId: 'returner-1' });
    const number = await placeOrder(c, [
      'add the summit 3 tent in black to my cart',
      'add 2 ridgeline shell jackets in black size M',
    ]);
    await deliver(number, 10);
    const reasons = await c.say(`I want to return order ${number}`);
    expect(replyText(reasons)).toContain(`returning order **${number}**`);
    expect(reasons[0].suggestedActions?.actions.map((a) => a.title)).toContain("Doesn't fit");
    const items = await c.say("Doesn't fit");
    expect(replyText(items)).toContain(`order **${number}** are you returning`);
    expect(items[0].suggestedActions?.actions.map((a) => a.title)).toEqual([
      '1 × Summit 3 Tent',
      '2 × Ridgeline Shell Jacket',
      'All items',
    ]);
    const summary = replyText(await c.say('2 × Ridgeline Shell Jacket'));
    expect(summary).toMatch(
      /Return from order \*\*\d+\*\*: 2 × Ridgeline Shell Jacket — reason: Doesn't fit/,
    );
    const started = replyText(await c.say('yes'));
    expect(started).toContain(`return **R${number}** for order **${number}** is started: 2 × Ridgeline`);
    expect(started).toMatch(/email you a prepaid return label/);
    const again = replyText(await c.say(`start a return for order ${number}`));
    expect(again).toContain(`already started a return for order **${number}**: return **R${number}**`);
    const status = replyText(await c.say(`where is my order ${number}?`));
    expect(status).toMatch(
      new RegExp(`was delivered: .*A return \\(\\*\\*R${number}\\*\\*\\) was started on \\d{4}-`),
    );
    const key = orderKey(number);
    const stored = (await env.core.storage.read([key]))[key] as { returnRequest?: unknown };
    expect(stored.returnRequest).toMatchObject({
      returnNumber: `R${number}`,
      reason: 'doesnt_fit',
      lines: [{ quantity: 2 }],
    });
  });

  it('asks for the number when the message has none; one-line orders skip the items question', async () => {
    const c = new TestConversation(env.core, { conversationId: 'ret-2', userId: 'returner-2' });
    const number = await placeOrder(c, ['add the summit 3 tent in black to my cart']);
    await deliver(number, 3);
    expect(replyText(await c.say('I want to return my order'))).toMatch(/order number/);
    expect(replyText(await c.say(`it's ${number}`))).toContain(`returning order **${number}**`);
    expect(replyText(await c.say('Damaged or faulty'))).toMatch(
      /1 × Summit 3 Tent — reason: Damaged or faulty/,
    );
    expect(replyText(await c.say('no'))).toContain(`haven't started a return for order **${number}**`);
  });

  it('answers a store question while it waits, asks again, and takes a reason as a reason', async () => {
    const c = new TestConversation(env.core, { conversationId: 'ret-aside', userId: 'returner-aside' });
    const number = await placeOrder(c, ['add the summit 3 tent in black to my cart']);
    await deliver(number, 3);
    expect(replyText(await c.say('I want to return my order'))).toMatch(/order number/);
    const aside = replyText(await c.say('how long does shipping to canada take?'));
    expect(aside).toMatch(/5–8 business days[\s\S]+order number/);
    // While the number is asked, a question about returns is answered too.
    const policy = replyText(await c.say('can I return worn boots?'));
    expect(policy).toMatch(/Trail Promise[\s\S]+order number/);
    expect(replyText(await c.say(number))).toContain(`returning order **${number}**`);
    // A reason typed in words reads like a question about returns; it stays the answer to the question.
    expect(replyText(await c.say("it doesn't fit"))).toMatch(/1 × Summit 3 Tent — reason: Doesn't fit/);
  });

  it('outside the window: the policy from the FAQ, and a person offered', async () => {
    const c = new TestConversation(env.core, { conversationId: 'ret-3', userId: 'returner-3' });
    const number = await placeOrder(c, ['add the summit 3 tent in black to my cart']);
    await deliver(number, 61);
    const reply = replyText(await c.say(`return order ${number}`));
    expect(reply).toContain('outside our return window');
    expect(reply).toContain('within 60 days of delivery'); // the FAQ's return-policy answer
    expect(reply).toMatch(/person from our team/);
    // No staff configured in this bot: accepting says nobody can come rather than going quiet.
    expect(replyText(await c.say('yes'))).toMatch(/can't bring in a person/);
  });

  it('not delivered yet: said so, and cancelling offered while it has not shipped', async () => {
    const c = new TestConversation(env.core, { conversationId: 'ret-4', userId: 'returner-4' });
    const number = await placeOrder(c, ['add the summit 3 tent in black to my cart']);
    const replies = await c.say(`return order ${number}`);
    expect(replyText(replies)).toMatch(/hasn't been delivered yet.+cancel order/);
    expect(replies[0].suggestedActions?.actions.map((a) => a.title)).toEqual([`Cancel order ${number}`]);
  });

  it('someone else\'s number, or an unknown one: the same "can\'t find"', async () => {
    const owner = new TestConversation(env.core, { conversationId: 'ret-5', userId: 'returner-5' });
    const number = await placeOrder(owner, ['add the summit 3 tent in black to my cart']);
    await deliver(number, 2);
    const other = new TestConversation(env.core, { conversationId: 'ret-6', userId: 'someone-else' });
    expect(replyText(await other.say(`return order ${number}`))).toContain(`can't find an order ${number}`);
    expect(replyText(await other.say('return order 10234'))).toContain("can't find an order 10234");
  });

  it('a question about returns still gets the FAQ answer', async () => {
    const c = new TestConversation(env.core, { conversationId: 'ret-7', userId: 'returner-7' });
    expect(replyText(await c.say('how long do I have to return something'))).toMatch(/60 days of delivery/);
  });
});
