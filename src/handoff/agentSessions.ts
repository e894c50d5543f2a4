// Console sessions, in memory (one process): a random id in an HttpOnly SameSite=Strict cookie, a
// per-session CSRF token the page sends back in a header, idle and absolute expiry, and a limit on
// failed sign-ins per account and per address.
import { createHash, randomBytes } from 'node:crypto';

/** A signed-in session. */
export interface AgentSession {
  agentId: string;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
}

/** Lifetimes and limits. */
export interface AgentSessionOptions {
  idleMs: number;
  absoluteMs: number;
  /** Failed sign-ins per key (account or address) within `failureWindowMs` before refusing (default 5). */
  maxFailures: number;
  failureWindowMs: number;
  now: () => number;
}

/** Defaults for AgentSessionOptions. */
export const SESSION_DEFAULTS: AgentSessionOptions = {
  idleMs: 60 * 60_000,
  absoluteMs: 12 * 60 * 60_000,
  maxFailures: 5,
  failureWindowMs: 15 * 60_000,
  now: () => Date.now(),
};

// Sessions are keyed by a hash of their id, so a heap dump does not hand out live cookies.
const keyOf = (sessionId: string) => createHash('sha256').update(sessionId).digest('hex');

/** Sessions and sign-in throttling. */
export class AgentSessions {
  readonly options: AgentSessionOptions;
  private readonly sessions = new Map<string, AgentSession>();
  private readonly failures = new Map<string, number[]>();

  constructor(options: Partial<AgentSessionOptions> = {}) {
    this.options = { ...SESSION_DEFAULTS, ...options };
  }

  /** Starts a session; returns its id (for the cookie) and the session. */
  create(agentId: string): { id: string; session: AgentSession } {
    const now = this.options.now();
    const id = randomBytes(32).toString('base64url');
    const session = {
      agentId,
      csrfToken: randomBytes(24).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
    };
    this.sessions.set(keyOf(id), session);
    return { id, session };
  }

  /** The live session with this id (its idle timer restarts), or undefined. */
  get(id: string | undefined): AgentSession | undefined {
    if (!id || id.length > 128) return undefined;
    const key = keyOf(id);
    const session = this.sessions.get(key);
    const now = this.options.now();
    if (!session) return undefined;
    if (now - session.lastSeenAt > this.options.idleMs || now - session.createdAt > this.options.absoluteMs) {
      this.sessions.delete(key);
      return undefined;
    }
    session.lastSeenAt = now;
    return session;
  }

  /** Ends a session. */
  end(id: string | undefined): void {
    if (id) this.sessions.delete(keyOf(id));
  }

  /** Agents with a live session now. */
  onlineAgents(): Set<string> {
    const now = this.options.now();
    return new Set(
      [...this.sessions.values()]
        .filter((s) => now - s.lastSeenAt <= this.options.idleMs)
        .map((s) => s.agentId),
    );
  }

  /**
   * True when any of these keys has too many recent failures. Keys starting `ip:` (an address, which
   * several staff may share behind one proxy) allow four times as many as account keys.
   */
  throttled(keys: string[]): boolean {
    return keys.some(
      (k) => this.recentFailures(k).length >= this.options.maxFailures * (k.startsWith('ip:') ? 4 : 1),
    );
  }

  /** Counts a failed sign-in against each key. */
  failed(keys: string[]): void {
    const now = this.options.now();
    for (const k of keys) this.failures.set(k, [...this.recentFailures(k), now]);
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value as string);
  }

  /** Clears the failures of a key (after a successful sign-in). */
  succeeded(key: string): void {
    this.failures.delete(key);
  }

  private recentFailures(key: string): number[] {
    const since = this.options.now() - this.options.failureWindowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }
}
