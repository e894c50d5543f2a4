// A Bot Framework Storage in a directory of small lowdb JSON files (one per key), with MemoryStorage's semantics.
import { resolve } from 'node:path';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { KeyedMutex } from './keyedMutex';
import {
  newKeyDoc,
  openKeyFile,
  prepareStorageDir,
  removeKeyFile,
  saveKeyFile,
  scanKeys,
  type KeyFile,
} from './keyFiles';

export { keyFilePath } from './keyFiles';

/** Options for LowdbStorage.open. */
export interface LowdbStorageOptions {
  /** Create the directory when it is missing (default true); false fails open instead. */
  createIfMissing?: boolean;
  /** How many keys stay loaded while idle; the least recently used beyond that are dropped (default 5000). */
  cacheSize?: number;
}

/** Defaults for LowdbStorageOptions. */
export const DEFAULTS: Required<LowdbStorageOptions> = { createIfMissing: true, cacheSize: 5000 };

// One LowdbStorage per directory per process, so each key file has one Low (one steno Writer, one tmp file).
const openDirs = new Set<string>();

/**
 * Storage in a directory, one small JSON file per key (`keyFilePath`: `<dir>/<2 hex>/<32 hex of sha256(key)>.json`,
 * holding `{ key, item }`), with exactly MemoryStorage's semantics: read omits missing keys and returns JSON
 * copies; a write with no eTag or '*' always wins, otherwise the eTag must match or it rejects "eTag conflict";
 * every write assigns a new eTag (16 random hex digits, so eTags never repeat across restarts); a batch with a
 * conflict still writes its other keys and then rejects with the first conflict; deleting a missing key is a
 * no-op. Items are stored as plain JSON, so a Date inside state comes back as an ISO string (as in Blob and
 * Cosmos storage).
 *
 * A write or delete costs the size of its own items, however many keys exist: it rewrites only their files
 * (tmp file + rename) and resolves once they are on disk; delete() removes the files without reading them.
 * Keys are loaded on first use and kept in a least-recently-used cache of `cacheSize` idle keys.
 *
 * Every call holds a lock on each of its keys (taken in call order when the call is made), so an eTag check
 * and its update never interleave with another call on the same key, and different keys run in parallel. A
 * read waits for the calls made before it on its keys: it sees every write() called before it. If a disk
 * write fails, write() rejects and the key keeps its previous value (memory never runs ahead of disk). A key
 * file that is not valid makes every read or write of that key reject naming the file, which is left as it
 * is (delete() still removes it); other keys keep working. Single process only.
 */
export class LowdbStorage implements Storage {
  private readonly locks = new KeyedMutex();
  // Loaded key files, least recently used first (Map order).
  private readonly cache = new Map<string, KeyFile>();
  private readonly pending = new Set<Promise<unknown>>();
  private closed = false;

  private constructor(
    /** Absolute path of the storage directory. */
    readonly dir: string,
    private readonly cacheSize: number,
  ) {}

  /** Opens (or creates) the storage directory; fails naming the path when it is a file. */
  static async open(dir: string, options: LowdbStorageOptions = {}): Promise<LowdbStorage> {
    const root = resolve(dir);
    const { createIfMissing, cacheSize } = { ...DEFAULTS, ...options };
    if (!Number.isInteger(cacheSize) || cacheSize < 0) {
      throw new RangeError(`LowdbStorage: cacheSize must be a whole number ≥ 0, not ${cacheSize}`);
    }
    if (openDirs.has(root)) throw new Error(`LowdbStorage: ${root} is already open in this process`);
    openDirs.add(root);
    try {
      await prepareStorageDir(root, createIfMissing);
      return new LowdbStorage(root, cacheSize);
    } catch (err) {
      openDirs.delete(root);
      throw err;
    }
  }

