// In-memory registry of local Direct Line conversations (one process only: a
// web conversation is pinned to the instance that created it).
//
// Token contract: every conversation has one current token; it expires
// `tokenTtlMs` after it was issued or last slid (reconnect, posted activity).
// `refresh()` issues a new token for the same conversation; the old one keeps
// working for `refreshGraceMs` (default 60 s) so in-flight polls and a page that
// saved the old token just before a reload do not fail, then it stops working.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** One stored activity (as the bot or the client sent it, plus id and timestamp). */
export type StoredActivity = Partial<Activity>;

/** A local Direct Line conversation. `history[0]` has watermark index `firstIndex`. */
export interface DirectLineConversation {
  id: string;
  token: string;
  userId: string;
  locale?: string;
  history: StoredActivity[];
  firstIndex: number;
  createdAt: number;
  expiresAt: number;
  previousToken?: { token: string; validUntil: number };
}

/** Limits and clock of the registry. */
export interface DirectLineConversationsOptions {
  maxConversations: number;
  maxHistory: number;
  tokenTtlMs: number;
  refreshGraceMs: number;
  /** 0 = no timer: call `sweep()` yourself (expired conversations are also ignored on read). */
  sweepIntervalMs: number;
  now: () => number;
}

/** Defaults for `DirectLineConversationsOptions`. */
export const DIRECT_LINE_DEFAULTS: DirectLineConversationsOptions = {
  maxConversations: 1000,
  maxHistory: 500,
  tokenTtlMs: 30 * 60 * 1000,
  refreshGraceMs: 60 * 1000,
  sweepIntervalMs: 0,
  now: () => Date.now(),
};

/** Told of a conversation's new activities as they are appended (a WebSocket stream). */
export interface ConversationListener {
  /** A new activity, and the watermark after it. */
  activity(activity: StoredActivity, watermark: string): void;
  /** The conversation expired or the registry closed: nothing more will come. */
  closed(): void;
}

/** Thrown when an activity targets a conversation that does not exist (or expired). */
export class ConversationNotFoundError extends Error {
  constructor(readonly conversationId: string) {
    super(`Direct Line conversation not found: ${conversationId}`);
    this.name = 'ConversationNotFoundError';
  }
}

