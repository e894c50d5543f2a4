// The question → fact tables (products, store) through the whole bot (NLU, dialogs, answers, templates): every case
// in its own conversation; the reply must contain the fact, not a whole fixed sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTestShopkeeper, TestConversation } from '../helpers/testShopkeeper';

interface FactCase {
  before?: string[];
  ask: string;
  fact: string;
  /** Why this case is not answered correctly yet: it runs as an expected failure. */
  knownGap?: string;
}
const read = (file: string) =>
  (JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as { cases: FactCase[] }).cases;
const productCases = read('productQuestions.json');
const table = { cases: [...productCases, ...read('storeQuestions.json')] };

/** Every string value inside a card, one per line. */
function cardStrings(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(cardStrings).join('\n');
  if (node && typeof node === 'object') return Object.values(node).map(cardStrings).join('\n');
  return '';
}

let env: Awaited<ReturnType<typeof makeTestShopkeeper>>;
beforeAll(async () => {
  env = await makeTestShopkeeper();
});
afterAll(async () => env.cleanup());

it('has at least 60 cases, most about products', () => {
  expect(table.cases.length).toBeGreaterThanOrEqual(60);
  expect(productCases.length).toBeGreaterThanOrEqual(50);
});

describe.each(table.cases.map((c, i) => [i + 1, c] as const))('case %i', (i, c) => {
  const run = c.knownGap ? it.failing : it;
  run(
    `${c.before ? `${c.before.join(' → ')} → ` : ''}${c.ask}${c.knownGap ? ` (known gap: ${c.knownGap})` : ''}`,
    async () => {
      const conversation = new TestConversation(env.core, { conversationId: `fact-${i}` });
      for (const message of c.before ?? []) await conversation.say(message);
      const replies = await conversation.say(c.ask);
      // The reply's words: message text and every string inside its cards.
      const text = replies
        .map((r) => [r.text ?? '', ...(r.attachments ?? []).map((a) => cardStrings(a.content))].join('\n'))
        .join('\n');
      expect(text).toMatch(new RegExp(c.fact));
    },
  );
});
