// The Bot Framework Storage contract, as MemoryStorage implements it, for any Storage. Asserts only
// behaviour every implementation shares (it also runs against Azure BlobsStorage): no eTag formats,
// and the conflict error is matched by /eTag conflict/i.
import type { Storage, StoreItem } from 'botbuilder';

/** What a contract run needs: a fresh, empty storage, and how to dispose of it. */
export type MakeStorage = () => Promise<{ storage: Storage; cleanup?: () => Promise<void> }>;

const CONFLICT = /eTag conflict/i;

// A bot-state-like key (slashes, colon) and a few plain ones.
const KEY = 'msteams/conversations/a:1/';
const A = 'contract/a';
const B = 'contract/b';
const C = 'contract/c';

const RICH: StoreItem = {
  text: 'Preis — 12 €, Noël, ë',
  numbers: [0, -1, 3.25, 1e21, Number.MAX_SAFE_INTEGER],
  nested: { cart: { lines: [{ sku: 'TEA-1', qty: 2 }], note: null }, flags: { vip: true, empty: '' } },
  list: [[1, 2], { deep: ['x'] }, []],
};

function withoutETag(item: StoreItem | undefined): StoreItem | undefined {
  if (!item) return item;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { eTag, ...rest } = item;
  return rest;
}

/** Runs the shared Storage contract against whatever `make` builds (fresh per test). */
export function describeStorageContract(name: string, make: MakeStorage): void {
  describe(`${name} satisfies the Storage contract`, () => {
    let storage: Storage;
    let cleanup: (() => Promise<void>) | undefined;

    beforeEach(async () => {
      ({ storage, cleanup } = await make());
    });
    afterEach(async () => {
      await cleanup?.();
    });

    const readOne = async (key: string): Promise<StoreItem | undefined> => (await storage.read([key]))[key];
    const eTagOf = async (key: string): Promise<string> => (await readOne(key))!.eTag as string;

    it('reads nothing for missing keys and only the present ones otherwise', async () => {
      expect(await storage.read([A, B])).toEqual({});
      await storage.write({ [A]: { v: 1 } });
      const items = await storage.read([A, B]);
      expect(Object.keys(items)).toEqual([A]);
      expect(withoutETag(items[A])).toEqual({ v: 1 });
    });

    it.each([
      ['a rich item under a bot-state key', KEY, RICH],
      ['a flat item', A, { count: 42, ratio: 0.5, name: 'Zoë' }],
      ['an empty item', B, {}],
    ])('round-trips %s', async (_label, key, item) => {
      await storage.write({ [key]: item });
      expect(withoutETag(await readOne(key))).toEqual(item);
    });

    it('returns an eTag with every item read', async () => {
      await storage.write({ [A]: { v: 1 } });
      const eTag = (await readOne(A))!.eTag;
      expect(typeof eTag).toBe('string');
      expect(eTag).not.toBe('');
      expect(eTag).not.toBe('*');
    });

    it.each([
      ['no eTag', {}],
      ["eTag '*'", { eTag: '*' }],
    ])('lets a write with %s win over whatever is stored', async (_label, tag) => {
      await storage.write({ [A]: { v: 1 } });
      await storage.write({ [A]: { v: 2 } });
      await storage.write({ [A]: { v: 3, ...tag } });
      expect(withoutETag(await readOne(A))).toEqual({ v: 3 });
    });

    it('accepts a write with the matching eTag and then hands out a new eTag', async () => {
      await storage.write({ [A]: { v: 1 } });
      const first = await eTagOf(A);
      await storage.write({ [A]: { v: 2, eTag: first } });
      const second = await readOne(A);
      expect(withoutETag(second)).toEqual({ v: 2 });
      expect(second!.eTag).not.toBe(first);
    });

    it('rejects a stale eTag with an eTag conflict and keeps the stored value', async () => {
      await storage.write({ [A]: { v: 1 } });
      const stale = await eTagOf(A);
      await storage.write({ [A]: { v: 2, eTag: stale } });
      const current = await eTagOf(A);
      await expect(storage.write({ [A]: { v: 3, eTag: stale } })).rejects.toThrow(CONFLICT);
      const after = await readOne(A);
      expect(withoutETag(after)).toEqual({ v: 2 });
      expect(after!.eTag).toBe(current);
    });

    it('lets exactly one of two concurrent writers with the same eTag win', async () => {
      await storage.write({ [A]: { v: 0 } });
      const eTag = await eTagOf(A);
      const results = await Promise.allSettled([
        storage.write({ [A]: { v: 'left', eTag } }),
        storage.write({ [A]: { v: 'right', eTag } }),
      ]);
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
      expect(won).toHaveLength(1);
      const lost = results[1 - won[0]!] as PromiseRejectedResult;
      expect(String(lost.reason)).toMatch(CONFLICT);
      expect((await readOne(A))!.v).toBe(won[0] === 0 ? 'left' : 'right');
    });

    it('deletes keys and ignores missing ones', async () => {
      await storage.write({ [A]: { v: 1 }, [B]: { v: 2 } });
      await storage.delete([A, C]);
      expect(Object.keys(await storage.read([A, B, C]))).toEqual([B]);
      await expect(storage.delete([C])).resolves.toBeUndefined();
      await storage.write({ [A]: { v: 'again' } });
      expect(withoutETag(await readOne(A))).toEqual({ v: 'again' });
    });

    it('returns copies: mutating what was read or written does not change storage', async () => {
      const item = { cart: { lines: [{ sku: 'TEA-1', qty: 1 }] } };
      await storage.write({ [A]: item });
      item.cart.lines[0]!.qty = 99;
      const read = (await readOne(A)) as typeof item;
      read.cart.lines.push({ sku: 'MUG-2', qty: 5 });
      read.cart.lines[0]!.sku = 'changed';
      expect(withoutETag(await readOne(A))).toEqual({ cart: { lines: [{ sku: 'TEA-1', qty: 1 }] } });
    });

    it('writes a batch of keys', async () => {
      await storage.write({ [A]: { v: 1 }, [B]: { v: 2 }, [KEY]: { v: 3 } });
      const items = await storage.read([A, B, KEY]);
      expect(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, withoutETag(v)]))).toEqual({
        [A]: { v: 1 },
        [B]: { v: 2 },
        [KEY]: { v: 3 },
      });
    });

    it('is not atomic: a conflict rejects the batch, keys before it are written, the conflicting one is not', async () => {
      await storage.write({ [B]: { v: 'old' } });
      const stale = await eTagOf(B);
      await storage.write({ [B]: { v: 'current' } });
      await expect(storage.write({ [A]: { v: 'new' }, [B]: { v: 'lost', eTag: stale } })).rejects.toThrow(
        CONFLICT,
      );
      expect(withoutETag(await readOne(A))).toEqual({ v: 'new' });
      expect(withoutETag(await readOne(B))).toEqual({ v: 'current' });
    });
  });
}
