// Feedback through the whole bot: asked for (or taken at once when the message is the feedback),
// recorded as a `feedback` event in the event log (where the store owner reads it), thanked; cancel
// while it waits records nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asksToGiveFeedback } from '../../dialogs/feedbackDialog';
import { makeTestShopkeeper, replyText, TestConversation } from '../helpers/testShopkeeper';

jest.setTimeout(60_000);

let env: Awaited<ReturnType<typeof makeTestShopkeeper>>;
beforeAll(async () => {
  env = await makeTestShopkeeper();
});
afterAll(() => env.cleanup());

const feedbackEvents = () =>
  readFileSync(join(env.dataDir, 'events.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { type: string; query?: string; conversationId: string })
    .filter((e) => e.type === 'feedback');

test('feedback is asked for, recorded with the conversation, and thanked', async () => {
  const c = new TestConversation(env.core, { conversationId: 'fb-1' });
  expect(replyText(await c.say('I want to give feedback'))).toMatch(/What would you like to tell/);
  expect(replyText(await c.say('Please stock wider boots'))).toMatch(/thank/i);
  expect(feedbackEvents()).toEqual([
    expect.objectContaining({ query: 'Please stock wider boots', conversationId: 'fb-1', source: 'message' }),
  ]);
});

test('cancelling while the bot waits for feedback records nothing', async () => {
  const c = new TestConversation(env.core, { conversationId: 'fb-2' });
  expect(replyText(await c.say('can I leave some feedback?'))).toMatch(/What would you like to tell/);
  expect(replyText(await c.say('cancel'))).toMatch(/stopped that|cancel/i);
  expect(feedbackEvents().filter((e) => e.conversationId === 'fb-2')).toEqual([]);
});

test('a message that is the feedback is recorded at once', async () => {
  const c = new TestConversation(env.core, { conversationId: 'fb-3' });
  expect(replyText(await c.say('this chat is great'))).toMatch(/thank/i);
  expect(
    feedbackEvents()
      .filter((e) => e.conversationId === 'fb-3')
      .map((e) => e.query),
  ).toEqual(['this chat is great']);
});

test.each([
  ['I want to give feedback', true],
  ['can I leave some feedback?', true],
  ['I have a suggestion', true],
  ['feedback', true],
  ['this chat is great', false],
  ['feedback: the search is slow', false],
  ['I have some feedback about delivery times being too long', false],
])('"%s" only asks to give feedback: %s', (text, expected) => {
  expect(asksToGiveFeedback(text)).toBe(expected);
});
