// Every list a shopper is shown by searching, refining or going back is recorded as a `search` event.
import { join } from 'node:path';
import { JsonlEventLog } from '../../src/events/eventLog';
import { makeTestShopkeeper, TestConversation } from '../helpers/testShopkeeper';

let env: Awaited<ReturnType<typeof makeTestShopkeeper>>;
beforeAll(async () => {
  env = await makeTestShopkeeper();
});
afterAll(async () => env.cleanup());

it('records a search event per search, refinement and go back, with what was shown', async () => {
  const conversation = new TestConversation(env.core, { conversationId: 'events-1' });
  for (const text of [
    'show me tents',
    'only 2-person',
    'under $500',
    'cheaper',
    'go back',
    'more like the first one',
  ])
    await conversation.say(text);
  const events = await new JsonlEventLog(join(env.dataDir, 'events.jsonl')).read();
  const searches = events.filter((e) => e.type === 'search' && e.conversationId === 'events-1');
  expect(searches.map((e) => [e.source, e.query])).toEqual([
    ['message', 'tents'],
    ['refine', 'tents, 2-person'],
    ['refine', 'tents, 2-person, up to $500'],
    ['refine', 'tents, 2-person, up to $500, cheapest first'],
    ['back', 'tents, 2-person, up to $500'],
    ['refine', expect.stringMatching(/^like TNT-\d{4}, tents, 2-person, up to \$500$/)],
  ]);
  for (const e of searches) expect(e.productIds?.length).toBeGreaterThan(0);
});
