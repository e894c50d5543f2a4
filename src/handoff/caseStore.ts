// Handoff cases in Bot Framework Storage. Every change is an eTag compare-and-swap (casDocument), so two
// agents claiming at once cannot both win, and a shopper's message never overwrites a claim.
//   handoff/cases/<id>                          the case
//   handoff/conversations/<channelId>/<convId>  which case holds the conversation (and which awaits a rating)
//   handoff/index                               open case ids in queue order, recent waits
import { randomBytes } from 'node:crypto';
import { readDocument, updateDocument, type DocumentStorage } from '../storage/casDocument';
import {
  OPEN_STATES,
  transition,
  withLine,
  type CaseEvent,
  type CaseLine,
  type HandoffCase,
  type TransitionError,
} from './handoffCase';

/** Which case holds a conversation. */
export interface ConversationPointer {
  /** The open case (queued or assigned), if any. */
  activeCaseId?: string;
  /** A case just handed back, whose rating question is pending. */
  ratingCaseId?: string;
}

/** The queue index. */
interface CaseIndex {
  /** Open cases, oldest first. */
  open: string[];
  /** Queue waits (ms from created to claimed) of the last claims, newest last. */
  waitsMs: number[];
}

/** Limits of the store. */
export interface CaseStoreOptions {
  /** Lines kept per case (default 500). */
  maxLines: number;
  /** Claims remembered for the wait estimate (default 20). */
  keepWaits: number;
  /** CAS retries on conflicting writes (default 8). */
  retries: number;
}

/** Defaults for CaseStoreOptions. */
export const CASE_STORE_DEFAULTS: CaseStoreOptions = { maxLines: 500, keepWaits: 20, retries: 8 };

/** The outcome of a change to a case. */
export type CaseUpdate = { ok: true; case: HandoffCase } | { ok: false; error: TransitionError | 'notFound' };

const caseKey = (id: string) => `handoff/cases/${id}`;
const INDEX_KEY = 'handoff/index';
/** The pointer key of a conversation. */
export const conversationKey = (channelId: string, conversationId: string) =>
  `handoff/conversations/${channelId}/${conversationId}`;
const CASE_ID = /^[A-Za-z0-9_-]{6,64}$/;

/** Reads and changes cases; every write is eTag-checked. */
export class CaseStore {
  readonly options: CaseStoreOptions;
  private readonly listeners = new Set<(caseId: string) => void>();

  constructor(
    private readonly storage: DocumentStorage & { delete(keys: string[]): Promise<void> },
    options: Partial<CaseStoreOptions> = {},
  ) {
    this.options = { ...CASE_STORE_DEFAULTS, ...options };
  }

