// The one home of lowdb. lowdb is single-process: open one Low per file per
// process, and never point two processes at one file.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

/** A JSON document on disk, read into memory; write() replaces the file atomically (tmp + rename). */
export type LowdbFile<T> = Low<T>;

/**
 * Opens (creating if missing) a JSON file as a lowdb document. Uses the plain
 * JSONFile adapter on purpose: lowdb's presets silently switch to memory when
 * NODE_ENV=test, which would make persistence tests meaningless.
 */
export async function openLowdbFile<T>(path: string, defaults: T): Promise<LowdbFile<T>> {
  await mkdir(dirname(path), { recursive: true });
  const db = new Low<T>(new JSONFile<T>(path), defaults);
  await db.read();
  return db;
}
