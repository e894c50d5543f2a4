// One small JSON file per storage key: <dir>/<2 hex>/<32 hex>.json, named by the key's sha256.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StoreItem } from 'botbuilder';
import { z } from 'zod';
import { openLowdbFile, type LowdbFile } from './lowdbFile';

/** What a key file holds: the original key, and the item as read() returns it (its eTag inside). */
export interface KeyDoc {
  key: string;
  item: StoreItem & { eTag: string };
}

/** A key's document; `data` is null while the key is absent (no file). */
export type KeyFile = LowdbFile<KeyDoc | null>;

const KeyDocSchema = z.object({ key: z.string(), item: z.looseObject({ eTag: z.string().min(1) }) });
const SHARD = /^[0-9a-f]{2}$/;
const NAME = /^[0-9a-f]{32}\.json$/;

/** The file that holds `key` under the storage directory `dir`. */
export function keyFilePath(dir: string, key: string): string {
  const hash = createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 32);
  return join(dir, hash.slice(0, 2), `${hash}.json`);
}

/** Checks that `dir` is a directory, creating it when missing if allowed; errors name it. */
export async function prepareStorageDir(dir: string, createIfMissing: boolean): Promise<void> {
  const info = await stat(dir).catch((err: NodeJS.ErrnoException) =>
    err.code === 'ENOENT' ? undefined : Promise.reject(err),
  );
  if (info && !info.isDirectory()) {
    throw new Error(
      `LowdbStorage: ${dir} is a file, not a storage directory (a single-file store from before?)`,
    );
  }
  if (!info && !createIfMissing) throw new Error(`LowdbStorage: ${dir} does not exist`);
  if (!info) await mkdir(dir, { recursive: true });
}

/**
 * The document for a write, like MemoryStorage's: a shallow copy of the item gets a new eTag (16 random hex
 * digits: unique across writes and restarts, no counter to keep), then a JSON round trip makes it plain data.
 */
export function newKeyDoc(key: string, item: StoreItem): KeyDoc {
  const eTag = randomBytes(8).toString('hex');
  return { key, item: JSON.parse(JSON.stringify({ ...item, eTag })) as KeyDoc['item'] };
}

/** Checks a key file's parsed JSON; `expected` is the key it must hold. Errors name the file. */
export function parseKeyDoc(file: string, value: unknown, expected?: string): KeyDoc {
  const parsed = KeyDocSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`LowdbStorage: ${file} is not a key file: ${z.prettifyError(parsed.error)}`);
  }
  // Keep the value itself (not zod's copy): a key like "__proto__" inside the item stays an own property.
  const doc = value as KeyDoc;
  if (expected !== undefined && doc.key !== expected) {
    throw new Error(
      `LowdbStorage: ${file} holds key ${JSON.stringify(doc.key)}, not ${JSON.stringify(expected)}`,
    );
  }
  return doc;
}

/** Loads the key's document (null data when there is no file); fails naming the file when it is not valid. */
export async function openKeyFile(dir: string, key: string): Promise<KeyFile> {
  const file = keyFilePath(dir, key);
  const validate = (value: unknown) => parseKeyDoc(file, value, key);
  return openLowdbFile<KeyDoc | null>(file, null, { pretty: false, createDir: false, validate }).catch(
    (err: Error) => {
      if (err.message.includes(file)) throw err;
      throw new Error(`LowdbStorage: cannot read ${file}: ${err.message}`, { cause: err });
    },
  );
}

/** Stores `doc` in the key's file (atomically, tmp + rename); on failure the document keeps its old data. */
export async function saveKeyFile(db: KeyFile, dir: string, doc: KeyDoc): Promise<void> {
  const previous = db.data;
  db.data = doc;
  try {
    if (!previous) await mkdir(dirname(keyFilePath(dir, doc.key)), { recursive: true });
    await db.write();
  } catch (err) {
    db.data = previous;
    throw err;
  }
}

/** Removes the key's file if there is one (an empty shard directory may stay). */
export async function removeKeyFile(dir: string, key: string): Promise<void> {
  await rm(keyFilePath(dir, key), { force: true });
}

/** Every key stored under `dir`, read from the files (one shard at a time); fails naming an invalid file. */
export async function scanKeys(dir: string): Promise<string[]> {
  const keys: string[] = [];
  for (const shard of await readdir(dir, { withFileTypes: true })) {
    if (!shard.isDirectory() || !SHARD.test(shard.name)) continue;
    const names = (await readdir(join(dir, shard.name))).filter((name) => NAME.test(name));
    const found = await Promise.all(names.map((name) => readStoredKey(join(dir, shard.name, name))));
    for (const key of found) if (key !== undefined) keys.push(key);
  }
  return keys;
}

// The key a file holds; undefined when the file went away meanwhile (deleted by a concurrent delete()).
async function readStoredKey(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`LowdbStorage: cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  const { key } = parseKeyDoc(file, value);
  if (keyFilePath(dirname(dirname(file)), key) !== file) {
    throw new Error(`LowdbStorage: ${file} holds key ${JSON.stringify(key)}, which belongs in another file`);
  }
  return key;
}
