// Cases in Storage: one open case per conversation, eTag-checked claims (50 agents at once → one
// winner), only the holder writes, and the conversation goes back to the bot when a case ends.
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { rmSync } from 'node:fs';
import { CaseStore } from '../../src/handoff/caseStore';
import { isHeldBy } from '../../src/handoff/handoffCase';
import { LowdbStorage } from '../../src/storage/lowdbStorage';
import { tempDataDir } from '../helpers/testShopkeeper';
import { draft } from './fixtures';

/** Counts the writes Storage rejected for an eTag conflict. */
class CountingStorage implements Storage {
  conflicts = 0;
  constructor(private readonly inner: Storage) {}
  read(keys: string[]) {
    return this.inner.read(keys);
  }
  async write(changes: StoreItems) {
    try {
      await this.inner.write(changes);
    } catch (error) {
      if (/eTag conflict/.test(String(error))) this.conflicts += 1;
      throw error;
    }
  }
  delete(keys: string[]) {
    return this.inner.delete(keys);
  }
}

const at = '2026-01-01T10:01:00.000Z';
const dirs: string[] = [];
const stores: LowdbStorage[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const backends: [string, () => Promise<Storage>][] = [
  ['MemoryStorage', async () => new MemoryStorage()],
  [
    'LowdbStorage',
    async () => {
      const dir = tempDataDir('handoff-cases-');
      dirs.push(dir);
      const storage = await LowdbStorage.open(dir);
      stores.push(storage);
      return storage;
    },
  ],
];

describe.each(backends)('on %s', (_name, makeStorage) => {
  test('50 concurrent claims of one case: exactly one winner, the rest are told it is taken', async () => {
    const storage = new CountingStorage(await makeStorage());
    const cases = new CaseStore(storage);
    const { case: opened } = await cases.open(draft('race'));
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        cases.apply(opened.id, { type: 'claim', agentId: `agent${i}`, agentName: `Agent ${i}`, at }),
      ),
    );
    const winners = outcomes.filter((o) => o.ok);
    expect(winners).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok && o.error === 'notQueued')).toHaveLength(49);
    const stored = await cases.get(opened.id);
    expect(winners[0].ok && stored?.agentId).toBe(winners[0].ok ? winners[0].case.agentId : 'none');
    // The losers' writes were refused by Storage's eTag check (then they re-read and saw the claim).
    expect(storage.conflicts).toBeGreaterThan(0);
    process.stderr.write(`claim race on ${_name}: 1 winner of 50, ${storage.conflicts} eTag conflicts\n`);
  });

  test('one open case per conversation; a new one after it ends', async () => {
    const cases = new CaseStore(await makeStorage());
    const first = await cases.open(draft('c1'));
    const again = await cases.open(draft('c1'));
    expect(again).toMatchObject({ created: false, case: { id: first.case.id } });
    const other = await cases.open(draft('c2'));
    expect(await cases.position(first.case.id)).toBe(1);
    expect(await cases.position(other.case.id)).toBe(2);
    await cases.apply(first.case.id, { type: 'shopperLeft', at });
    expect(await cases.pointer('directline', 'c1')).toEqual({});
    expect(await cases.position(other.case.id)).toBe(1);
    const next = await cases.open(draft('c1'));
    expect(next.created).toBe(true);
    expect(next.case.id).not.toBe(first.case.id);
  });

  test('only the holder may add lines; a hand-back leaves a rating question', async () => {
    const cases = new CaseStore(await makeStorage());
    const { case: c } = await cases.open(draft('c3'));
    await cases.apply(c.id, { type: 'claim', agentId: 'sam', agentName: 'Sam', at });
    const holderOnly = (agentId: string) => (x: Parameters<typeof isHeldBy>[0]) =>
      isHeldBy(x, agentId) ? undefined : ('notHolder' as const);
    expect(await cases.appendLine(c.id, { from: 'agent', text: 'hi', at }, holderOnly('alex'))).toEqual({
      ok: false,
      error: 'notHolder',
    });
    const ok = await cases.appendLine(c.id, { from: 'agent', text: 'hi', at }, holderOnly('sam'));
    expect(ok.ok && ok.case.lines.map((l) => l.text)).toEqual(['hi']);
    await cases.apply(c.id, { type: 'handBack', agentId: 'sam', at });
    expect(await cases.pointer('directline', 'c3')).toEqual({ ratingCaseId: c.id });
    expect(await cases.appendLine(c.id, { from: 'agent', text: 'late', at }, holderOnly('sam'))).toEqual({
      ok: false,
      error: 'ended',
    });
    expect(await cases.meanWaitMs()).toBe(60_000);
  });

  test('malformed and unknown ids read as nothing', async () => {
    const cases = new CaseStore(await makeStorage());
    expect(await cases.get('../../etc')).toBeUndefined();
    expect(await cases.get('case-nothere')).toBeUndefined();
    expect(await cases.apply('case-nothere', { type: 'timeout', at })).toEqual({
      ok: false,
      error: 'notFound',
    });
  });
});

test('tells its listeners of every case opened or changed here, and of nothing refused', async () => {
  const store = new CaseStore(new MemoryStorage());
  const told: string[] = [];
  store.onChange(() => {
    throw new Error('a broken listener');
  });
  const stop = store.onChange((id) => told.push(id));
  const { case: c } = await store.open(draft('told'));
  const at = new Date().toISOString();
  await store.apply(c.id, { type: 'claim', agentId: 'sam', agentName: 'Sam', at });
  expect((await store.apply(c.id, { type: 'claim', agentId: 'alex', agentName: 'Alex', at })).ok).toBe(false);
  await store.appendLine(c.id, { from: 'shopper', text: 'hello', at });
  expect(told).toEqual([c.id, c.id, c.id]);
  stop();
  await store.appendLine(c.id, { from: 'shopper', text: 'again', at });
  expect(told).toHaveLength(3);
});
