// The service with a fake channel and clock: notices in order, timeouts, a shopper who is gone.
import { MemoryStorage } from 'botbuilder';
import { CaseStore } from '../../src/handoff/caseStore';
import {
  HandoffService,
  ShopperUnreachableError,
  type ShopperChannel,
  type ShopperNotice,
} from '../../src/handoff/handoffService';
import { draft } from './fixtures';

const SAM = { id: 'sam', name: 'Sam' };

function setup(deliver: ShopperChannel['deliver'] = async () => undefined, agentIdleTimeoutMs = 30 * 60_000) {
  let now = Date.parse('2026-01-01T10:00:00.000Z');
  const notices: [string, ShopperNotice['kind']][] = [];
  const errors: string[] = [];
  const service = new HandoffService(
    new CaseStore(new MemoryStorage()),
    {
      deliver: async (conversation, notice) => {
        notices.push([conversation.conversation.id, notice.kind]);
        await deliver(conversation, notice);
      },
    },
    { byId: (id) => (id === 'P1' ? { id: 'P1', name: 'Tent' } : undefined) },
    {
      queueTimeoutMs: 10 * 60_000,
      agentIdleTimeoutMs,
      now: () => new Date(now),
      onError: (m) => errors.push(m),
    },
  );
  return {
    service,
    notices,
    errors,
    advance: (ms: number) => (now += ms),
    at: () => new Date(now).toISOString(),
  };
}

test('queue places and the wait estimate follow the recent claims', async () => {
  const { service, advance } = setup();
  const a = await service.open(draft('a'));
  const b = await service.open(draft('b'));
  expect([a.position, b.position]).toEqual([1, 2]);
  expect([a.waitMinutes, b.waitMinutes]).toEqual([3, 6]); // 3 min per place before any claim
  advance(60_000);
  await service.claim(a.case.id, SAM); // waited 1 minute
  expect((await service.place(b.case)).waitMinutes).toBe(1);
});

test('notices go out in order: accepted, the agent message (with its product), hand-back', async () => {
  const { service, notices } = setup();
  const { case: c } = await service.open(draft('c'));
  await service.claim(c.id, SAM);
  const replied = await service.reply(c.id, SAM, { text: '  hello  ', productId: 'P1' });
  expect(replied.ok && replied.case.lines.at(-1)).toMatchObject({
    text: 'hello',
    product: { id: 'P1', name: 'Tent' },
  });
  await service.handBack(c.id, SAM);
  expect(notices).toEqual([
    ['c', 'accepted'],
    ['c', 'agentMessage'],
    ['c', 'handBack'],
  ]);
});

test('queued cases nobody claims time out and the shopper is told', async () => {
  const { service, notices, advance, at } = setup();
  const { case: old } = await service.open(draft('old', at()));
  advance(9 * 60_000);
  const { case: recent } = await service.open(draft('recent', at()));
  advance(2 * 60_000);
  expect(await service.sweep()).toBe(1);
  expect((await service.cases.get(old.id))?.state).toBe('timed_out');
  expect((await service.cases.get(recent.id))?.state).toBe('queued');
  expect(notices).toEqual([['old', 'timedOut']]);
  expect(await service.cases.pointer('directline', 'old')).toEqual({});
});

test('a claimed case whose agent goes quiet goes back to the bot; the shopper writing does not count', async () => {
  const { service, notices, advance } = setup();
  const { case: c } = await service.open(draft('quiet'));
  await service.claim(c.id, SAM);
  advance(20 * 60_000);
  await service.reply(c.id, SAM, { text: 'let me check' });
  advance(25 * 60_000);
  await service.shopperMessage(c.id, 'hello? are you there?');
  expect(await service.sweep()).toBe(0); // 25 min since the agent's last message
  advance(6 * 60_000);
  expect(await service.sweep()).toBe(1);
  const ended = await service.cases.get(c.id);
  expect(ended).toMatchObject({ state: 'timed_out', endedBy: 'system', ending: 'handBack' });
  expect(ended?.lines.at(-1)).toMatchObject({ from: 'system', text: expect.stringMatching(/went quiet/) });
  expect(notices.map(([, kind]) => kind)).toEqual(['accepted', 'agentMessage', 'agentAway']);
  expect(await service.cases.pointer('directline', 'quiet')).toEqual({});
  expect((await service.reply(c.id, SAM, { text: 'back!' })).ok).toBe(false);
});

test('with the idle timeout off, a claimed case stays with its agent', async () => {
  const { service, advance } = setup(undefined, 0);
  const { case: c } = await service.open(draft('patient'));
  await service.claim(c.id, SAM);
  advance(24 * 60 * 60_000);
  expect(await service.sweep()).toBe(0);
  expect((await service.cases.get(c.id))?.state).toBe('assigned');
});

test('a shopper whose conversation is gone abandons the case; other failures are reported', async () => {
  const gone = setup(async (conversation) => {
    throw new ShopperUnreachableError(conversation.conversation.id);
  });
  const { case: c } = await gone.service.open(draft('gone'));
  await gone.service.claim(c.id, SAM);
  expect((await gone.service.cases.get(c.id))?.state).toBe('abandoned');

  const flaky = setup(async () => {
    throw new Error('503 from the connector');
  });
  const { case: d } = await flaky.service.open(draft('flaky'));
  expect((await flaky.service.claim(d.id, SAM)).ok).toBe(true);
  expect((await flaky.service.cases.get(d.id))?.state).toBe('assigned');
  expect(flaky.errors).toEqual(['handoff delivery failed']);
});
