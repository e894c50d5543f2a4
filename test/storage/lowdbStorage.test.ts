import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { keyFilePath, LowdbStorage } from '../../src/storage/lowdbStorage';
import { describeStorageContract } from './storageContract';

const tempDirs: string[] = [];
function tempDir(name = 'state'): string {
  const dir = mkdtempSync(join(tmpdir(), 'lowdb-storage-'));
  tempDirs.push(dir);
  return join(dir, name);
}
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The parsed key file of `key`, or undefined when there is none. */
const onDisk = (dir: string, key: string): { key: string; item: StoreItems } | undefined => {
  const file = keyFilePath(dir, key);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};

describeStorageContract('LowdbStorage', async () => {
  const storage = await LowdbStorage.open(tempDir());
  return { storage, cleanup: () => storage.close() };
});

describe('LowdbStorage on disk', () => {
  it('keeps items and eTags across close and reopen, and hands out new eTags after it', async () => {
    const dir = tempDir();
    const first = await LowdbStorage.open(dir);
    await first.write({ a: { v: 1, when: new Date('2026-01-02T03:04:05Z') }, b: { v: 2 } });
    const before = await first.read(['a', 'b']);
    await first.close();

    const second = await LowdbStorage.open(dir);
    const after = await second.read(['a', 'b']);
    expect(after).toEqual(before);
    expect(after.a.when).toBe('2026-01-02T03:04:05.000Z'); // dates survive as strings, as in Blob/Cosmos
    await second.write({ a: { v: 3, eTag: after.a.eTag } });
    const next = (await second.read(['a'])).a.eTag;
    expect([before.a.eTag, before.b.eTag]).not.toContain(next);
    await second.close();
  });

  it("has the key's own file with the value when write() resolves, and no file when delete() resolves", async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open(dir);
    const key = 'slack/users/u1/';
    expect(keyFilePath(dir, key)).toMatch(/[/\\]([0-9a-f]{2})[/\\]\1[0-9a-f]{30}\.json$/);
    await storage.write({ [key]: { name: 'Zoë — 5 €' } });
    expect(onDisk(dir, key)).toEqual({ key, item: { name: 'Zoë — 5 €', eTag: expect.any(String) } });
    await storage.delete([key]);
    expect(existsSync(keyFilePath(dir, key))).toBe(false);
    expect(await storage.read([key])).toEqual({});
    await storage.close();
  });

  it('creates the directory on open, and refuses a missing one without createIfMissing or a file', async () => {
    const dir = join(tempDir(), 'nested', 'state');
    await (await LowdbStorage.open(dir)).close();
    expect(statSync(dir).isDirectory()).toBe(true);
    await expect(LowdbStorage.open(tempDir(), { createIfMissing: false })).rejects.toThrow(/does not exist/);
    const file = tempDir('botstate.json');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '{"nextETag": 1, "items": {}}');
    await expect(LowdbStorage.open(file)).rejects.toThrow(`${file} is a file`);
    await expect(LowdbStorage.open(file)).rejects.toThrow(`${file} is a file`); // not "already open"
    expect(readFileSync(file, 'utf8')).toBe('{"nextETag": 1, "items": {}}');
  });

  it('flush() waits for writes that were not awaited', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open(dir);
    void storage.write({ k: { v: 'late' } });
    await storage.flush();
    expect(onDisk(dir, 'k')?.item).toMatchObject({ v: 'late' });
    await storage.close();
  });

  it.each([
    ['not JSON', '{"key": "k", "item": {'],
    ['empty', ''],
    ['null', 'null'],
    ['an array', '[]'],
    ['the wrong shape', '{"key": "k", "item": 5}'],
    ['without an eTag', '{"key": "k", "item": {"v": 1}}'],
    ['the file of another key', '{"key": "other", "item": {"v": 1, "eTag": "1"}}'],
  ])(
    'fails only the key whose file is %s, naming the file and leaving it untouched',
    async (_label, content) => {
      const dir = tempDir();
      const storage = await LowdbStorage.open(dir);
      await storage.write({ good: { v: 1 } });
      const file = keyFilePath(dir, 'k');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      await expect(storage.read(['k'])).rejects.toThrow(file);
      await expect(storage.read(['good', 'k'])).rejects.toThrow(file);
      await expect(storage.write({ k: { v: 2, eTag: '*' } })).rejects.toThrow(file);
      expect(readFileSync(file, 'utf8')).toBe(content);
      await storage.write({ good: { v: 2 } });
      expect((await storage.read(['good'])).good.v).toBe(2);
      await storage.delete(['k']); // deleting the key is how to clear it
      expect(existsSync(file)).toBe(false);
      expect(await storage.read(['k'])).toEqual({});
      await storage.close();
    },
  );

  it('keeps 200 concurrent writes to different keys across a reopen', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open(dir);
    const keys = Array.from({ length: 200 }, (_, i) => `emulator/conversations/c${i}/`);
    // Each promise resolves only once its own key is in its file.
    const landed = keys.map((key, i) =>
      storage.write({ [key]: { turn: i } }).then(() => onDisk(dir, key)?.item.turn === i),
    );
    expect(await Promise.all(landed)).toEqual(keys.map(() => true));
    await storage.close();

    const reopened = await LowdbStorage.open(dir);
    const items = await reopened.read(keys);
    expect(keys.map((key) => items[key]?.turn)).toEqual(keys.map((_, i) => i));
    expect(new Set(keys.map((key) => items[key].eTag)).size).toBe(200);
    await reopened.close();
  });

  it('writing one key leaves the other keys’ files untouched', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open(dir);
    const keys = Array.from({ length: 50 }, (_, i) => `k${i}`);
    await storage.write(Object.fromEntries(keys.map((key) => [key, { v: 0 }])));
    const longAgo = new Date('2001-01-01T00:00:00Z');
    for (const key of keys) utimesSync(keyFilePath(dir, key), longAgo, longAgo);
    await storage.write({ k50: { v: 1 } });
    await storage.write({ k7: { v: 1 } });
    const touched = keys.filter((key) => statSync(keyFilePath(dir, key)).mtimeMs !== longAgo.getTime());
    expect(touched).toEqual(['k7']);
    await storage.close();
  });

  it('with a small cache, evicts idle keys and still keeps every value and eTag rule', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open(dir, { cacheSize: 10 });
    const keys = Array.from({ length: 100 }, (_, i) => `conv/${i}`);
    for (const [i, key] of keys.entries()) await storage.write({ [key]: { v: i } });
    const read = await storage.read(keys);
    expect(keys.map((key) => read[key]?.v)).toEqual(keys.map((_, i) => i));
    // Interleaved on keys evicted long ago: the stale eTag loses, the current one wins, exactly once.
    const stale = read['conv/3'].eTag as string;
    await storage.write({ 'conv/3': { v: 'second', eTag: stale } });
    await Promise.all(keys.slice(20, 80).map((key) => storage.read([key])));
    const results = await Promise.allSettled([
      storage.write({ 'conv/3': { v: 'third', eTag: stale } }),
      storage.write({ 'conv/0': { v: 'a', eTag: read['conv/0'].eTag as string } }),
      storage.write({ 'conv/0': { v: 'b', eTag: read['conv/0'].eTag as string } }),
      storage.delete(['conv/99']),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected', 'fulfilled']);
    await storage.close();

    const reopened = await LowdbStorage.open(dir, { cacheSize: 10 });
    const after = await reopened.read(keys);
    expect(Object.keys(after)).toHaveLength(99);
    expect([after['conv/3'].v, after['conv/0'].v, after['conv/50'].v]).toEqual(['second', 'a', 50]);
    await reopened.close();
  });

  it('lists the stored keys, optionally by prefix', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open(dir);
    void storage.write({ 'msteams/conversations/a/': {}, 'msteams/users/u/': {}, 'slack/users/u/': {} });
    void storage.write({ ['__proto__']: {}, gone: {} });
    void storage.delete(['gone']);
    expect(await storage.keys()).toEqual([
      '__proto__',
      'msteams/conversations/a/',
      'msteams/users/u/',
      'slack/users/u/',
    ]);
    expect(await storage.keys('msteams/')).toEqual(['msteams/conversations/a/', 'msteams/users/u/']);
    expect(await storage.keys('nothing/')).toEqual([]);
    await storage.close();
  });

  it('refuses a second open of the same directory, and any call after close()', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open(dir);
    await expect(LowdbStorage.open(join(dir, '.'))).rejects.toThrow(/already open/);
    await storage.close();
    await storage.close();
    await expect(storage.read(['k'])).rejects.toThrow(/closed/);
    await expect(storage.write({ k: {} })).rejects.toThrow(/closed/);
    await expect(storage.delete(['k'])).rejects.toThrow(/closed/);
    await expect(storage.keys()).rejects.toThrow(/closed/);
    await (await LowdbStorage.open(dir)).close();
  });

  it('treats "__proto__" as an ordinary key', async () => {
    const dir = tempDir();
    const storage = await LowdbStorage.open(dir);
    await storage.write({ ['__proto__']: { v: 1 } });
    await storage.close();
    const reopened = await LowdbStorage.open(dir);
    const items = await reopened.read(['__proto__', 'toString']);
    expect(Object.getPrototypeOf(items)).toBe(Object.prototype);
    expect(Object.keys(items)).toEqual(['__proto__']);
    await reopened.close();
  });
});