const newToken = (): string => randomBytes(32).toString('base64url');
const digest = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** Constant-time token comparison that is safe for inputs of different lengths. */
export function tokensEqual(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** Conversation registry with token checks, capped history and TTL cleanup. */
export class DirectLineConversations {
  readonly options: DirectLineConversationsOptions;
  private readonly byId = new Map<string, DirectLineConversation>();
  private readonly byTokenHash = new Map<string, string>();
  private readonly listeners = new Map<string, Set<ConversationListener>>();
  private timer?: NodeJS.Timeout;

  constructor(options: Partial<DirectLineConversationsOptions> = {}) {
    this.options = { ...DIRECT_LINE_DEFAULTS, ...options };
    if (this.options.sweepIntervalMs > 0) {
      this.timer = setInterval(() => this.sweep(), this.options.sweepIntervalMs);
      this.timer.unref();
    }
  }

  /** Number of live (not yet swept) conversations. */
  get size(): number {
    return this.byId.size;
  }

  /** Starts a conversation; at the cap, the oldest conversation is dropped first. */
  create(userId: string, locale?: string): DirectLineConversation {
    if (this.byId.size >= this.options.maxConversations) this.sweep();
    while (this.byId.size >= this.options.maxConversations) {
      const oldest = this.byId.keys().next().value as string;
      this.remove(oldest);
    }
    const now = this.options.now();
    const conv: DirectLineConversation = {
      id: `local-${randomBytes(12).toString('base64url')}`,
      token: newToken(),
      userId,
      locale,
      history: [],
      firstIndex: 0,
      createdAt: now,
      expiresAt: now + this.options.tokenTtlMs,
    };
    this.byId.set(conv.id, conv);
    this.byTokenHash.set(digest(conv.token).toString('hex'), conv.id);
    return conv;
  }

  /** The live conversation with this id, or undefined (unknown or expired). */
  get(id: string): DirectLineConversation | undefined {
    const conv = this.byId.get(id);
    if (conv && conv.expiresAt <= this.options.now()) {
      this.remove(id);
      return undefined;
    }
    return conv;
  }

  /** True when `presented` is the current token, or the previous one within its grace period. */
  tokenMatches(conv: DirectLineConversation, presented: string): boolean {
    const current = tokensEqual(presented, conv.token);
    const prev = conv.previousToken;
    const previous = prev !== undefined && tokensEqual(presented, prev.token);
    return current || (previous && prev.validUntil > this.options.now());
  }

  /** The live conversation a token belongs to (current or in-grace previous token). */
  findByToken(presented: string): DirectLineConversation | undefined {
    const id = this.byTokenHash.get(digest(presented).toString('hex'));
    const conv = id === undefined ? undefined : this.get(id);
    return conv && this.tokenMatches(conv, presented) ? conv : undefined;
  }

  /** Issues a new token for the conversation; the old one works for `refreshGraceMs` more. */
  refresh(conv: DirectLineConversation): string {
    const now = this.options.now();
    if (conv.previousToken) this.byTokenHash.delete(digest(conv.previousToken.token).toString('hex'));
    conv.previousToken = {
      token: conv.token,
      validUntil: Math.min(conv.expiresAt, now + this.options.refreshGraceMs),
    };
    conv.token = newToken();
    conv.expiresAt = now + this.options.tokenTtlMs;
    this.byTokenHash.set(digest(conv.token).toString('hex'), conv.id);
    return conv.token;
  }

  /** Slides the current token's expiry (reconnect, user activity). */
  touch(conv: DirectLineConversation): void {
    conv.expiresAt = this.options.now() + this.options.tokenTtlMs;
  }

  /** Seconds until the conversation's current token expires. */
  expiresIn(conv: DirectLineConversation): number {
    return Math.max(0, Math.floor((conv.expiresAt - this.options.now()) / 1000));
  }

  /** Appends to the history and returns the id `<conversationId>|0000007` (7 = watermark index). */
  append(conversationId: string, activity: StoredActivity): string {
    const conv = this.get(conversationId);
    if (!conv) throw new ConversationNotFoundError(conversationId);
    const index = conv.firstIndex + conv.history.length;
    const id = `${conv.id}|${String(index).padStart(7, '0')}`;
    conv.history.push({ ...activity, id });
    const excess = conv.history.length - this.options.maxHistory;
    if (excess > 0) {
      conv.history.splice(0, excess);
      conv.firstIndex += excess;
    }
    const watermark = String(conv.firstIndex + conv.history.length);
    const stored = conv.history[conv.history.length - 1];
    for (const listener of this.listeners.get(conv.id) ?? []) listener.activity(stored, watermark);
    return id;
  }

  /** Tells `listener` of every activity appended to the conversation from now on; returns the way to stop. */
  subscribe(conversationId: string, listener: ConversationListener): () => void {
    if (!this.get(conversationId)) throw new ConversationNotFoundError(conversationId);
    const set = this.listeners.get(conversationId) ?? new Set<ConversationListener>();
    set.add(listener);
    this.listeners.set(conversationId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(conversationId) === set) this.listeners.delete(conversationId);
    };
  }

  /** How many listeners a conversation has. */
  listenerCount(conversationId: string): number {
    return this.listeners.get(conversationId)?.size ?? 0;
  }

  /** Replaces a stored activity by id; false when it is unknown or already dropped. */
  replace(conversationId: string, activity: StoredActivity): boolean {
    const conv = this.get(conversationId);
    const at = conv ? conv.history.findIndex((a) => a.id === activity.id) : -1;
    if (!conv || at < 0) return false;
    conv.history[at] = { ...conv.history[at], ...activity };
    return true;
  }

  /** Activities from watermark index `watermark` on, and the next watermark. */
  since(
    conv: DirectLineConversation,
    watermark: number,
  ): { activities: StoredActivity[]; watermark: string } {
    const start = Math.max(0, watermark - conv.firstIndex);
    return {
      activities: conv.history.slice(start),
      watermark: String(conv.firstIndex + conv.history.length),
    };
  }

  /** Drops expired conversations; returns how many were removed. */
  sweep(): number {
    const now = this.options.now();
    let removed = 0;
    for (const conv of [...this.byId.values()]) {
      if (conv.expiresAt <= now) {
        this.remove(conv.id);
        removed += 1;
      }
    }
    return removed;
  }

  /** Stops the sweep timer (if any) and forgets every conversation. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    for (const id of [...this.byId.keys()]) this.remove(id);
    this.byTokenHash.clear();
  }

  private remove(id: string): void {
    const conv = this.byId.get(id);
    if (!conv) return;
    this.byId.delete(id);
    this.byTokenHash.delete(digest(conv.token).toString('hex'));
    if (conv.previousToken) this.byTokenHash.delete(digest(conv.previousToken.token).toString('hex'));
    const listeners = this.listeners.get(id);
    this.listeners.delete(id);
    for (const listener of listeners ?? []) listener.closed();
  }
}
