import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { LowdbStorage } from '../../src/storage/lowdbStorage';
import { describeStorageContract } from './storageContract';

const tempDirs: string[] = [];
function tempFile(name = 'storage.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'lowdb-storage-'));
  tempDirs.push(dir);
  return join(dir, name);
}
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const onDisk = (file: string): { nextETag: number; items: StoreItems } =>
  JSON.parse(readFileSync(file, 'utf8'));

describeStorageContract('LowdbStorage', async () => {
  const storage = await LowdbStorage.open(tempFile());
  return { storage, cleanup: () => storage.close() };
});

describe('LowdbStorage on disk', () => {
  it('keeps items and eTags across close and reopen, and keeps counting eTags', async () => {
    const file = tempFile();
    const first = await LowdbStorage.open(file);
    await first.write({ a: { v: 1, when: new Date('2026-01-02T03:04:05Z') }, b: { v: 2 } });
    const before = await first.read(['a', 'b']);
    await first.close();

    const second = await LowdbStorage.open(file);
    const after = await second.read(['a', 'b']);
    expect(after).toEqual(before);
    expect(after.a.when).toBe('2026-01-02T03:04:05.000Z'); // dates survive as strings, as in Blob/Cosmos
    await second.write({ a: { v: 3, eTag: after.a.eTag } });
    const next = (await second.read(['a'])).a.eTag;
    expect([before.a.eTag, before.b.eTag]).not.toContain(next);
    await second.close();
  });

  it('has the value in the file as soon as write() and delete() resolve', async () => {
    const file = tempFile();
    const storage = await LowdbStorage.open(file);
    await storage.write({ 'slack/users/u1/': { name: 'Zoë — 5 €' } });
    expect(onDisk(file).items['slack/users/u1/']).toMatchObject({ name: 'Zoë — 5 €' });
    await storage.delete(['slack/users/u1/']);
    expect(onDisk(file).items).toEqual({});
    await storage.close();
  });

  it('creates the file (and its directory) on open', async () => {
    const file = join(tempFile(), '..', 'nested', 'dir', 'state.json');
    const storage = await LowdbStorage.open(file);
    expect(onDisk(file)).toEqual({ nextETag: 1, items: {} });
    await storage.close();
    await expect(LowdbStorage.open(tempFile(), { createIfMissing: false })).rejects.toThrow(/does not exist/);
  });

  it('flush() waits for writes that were not awaited', async () => {
    const file = tempFile();
    const storage = await LowdbStorage.open(file);
    void storage.write({ k: { v: 'late' } });
    await storage.flush();
    expect(onDisk(file).items.k).toMatchObject({ v: 'late' });
    await storage.close();
  });

  it.each([
    ['not JSON', '{"items": {'],
    ['empty', ''],
    ['null', 'null'],
    ['an array', '[]'],
    ['the wrong shape', '{"items": {"k": 5}, "nextETag": 1}'],
  ])('fails to open a file that is %s, naming it and leaving it untouched', async (_label, content) => {
    const file = tempFile('corrupt.json');
    writeFileSync(file, content);
    await expect(LowdbStorage.open(file)).rejects.toThrow(file);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('keeps 200 concurrent writes to different keys across a reopen', async () => {
    const file = tempFile();
    const storage = await LowdbStorage.open(file);
    const keys = Array.from({ length: 200 }, (_, i) => `emulator/conversations/c${i}/`);
    // Each promise resolves only once its own key is in the file (steno coalesces, but never early).
    const landed = keys.map((key, i) =>
      storage.write({ [key]: { turn: i } }).then(() => onDisk(file).items[key]?.turn === i),
    );
    expect(await Promise.all(landed)).toEqual(keys.map(() => true));
    await storage.close();

    const reopened = await LowdbStorage.open(file);
    const items = await reopened.read(keys);
    expect(keys.map((key) => items[key]?.turn)).toEqual(keys.map((_, i) => i));
    expect(new Set(keys.map((key) => items[key].eTag)).size).toBe(200);
    await reopened.close();
  });

  it('refuses a second open of the same file, and any call after close()', async () => {
    const file = tempFile();
    const storage = await LowdbStorage.open(file);
    await expect(LowdbStorage.open(file)).rejects.toThrow(/already open/);
    await storage.close();
    await storage.close();
    await expect(storage.read(['k'])).rejects.toThrow(/closed/);
    await expect(storage.write({ k: {} })).rejects.toThrow(/closed/);
    await (await LowdbStorage.open(file)).close();
  });

  it('treats "__proto__" as an ordinary key', async () => {
    const file = tempFile();
    const storage = await LowdbStorage.open(file);
    await storage.write({ ['__proto__']: { v: 1 } });
    await storage.close();
    const reopened = await LowdbStorage.open(file);
    const items = await reopened.read(['__proto__', 'toString']);
    expect(Object.getPrototypeOf(items)).toBe(Object.prototype);
    expect(Object.keys(items)).toEqual(['__proto__']);
    await reopened.close();
  });
});

// Differential test: the same script against MemoryStorage and LowdbStorage gives the same outcomes,
// eTags included (both count from 1), for the corners the shared contract leaves open.
type Step = ['read', string[]] | ['write', StoreItems] | ['delete', string[]];
type Outcome = { ok: unknown } | { error: string; conflict?: string };

async function run(storage: Storage, steps: Step[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const [op, arg] of steps) {
    try {
      const call = op === 'write' ? storage.write(arg as StoreItems) : storage[op](arg as string[]);
      outcomes.push({ ok: await call });
    } catch (err) {
      const { name, message } = err as Error;
      outcomes.push({ error: name, ...(/eTag conflict/.test(message) ? { conflict: message } : {}) });
    }
  }
  return outcomes;
}

const none = undefined as unknown as string[];
const parity: [string, Step[]][] = [
  [
    'a write with an eTag to a missing key',
    [
      ['write', { a: { v: 1, eTag: 'made-up' } }],
      ['read', ['a']],
    ],
  ],
  [
    'an empty-string eTag (counts as none)',
    [
      ['write', { a: { v: 1 } }],
      ['write', { a: { v: 2, eTag: '' } }],
      ['read', ['a']],
    ],
  ],
  [
    'a batch with conflicts in the middle: the other keys, before and after, are written; the first conflict is reported',
    [
      ['write', { b: { v: 0 }, d: { v: 0 } }],
      [
        'write',
        { a: { v: 1 }, b: { v: 1, eTag: 'stale' }, c: { v: 1 }, d: { v: 1, eTag: 'stale' }, e: { v: 1 } },
      ],
      ['read', ['a', 'b', 'c', 'd', 'e']],
    ],
  ],
  [
    'a null item: stored as an empty item when new, a TypeError over an existing key (stopping the batch)',
    [
      ['write', { a: null, b: { v: 0 } }],
      ['write', { c: { v: 1 }, b: null, d: { v: 1 } }],
      ['read', ['a', 'b', 'c', 'd']],
    ],
  ],
  [
    'undefined fields and dates',
    [
      ['write', { a: { gone: undefined, at: new Date(0) } }],
      ['read', ['a']],
    ],
  ],
  [
    'missing arguments',
    [
      ['read', none],
      ['write', none as unknown as StoreItems],
      ['delete', none],
    ],
  ],
];

describe('LowdbStorage matches MemoryStorage', () => {
  it.each(parity)('%s', async (_label, steps) => {
    const storage = await LowdbStorage.open(tempFile());
    const [expected, actual] = [await run(new MemoryStorage(), steps), await run(storage, steps)];
    await storage.close();
    expect(actual).toEqual(expected);
  });
});