  /** Reads the present keys; each item is a fresh JSON copy. */
  async read(keys: string[]): Promise<StoreItems> {
    this.assertOpen();
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    return this.withKeys(keys, async () => {
      const files = await this.load(keys);
      const result: StoreItems = {};
      for (const key of keys) {
        const item = files.get(key)!.data?.item;
        if (item) setOwn(result, key, JSON.parse(JSON.stringify(item)));
      }
      return result;
    });
  }

  /** Writes items (see the class comment for eTag rules); resolves once they are on disk. */
  async write(changes: StoreItems): Promise<void> {
    this.assertOpen();
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const keys = Object.keys(changes);
    return this.withKeys(keys, async () => {
      const files = await this.load(keys);
      const saves: Promise<void>[] = [];
      let failure: unknown;
      // MemoryStorage's loop, in key order: remember the first conflict and go on; a null item over a
      // stored key throws a TypeError that stops the batch. The files are saved in parallel.
      try {
        for (const key of keys) {
          const item = changes[key] as StoreItem;
          const file = files.get(key)!;
          const old = file.data?.item;
          if (!old || item.eTag === '*' || !item.eTag || item.eTag === old.eTag) {
            saves.push(saveKeyFile(file, this.dir, newKeyDoc(key, item)));
          } else {
            failure ??= new Error(`Storage: error writing "${key}" due to eTag conflict.`);
          }
        }
      } catch (err) {
        failure ??= err;
      }
      const diskError = (await Promise.allSettled(saves)).find((r) => r.status === 'rejected');
      if (failure) throw failure;
      if (diskError) throw diskError.reason;
    });
  }

  /** Deletes keys (missing keys are ignored); resolves once their files are gone. */
  async delete(keys: string[]): Promise<void> {
    this.assertOpen();
    if (!keys) throw new TypeError('Keys are required when deleting.');
    await this.withKeys(keys, async () => {
      const remove = async (key: string): Promise<void> => {
        await removeKeyFile(this.dir, key);
        const cached = this.cache.get(key);
        if (cached) cached.data = null;
      };
      await Promise.all([...new Set(keys)].map(remove));
    });
  }

  /** The stored keys starting with `prefix`, sorted; includes every write and delete called before it. */
  async keys(prefix = ''): Promise<string[]> {
    this.assertOpen();
    await this.flush();
    return (await scanKeys(this.dir)).filter((key) => key.startsWith(prefix)).sort();
  }

  /** Waits until every call started so far has settled (writes and deletes on disk). */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  /** Refuses further calls, waits for pending ones and releases the directory. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.flush();
    } finally {
      this.cache.clear();
      openDirs.delete(this.dir);
    }
  }

  // Runs fn holding the keys' locks (taken now, in call order), tracked for flush(); then trims the cache.
  private withKeys<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
    const op = this.locks.run(keys, fn).finally(() => this.trim());
    this.pending.add(op);
    const forget = () => this.pending.delete(op);
    op.then(forget, forget);
    return op;
  }

  // The keys' files, loaded on first use; the caller holds their locks, so a key is never loaded twice at once.
  private async load(keys: string[]): Promise<Map<string, KeyFile>> {
    const unique = [...new Set(keys)];
    const files = await Promise.all(unique.map((key) => this.file(key)));
    return new Map(unique.map((key, i) => [key, files[i]!]));
  }

  private async file(key: string): Promise<KeyFile> {
    const file = this.cache.get(key) ?? (await openKeyFile(this.dir, key));
    this.cache.delete(key); // re-inserted last: most recently used
    this.cache.set(key, file);
    return file;
  }

  // Drops the least recently used idle keys beyond cacheSize. A busy key stays, so a file never has two Lows.
  private trim(): void {
    for (const key of this.cache.keys()) {
      if (this.cache.size <= this.cacheSize) return;
      if (!this.locks.isBusy(key)) this.cache.delete(key);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`LowdbStorage: ${this.dir} is closed`);
  }
}

function setOwn(target: StoreItems, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
