// The order-problem trigger: a return outside the window, with staff configured, opens a case when the
// shopper accepts the person offered, and the shopper hears their place in the queue.
import { orderKey } from '../../src/orders/orderRecord';
import { Shopper, useHandoffCore, handoffEvents, texts } from './handoffHarness';

jest.setTimeout(60_000);

const harness = useHandoffCore();

it('a return outside the window → a person offered → yes → a case for the order problem, queue position', async () => {
  const shopper = new Shopper(harness(), 'late-return');
  await shopper.say('add the summit 3 tent in black to my cart');
  await shopper.say('checkout');
  await shopper.say('Jane Doe, 12 Pine St, Portland, OR 97201, US');
  await shopper.say('standard');
  const number = texts(await shopper.say('yes'))
    .join('\n')
    .match(/order \*\*(\d+)\*\* is placed/)![1];
  const key = orderKey(number);
  const order = (await harness().core.storage.read([key]))[key];
  const deliveredAt = new Date(Date.now() - 90 * 86_400_000).toISOString();
  await harness().core.storage.write({ [key]: { ...order, status: 'delivered', deliveredAt, eTag: '*' } });
  expect(texts(await shopper.say(`return order ${number}`)).join('\n')).toMatch(
    /outside our return window[\s\S]+person from our team/,
  );
  const accepted = await shopper.say('yes');
  expect(handoffEvents(accepted)).toContain('handoff.initiate');
  expect(texts(accepted).join('\n')).toMatch(/one for a person to sort out[\s\S]*number 1 in the queue/);
  const queued = await harness().core.handoff.service.cases.openCases();
  expect(queued.find((c) => c.reason === 'order_problem')?.detail).toContain(`return of order ${number}`);
});
