// The one home of lowdb. lowdb is single-process: open one Low per file per
// process, and never point two processes at one file.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';

/** A JSON document on disk, read into memory; write() replaces the file atomically (tmp + rename). */
export type LowdbFile<T> = Low<T>;

/** How the document is read and written. */
export interface LowdbFileOptions<T> {
  /** Indent the JSON for people to read (default); compact is faster for files rewritten every turn. */
  pretty?: boolean;
  /** Create the file's directory on open (default true); with false the caller creates it before the first write. */
  createDir?: boolean;
  /**
   * Checks the parsed JSON of an existing file (any JSON value, null included) and returns it typed; throwing
   * makes the open reject. Without it anything is accepted, and lowdb keeps `defaults` for a falsy value.
   */
  validate?: (value: unknown) => T;
}

/**
 * Opens a JSON file as a lowdb document; a missing file reads as `defaults` and is created by the
 * first write(). Uses a plain file adapter on purpose: lowdb's presets silently switch to memory when
 * NODE_ENV=test, which would make persistence tests meaningless.
 */
export async function openLowdbFile<T>(
  path: string,
  defaults: T,
  options: LowdbFileOptions<T> = {},
): Promise<LowdbFile<T>> {
  if (options.createDir !== false) await mkdir(dirname(path), { recursive: true });
  const indent = options.pretty === false ? undefined : 2;
  const validate = options.validate;
  const adapter = new DataFile<T>(path, {
    parse: validate ? (text) => validate(JSON.parse(text)) : JSON.parse,
    stringify: (data) => JSON.stringify(data, null, indent),
  });
  const db = new Low<T>(adapter, defaults);
  await db.read();
  return db;
}
