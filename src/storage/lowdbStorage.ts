// A Bot Framework Storage in one JSON file, with MemoryStorage's semantics.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { z } from 'zod';
import { openLowdbFile, type LowdbFile } from './lowdbFile';

/** The file's shape: every stored item (with its eTag) by key, and the next eTag to hand out. */
interface LowdbStorageData {
  nextETag: number;
  items: Record<string, StoreItem>;
}

const DataSchema = z.object({
  nextETag: z.number().int().positive(),
  items: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/** Options for LowdbStorage.open. */
export interface LowdbStorageOptions {
  /** Create the file when it is missing (default true); false fails open instead. */
  createIfMissing?: boolean;
}

/** Defaults for LowdbStorageOptions. */
export const DEFAULTS: Required<LowdbStorageOptions> = { createIfMissing: true };

// One Low (one steno Writer, one tmp file) per file per process.
const openPaths = new Set<string>();

/**
 * Storage in one lowdb JSON file, with exactly MemoryStorage's semantics: read omits missing keys and
 * returns JSON copies; a write with no eTag or '*' always wins, otherwise the eTag must match or it
 * rejects "eTag conflict"; every write assigns a new eTag (a counter kept in the file); a batch with a
 * conflict still writes its other keys and then rejects; deleting a missing key is a no-op.
 *
 * Items are stored as plain JSON, so a Date inside state comes back as an ISO string (same as Blob and
 * Cosmos storage). write() and delete() resolve once the change is on disk (tmp file + rename; steno
 * coalesces concurrent writes). The check-and-modify of a write is synchronous, so parallel turns
 * cannot interleave between an eTag check and its update. A change is visible to read() as soon as
 * write() is called; if the disk write fails, write() rejects but the change stays in memory and
 * goes to disk with the next write. Single process only.
 */
export class LowdbStorage implements Storage {
  private readonly pending = new Set<Promise<void>>();
  private closed = false;

  private constructor(
    private readonly db: LowdbFile<LowdbStorageData>,
    /** Absolute path of the JSON file. */
    readonly path: string,
  ) {}

  /** Opens (or creates) the file; fails naming the file when it is not valid JSON of the right shape. */
  static async open(path: string, options: LowdbStorageOptions = {}): Promise<LowdbStorage> {
    const file = resolve(path);
    if (openPaths.has(file)) throw new Error(`LowdbStorage: ${file} is already open in this process`);
    openPaths.add(file);
    try {
      return new LowdbStorage(await load(file, { ...DEFAULTS, ...options }), file);
    } catch (err) {
      openPaths.delete(file);
      throw err;
    }
  }

  /** Reads the present keys; each item is a fresh JSON copy. */
  async read(keys: string[]): Promise<StoreItems> {
    this.assertOpen();
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const result: StoreItems = {};
    for (const key of keys) {
      const item = this.items[key];
      if (item) setOwn(result, key, JSON.parse(JSON.stringify(item)));
    }
    return result;
  }

  /** Writes items (see the class comment for eTag rules); resolves once they are on disk. */
  async write(changes: StoreItems): Promise<void> {
    this.assertOpen();
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    let conflict: Error | undefined;
    let changed = false;
    try {
      for (const key of Object.keys(changes)) {
        const item = changes[key];
        const old = this.items[key];
        if (!old || item.eTag === '*' || !item.eTag || item.eTag === old.eTag) {
          this.save(key, item);
          changed = true;
        } else {
          conflict ??= new Error(`Storage: error writing "${key}" due to eTag conflict.`);
        }
      }
    } finally {
      if (changed) await this.persist();
    }
    if (conflict) throw conflict;
  }

  /** Deletes keys (missing keys are ignored); resolves once the file no longer holds them. */
  async delete(keys: string[]): Promise<void> {
    this.assertOpen();
    if (!keys) throw new TypeError('Keys are required when deleting.');
    const present = keys.filter((key) => Object.hasOwn(this.items, key));
    for (const key of present) delete this.items[key];
    if (present.length > 0) await this.persist();
  }

  /** Waits until every write started so far has settled on disk. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  /** Refuses further calls, waits for pending writes and releases the file. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.flush();
    } finally {
      openPaths.delete(this.path);
    }
  }

  private get items(): Record<string, StoreItem> {
    return this.db.data.items;
  }

  // Like MemoryStorage: a shallow copy gets the next eTag, then a JSON round trip makes it plain data.
  private save(key: string, item: StoreItem): void {
    const eTag = String(this.db.data.nextETag++);
    this.items[key] = JSON.parse(JSON.stringify({ ...item, eTag }));
  }

  // lowdb serialises the data synchronously here; steno resolves this once that data (or newer) is renamed into place.
  private persist(): Promise<void> {
    const write = this.db.write();
    this.pending.add(write);
    const forget = () => this.pending.delete(write);
    write.then(forget, forget);
    return write;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`LowdbStorage: ${this.path} is closed`);
  }
}

// Reads and validates the file (creating it when allowed); every failure names the file.
async function load(
  file: string,
  options: Required<LowdbStorageOptions>,
): Promise<LowdbFile<LowdbStorageData>> {
  const existed = await stat(file).then(
    () => true,
    (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? false : Promise.reject(err)),
  );
  if (!existed && !options.createIfMissing) throw new Error(`LowdbStorage: ${file} does not exist`);
  const defaults: LowdbStorageData = { nextETag: 1, items: {} };
  const db = await openLowdbFile(file, defaults).catch((err: Error) => {
    throw new Error(`LowdbStorage: cannot open ${file}: ${err.message}`, { cause: err });
  });
  // lowdb keeps the defaults when the file parses to a falsy value (null, 0, false, "").
  if (existed && db.data === defaults) throw new Error(`LowdbStorage: ${file} holds no storage object`);
  const parsed = DataSchema.safeParse(db.data);
  if (!parsed.success) {
    throw new Error(`LowdbStorage: ${file} is not a storage file: ${z.prettifyError(parsed.error)}`);
  }
  // Null prototype: a key like "__proto__" is an ordinary entry, never the object's prototype.
  db.data.items = Object.assign(Object.create(null) as Record<string, StoreItem>, db.data.items);
  if (!existed) await db.write();
  return db;
}

function setOwn(target: StoreItems, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