  /**
   * Calls `listener` with a case's id whenever this process opens or changes it (the agent console's
   * live updates); returns the way to stop. Other instances' changes are not seen: poll for those.
   */
  onChange(listener: (caseId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(caseId: string): void {
    for (const listener of this.listeners) {
      try {
        listener(caseId);
      } catch {
        // A listener's failure never fails the change it is told of.
      }
    }
  }

  /** A case by id (undefined for unknown or malformed ids). */
  async get(id: string): Promise<HandoffCase | undefined> {
    if (!CASE_ID.test(id)) return undefined;
    return readDocument<HandoffCase>(this.storage, caseKey(id));
  }

  /** The conversation's pointer (empty when the bot has it). */
  async pointer(channelId: string, conversationId: string): Promise<ConversationPointer> {
    return (
      (await readDocument<ConversationPointer>(this.storage, conversationKey(channelId, conversationId))) ??
      {}
    );
  }

  /**
   * Opens a case for a conversation, unless one is open already (then that one is returned with
   * `created: false`). `draft` is everything but id and state.
   */
  async open(draft: Omit<HandoffCase, 'id' | 'state'>): Promise<{ case: HandoffCase; created: boolean }> {
    const { channelId, conversation } = draft.conversation;
    const existing = await this.activeCase(channelId, conversation.id);
    if (existing) return { case: existing, created: false };
    const created: HandoffCase = { ...draft, id: newCaseId(), state: 'queued' };
    await this.storage.write({ [caseKey(created.id)]: { ...created, eTag: '*' } }); // a new random key
    const claimed = await updateDocument<ConversationPointer, string>(
      this.storage,
      conversationKey(channelId, conversation.id),
      (p) =>
        p?.activeCaseId
          ? { keep: p.activeCaseId }
          : { next: { activeCaseId: created.id }, result: created.id },
      this.options,
    );
    if (claimed.result !== created.id) {
      // Another turn opened one first: drop ours, return theirs.
      await this.storage.delete([caseKey(created.id)]);
      const theirs = await this.get(claimed.result);
      if (theirs) return { case: theirs, created: false };
    }
    await this.updateIndex((index) => ({ ...index, open: [...index.open, created.id] }));
    this.changed(created.id);
    return { case: created, created: true };
  }

  /** The open case of a conversation, if any. */
  async activeCase(channelId: string, conversationId: string): Promise<HandoffCase | undefined> {
    const { activeCaseId } = await this.pointer(channelId, conversationId);
    const c = activeCaseId ? await this.get(activeCaseId) : undefined;
    return c && OPEN_STATES.has(c.state) ? c : undefined;
  }

  /**
   * Applies a state event with an eTag-checked write (re-read and re-decided on a conflict). When the case
   * ends, the conversation goes back to the bot and leaves the queue.
   */
  async apply(id: string, event: CaseEvent): Promise<CaseUpdate> {
    let error: TransitionError | 'notFound' = 'notFound';
    const { doc, written } = await updateDocument<HandoffCase, void>(
      this.storage,
      caseKey(id),
      (current) => {
        if (!current) return { keep: undefined };
        const t = transition(current, event);
        if (!t.ok) {
          error = t.error;
          return { keep: undefined };
        }
        return { next: t.next, result: undefined };
      },
      this.options,
    );
    if (!written) return { ok: false, error };
    if (event.type === 'claim') await this.recordWait(doc);
    if (!OPEN_STATES.has(doc.state)) await this.release(doc);
    this.changed(id);
    return { ok: true, case: doc };
  }

  /**
   * Appends a line to an open case. `mayWrite` is checked against the freshly read case inside the
   * compare-and-swap (e.g. "the agent still holds it"), so a line cannot slip in after a hand-back.
   */
  async appendLine(
    id: string,
    line: Omit<CaseLine, 'seq'>,
    mayWrite: (c: HandoffCase) => TransitionError | undefined = () => undefined,
  ): Promise<CaseUpdate> {
    let error: TransitionError | 'notFound' = 'notFound';
    const { doc, written } = await updateDocument<HandoffCase, void>(
      this.storage,
      caseKey(id),
      (current) => {
        const refused = !current ? 'notFound' : !OPEN_STATES.has(current.state) ? 'ended' : mayWrite(current);
        if (refused || !current) {
          error = refused ?? 'notFound';
          return { keep: undefined };
        }
        return { next: withLine(current, line, this.options.maxLines), result: undefined };
      },
      this.options,
    );
    if (!written) return { ok: false, error };
    this.changed(id);
    return { ok: true, case: doc };
  }

  /** Records the shopper's rating of a handed-back case and clears the pending question. */
  async rate(id: string, rating: number): Promise<void> {
    await updateDocument<HandoffCase, void>(
      this.storage,
      caseKey(id),
      (c) => (c ? { next: { ...c, rating }, result: undefined } : { keep: undefined }),
      this.options,
    );
  }

  /** Forgets a pending rating question of a conversation. */
  async clearRating(channelId: string, conversationId: string): Promise<void> {
    await updateDocument<ConversationPointer, void>(
      this.storage,
      conversationKey(channelId, conversationId),
      (p) =>
        p?.ratingCaseId ? { next: { activeCaseId: p.activeCaseId }, result: undefined } : { keep: undefined },
      this.options,
    );
  }

  /** Open cases (queued and assigned), oldest first. */
  async openCases(): Promise<HandoffCase[]> {
    return this.openIn(await this.index());
  }

  /** 1-based place of a queued case among queued cases (0 when not queued). */
  async position(id: string): Promise<number> {
    return (await this.standing(id)).position;
  }

  /** Mean wait of recent claims, or undefined before the first claim. */
  async meanWaitMs(): Promise<number | undefined> {
    return mean((await this.index()).waitsMs);
  }

  /** position and meanWaitMs together, from one read of the index. */
  async standing(id: string): Promise<{ position: number; meanWaitMs: number | undefined }> {
    const index = await this.index();
    const queued = (await this.openIn(index)).filter((c) => c.state === 'queued');
    return { position: queued.findIndex((c) => c.id === id) + 1, meanWaitMs: mean(index.waitsMs) };
  }

  private async openIn(index: CaseIndex): Promise<HandoffCase[]> {
    const cases = await Promise.all(index.open.map((id) => this.get(id)));
    return cases.filter((c): c is HandoffCase => c !== undefined && OPEN_STATES.has(c.state));
  }

  private async index(): Promise<CaseIndex> {
    return (await readDocument<CaseIndex>(this.storage, INDEX_KEY)) ?? { open: [], waitsMs: [] };
  }

  private async updateIndex(change: (index: CaseIndex) => CaseIndex): Promise<void> {
    await updateDocument<CaseIndex, void>(
      this.storage,
      INDEX_KEY,
      (current) => ({ next: change(current ?? { open: [], waitsMs: [] }), result: undefined }),
      { retries: 64 },
    );
  }

  private async recordWait(c: HandoffCase): Promise<void> {
    if (!c.assignedAt) return;
    const wait = Date.parse(c.assignedAt) - Date.parse(c.createdAt);
    await this.updateIndex((index) => ({
      ...index,
      waitsMs: [...index.waitsMs, Math.max(0, wait)].slice(-this.options.keepWaits),
    }));
  }

  /** The case ended: it leaves the queue and the conversation goes back to the bot (awaiting a rating after a hand-back). */
  private async release(c: HandoffCase): Promise<void> {
    const { channelId, conversation } = c.conversation;
    await updateDocument<ConversationPointer, void>(
      this.storage,
      conversationKey(channelId, conversation.id),
      (p) =>
        p?.activeCaseId === c.id
          ? {
              next: c.ending === 'handBack' && c.endedBy === 'agent' ? { ratingCaseId: c.id } : {},
              result: undefined,
            }
          : { keep: undefined },
      this.options,
    );
    await this.updateIndex((index) => ({ ...index, open: index.open.filter((id) => id !== c.id) }));
  }
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);

function newCaseId(): string {
  return `case-${randomBytes(9).toString('base64url')}`;
}