// Differential test: the same script against MemoryStorage and LowdbStorage gives the same outcomes, for the
// corners the shared contract leaves open. eTag values differ (a counter against random ones), so outcomes
// name each eTag by order of first appearance ('#1', '#2', ...), and a write may send one back by that name.
type Step = ['read', string[]] | ['write', StoreItems] | ['delete', string[]];
type Outcome = { ok: unknown } | { error: string; conflict?: string };

async function run(storage: Storage, steps: Step[]): Promise<Outcome[]> {
  const names = new Map<string, string>();
  const alias = (eTag: string) => names.get(eTag) ?? names.set(eTag, `#${names.size + 1}`).get(eTag)!;
  const actual = (eTag: unknown) => [...names].find(([, n]) => n === eTag)?.[0] ?? eTag;
  const outcomes: Outcome[] = [];
  for (const [op, arg] of steps) {
    try {
      if (op === 'write' && arg) {
        const changes = Object.entries(arg).map(([k, item]) => [
          k,
          item && { ...item, eTag: actual(item.eTag) },
        ]);
        outcomes.push({ ok: await storage.write(Object.fromEntries(changes)) });
      } else {
        const items = await (op === 'write'
          ? storage.write(arg as StoreItems)
          : storage[op](arg as string[]));
        for (const item of Object.values(items ?? {})) if (item.eTag) item.eTag = alias(item.eTag);
        outcomes.push({ ok: items });
      }
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
    'eTags: present on every item, new on every write, the stale one conflicts, the current one wins',
    [
      ['write', { a: { v: 1 }, b: { v: 1 } }],
      ['read', ['a', 'b']],
      ['write', { a: { v: 2, eTag: '#1' } }],
      ['read', ['a', 'b']],
      ['write', { a: { v: 3, eTag: '#1' } }],
      ['write', { a: { v: 3, eTag: '#3' }, b: { v: 2, eTag: '#2' } }],
      ['read', ['a', 'b']],
      ['write', { a: { v: 4, eTag: '*' } }],
      ['read', ['a']],
      ['delete', ['a']],
      ['write', { a: { v: 5, eTag: '#6' } }],
      ['read', ['a']],
    ],
  ],
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
    'undefined fields, dates and repeated keys',
    [
      ['write', { a: { gone: undefined, at: new Date(0) } }],
      ['read', ['a', 'a', 'missing']],
      ['delete', ['a', 'a']],
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
    const storage = await LowdbStorage.open(tempDir());
    const [expected, actual] = [await run(new MemoryStorage(), steps), await run(storage, steps)];
    await storage.close();
    expect(actual).toEqual(expected);
  });
});
