import { transition, withLine, type CaseEvent, type HandoffCase } from '../../src/handoff/handoffCase';
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
