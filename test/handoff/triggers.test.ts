import {
  emptySignals,
  escalationFor,
  isBackToBot,
  nextSignals,
  ratingIn,
  type TurnSignal,
} from '../../src/handoff/triggers';
import { frustration } from '../../src/nlu/sentiment';

const turn = (text: string, intent = 'product_search', extra: Partial<TurnSignal> = {}): TurnSignal => ({
  text,
  intent,
  score: 0.9,
  frustration: frustration(text).score,
  ...extra,
});

/** Runs turns through the signals and returns the reason of the last one's escalation, if any. */
function lastEscalation(turns: TurnSignal[]): string | undefined {
  let signals = emptySignals();
  let reason: string | undefined;
  for (const t of turns) {
    signals = nextSignals(signals, t, '2026-01-01T10:00:00.000Z');
    reason = escalationFor(t, signals)?.reason;
  }
  return reason;
}

test.each([
  ['an explicit request', [turn('can I talk to a human', 'talk_to_human')], 'requested'],
  ['the button title, whatever the NLU says', [turn('Talk to a person', 'none')], 'requested'],
  [
    'two misunderstandings in a row',
    [turn('flibber', 'none'), turn('wobble the jib', 'none')],
    'misunderstood',
  ],
  ['one misunderstanding', [turn('flibber', 'none')], undefined],
  [
    'answers to a waiting prompt, unrecognised but not misunderstood',
    [
      turn('Jane Doe, 1 Main St, Springfield, IL 62704, US', 'none', { inFlow: true }),
      turn('Changed my mind', 'none', { inFlow: true }),
    ],
    undefined,
  ],
  [
    'a prompt answer between two misunderstandings breaks the row',
    [turn('flibber', 'none'), turn('standard', 'none', { inFlow: true }), turn('wobble', 'none')],
    undefined,
  ],
  [
    'misunderstandings not in a row',
    [turn('flibber', 'none'), turn('tents'), turn('wobble', 'none')],
    undefined,
  ],
  ['strong frustration', [turn('this is useless, what a waste of time')], 'frustrated'],
  ['a frustrated shout', [turn('WORST BOT EVER!!!')], 'frustrated'],
  ['a mild complaint', [turn('my tent arrived a bit late', 'complaint')], undefined],
  ['an ordinary question', [turn('show me waterproof jackets')], undefined],
])('%s → %s', (_name, turns, expected) => {
  expect(lastEscalation(turns)).toBe(expected);
});

test('frustrated shoppers get high priority; the detail names the misunderstood messages', () => {
  let signals = emptySignals();
  for (const t of [turn('flibber', 'none'), turn('wobble', 'none')]) signals = nextSignals(signals, t, 'now');
  expect(escalationFor(turn('wobble', 'none'), signals)).toMatchObject({ detail: 'flibber / wobble' });
  expect(escalationFor(turn('you are useless'), emptySignals())).toMatchObject({ priority: 'high' });
});

test('signals keep the last few NLU results for the agent', () => {
  let signals = emptySignals();
  for (let i = 0; i < 12; i++) signals = nextSignals(signals, turn(`m${i}`), 'now');
  expect(signals.recent.map((r) => r.text)).toEqual(['m4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11']);
});

test.each([
  ['back to the bot', true],
  ['Back to the bot', true],
  ['take me back to the bot!', true],
  ['cancel the handoff', true],
  ['is the tent back in stock', false],
  ['the bot was no help', false],
])('isBackToBot(%j) → %s', (text, expected) => {
  expect(isBackToBot(text)).toBe(expected);
});

test.each([
  ['5 ★', 5],
  ['4', 4],
  ['3 stars', 3],
  ['rate 2/5', 2],
  ['★★★★', 4],
  ['6', undefined],
  ['4 tents', undefined],
])('ratingIn(%j) → %s', (text, expected) => {
  expect(ratingIn(text)).toBe(expected);
});
