// Read-modify-write of one Storage document under eTag compare-and-swap: the way money-relevant
// records (carts, orders, the order-number sequence) are written, since BotState always writes '*'.
import type { Storage, StoreItem } from 'botbuilder';

/** The part of Bot Framework Storage a document service needs. */
export type DocumentStorage = Pick<Storage, 'read' | 'write'>;

/** Options for updateDocument. */
export interface CasOptions {
  /** How many times a conflicting write is retried on a fresh read (default 8). */
  retries?: number;
}

/** Defaults for CasOptions. */
export const DEFAULTS: Required<CasOptions> = { retries: 8 };

/** The outcome of an update: the document written (or left), and what `change` returned with it. */
export interface CasResult<D, R> {
  doc: D;
  result: R;
  /** False when `change` asked to leave the document as it was. */
  written: boolean;
}

/** A change: given the current document (or undefined), the next one and a result, or `keep` to write nothing. */
export type DocumentChange<D, R> = (current: D | undefined) => { next: D; result: R } | { keep: R };

/** True when a Storage error is an eTag conflict (MemoryStorage, LowdbStorage, BlobsStorage and Cosmos all say so). */
export function isEtagConflict(error: unknown): boolean {
  return /etag conflict|precondition|412/i.test(String((error as Error)?.message ?? error));
}

/** Reads one document (without its eTag), or undefined. */
export async function readDocument<D extends object>(
  storage: DocumentStorage,
  key: string,
): Promise<D | undefined> {
  const item = (await storage.read([key]))[key] as (D & StoreItem) | undefined;
  return item ? stripEtag(item) : undefined;
}

/**
 * Applies `change` to the document at `key` and writes it with the eTag it was read with; on a conflict
 * (another writer got there first) re-reads and re-applies, up to `retries` times, then throws. A missing
 * document is written with eTag '*' (Storage has no create-if-absent), so the first write to a new key is
 * last-writer-wins: keys that must be created exactly once are allocated through a CAS'd document first.
 */
export async function updateDocument<D extends object, R>(
  storage: DocumentStorage,
  key: string,
  change: DocumentChange<D, R>,
  options: CasOptions = {},
): Promise<CasResult<D, R>> {
  const { retries } = { ...DEFAULTS, ...options };
  for (let attempt = 0; ; attempt++) {
    const item = (await storage.read([key]))[key] as (D & StoreItem) | undefined;
    const eTag = item?.eTag ?? '*';
    const current = item ? (stripEtag(item) as D) : undefined;
    const outcome = change(current);
    if ('keep' in outcome) return { doc: current as D, result: outcome.keep, written: false };
    try {
      await storage.write({ [key]: { ...outcome.next, eTag } });
      return { doc: outcome.next, result: outcome.result, written: true };
    } catch (error) {
      if (!isEtagConflict(error) || attempt >= retries) throw error;
    }
  }
}

function stripEtag<D extends object>(item: D & StoreItem): D {
  const rest: Record<string, unknown> = { ...item };
  delete rest.eTag;
  return rest as D;
}
