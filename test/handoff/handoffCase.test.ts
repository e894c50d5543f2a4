import {
  lastAgentActivity,
  transition,
  withLine,
  type CaseEvent,
  type HandoffCase,
} from '../../src/handoff/handoffCase';
import { aCase } from './fixtures';

const at = '2026-01-01T10:05:00.000Z';
const sam = { agentId: 'sam', agentName: 'Sam' };
const assignedToSam = aCase('assigned', { agentId: 'sam', agentName: 'Sam' });

// [from, event, expected state or error]
const table: [string, HandoffCase, CaseEvent, string][] = [
  ['queued + claim', aCase('queued'), { type: 'claim', ...sam, at }, 'assigned'],
  [
    'assigned + claim',
    assignedToSam,
    { type: 'claim', agentId: 'alex', agentName: 'Alex', at },
    'error:notQueued',
  ],
  ['assigned + hand back by holder', assignedToSam, { type: 'handBack', agentId: 'sam', at }, 'closed'],
  [
    'assigned + hand back by another agent',
    assignedToSam,
    { type: 'handBack', agentId: 'alex', at },
    'error:notHolder',
  ],
  ['assigned + close by holder', assignedToSam, { type: 'close', agentId: 'sam', at }, 'closed'],
  ['queued + close', aCase('queued'), { type: 'close', agentId: 'sam', at }, 'error:notHolder'],
  ['queued + shopper left', aCase('queued'), { type: 'shopperLeft', at }, 'abandoned'],
  ['assigned + shopper left', assignedToSam, { type: 'shopperLeft', at }, 'closed'],
  ['queued + timeout', aCase('queued'), { type: 'timeout', at }, 'timed_out'],
  ['assigned + timeout', assignedToSam, { type: 'timeout', at }, 'error:notQueued'],
  ['assigned + gone', assignedToSam, { type: 'gone', at }, 'abandoned'],
  ['assigned + agent idle', assignedToSam, { type: 'agentIdle', at }, 'timed_out'],
  ['queued + agent idle', aCase('queued'), { type: 'agentIdle', at }, 'error:notAssigned'],
  ['closed + claim', aCase('closed'), { type: 'claim', ...sam, at }, 'error:ended'],
  ['timed out + shopper left', aCase('timed_out'), { type: 'shopperLeft', at }, 'error:ended'],
  ['abandoned + hand back', aCase('abandoned'), { type: 'handBack', agentId: 'sam', at }, 'error:ended'],
];

test.each(table)('%s → %s', (_name, from, event, expected) => {
  const result = transition(from, event);
  expect(result.ok ? result.next.state : `error:${result.error}`).toBe(expected);
});

test('a claim records the agent and the time; the input is not changed', () => {
  const queued = aCase('queued');
  const result = transition(queued, { type: 'claim', ...sam, at });
  expect(result).toMatchObject({ ok: true, next: { agentId: 'sam', agentName: 'Sam', assignedAt: at } });
  expect(queued.state).toBe('queued');
});

test('ending records who ended it and how', () => {
  const back = transition(assignedToSam, { type: 'handBack', agentId: 'sam', at });
  expect(back).toMatchObject({ ok: true, next: { endedBy: 'agent', ending: 'handBack', endedAt: at } });
  const left = transition(aCase('queued'), { type: 'shopperLeft', at });
  expect(left).toMatchObject({ ok: true, next: { endedBy: 'shopper' } });
});

test('lines are numbered after the transcript and capped', () => {
  let c = aCase('assigned');
  for (let i = 0; i < 5; i++) c = withLine(c, { from: 'shopper', text: `m${i}`, at }, 3);
  expect(c.lines.map((l) => [l.seq, l.text])).toEqual([
    [4, 'm2'],
    [5, 'm3'],
    [6, 'm4'],
  ]);
});

test('an idle agent gives the case back to the bot as a hand-back by the system', () => {
  const result = transition(assignedToSam, { type: 'agentIdle', at });
  expect(result.ok && result.next).toMatchObject({ endedBy: 'system', ending: 'handBack', endedAt: at });
});

test("the agent's last activity is the claim or their latest message, never the shopper's", () => {
  const claimed = { ...assignedToSam, assignedAt: '2026-01-01T10:00:00.000Z', lines: [] };
  expect(lastAgentActivity(claimed)).toBe('2026-01-01T10:00:00.000Z');
  const talked = {
    ...claimed,
    lines: [
      { seq: 1, from: 'agent' as const, text: 'hi', at: '2026-01-01T10:02:00.000Z' },
      { seq: 2, from: 'shopper' as const, text: 'hello?', at: '2026-01-01T10:09:00.000Z' },
    ],
  };
  expect(lastAgentActivity(talked)).toBe('2026-01-01T10:02:00.000Z');
});
