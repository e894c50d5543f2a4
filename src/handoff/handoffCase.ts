// A handoff case: one shopper's request for a person, from the queue to its end, and the pure state
// machine that moves it. queued → assigned → closed; queued → timed_out | abandoned; assigned → abandoned;
// assigned → timed_out when the agent has gone quiet for too long.

/** Where a case is. `closed`, `timed_out` and `abandoned` are final. */
export type CaseState = 'queued' | 'assigned' | 'closed' | 'timed_out' | 'abandoned';

/** Why the bot escalated. */
export type HandoffReason = 'requested' | 'misunderstood' | 'frustrated' | 'order_problem';

/** States in which the case holds the conversation (the bot's dialogs do not run). */
export const OPEN_STATES: ReadonlySet<CaseState> = new Set(['queued', 'assigned']);

/** The shopper's conversation, as needed to message it later (a plain ConversationReference). */
export interface CaseConversation {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; conversationType?: string; isGroup?: boolean };
  user: { id: string; name?: string };
  bot: { id: string; name?: string };
  locale?: string;
}

/** One line of the conversation before or during the case. */
export interface CaseLine {
  seq: number;
  from: 'shopper' | 'bot' | 'agent' | 'system';
  text: string;
  at: string;
  /** The agent who wrote it (agent lines). */
  agentName?: string;
  /** A product sent with the line (id and name). */
  product?: { id: string; name: string };
  /** A coupon the agent gave the shopper with the line. */
  coupon?: CaseCoupon;
}

/** A coupon granted in a case: its code, offer and expiry. */
export interface CaseCoupon {
  code: string;
  offerId: string;
  title: string;
  expiresAt: string;
}

/** A labelled part of the shopper's context shown to the agent (cart, viewed products, NLU confidence, …). */
export interface ContextSection {
  title: string;
  /** Rows of label → value, shown as text. */
  rows: { label: string; value: string }[];
  /** Shown when there are no rows. */
  empty?: string;
}

/** A case as stored. */
export interface HandoffCase {
  id: string;
  state: CaseState;
  reason: HandoffReason;
  /** What triggered it, in words (the message, the order problem). */
  detail?: string;
  priority: 'normal' | 'high';
  conversation: CaseConversation;
  shopper: { channelId: string; userId: string; name?: string };
  agentId?: string;
  agentName?: string;
  createdAt: string;
  assignedAt?: string;
  endedAt?: string;
  /** Who ended it: an agent (hand back / close), the shopper ("back to the bot") or the system (timeout, gone). */
  endedBy?: 'agent' | 'shopper' | 'system';
  /** How it ended for the bot: hand back (resume and ask for a rating) or close. */
  ending?: 'handBack' | 'close';
  /** The conversation before the escalation (oldest first). */
  transcript: CaseLine[];
  /** Messages since the escalation (oldest first); `seq` grows by one per line. */
  lines: CaseLine[];
  context: ContextSection[];
  rating?: number;
}

/** What can happen to a case. */
export type CaseEvent =
  | { type: 'claim'; agentId: string; agentName: string; at: string }
  | { type: 'handBack' | 'close'; agentId: string; at: string }
  | { type: 'shopperLeft'; at: string }
  | { type: 'timeout'; at: string }
  | { type: 'agentIdle'; at: string }
  | { type: 'gone'; at: string };

/** Why an event does not apply. */
export type TransitionError = 'notQueued' | 'notAssigned' | 'notHolder' | 'ended';

/** The outcome of applying an event. */
export type Transition = { ok: true; next: HandoffCase } | { ok: false; error: TransitionError };

/** Applies an event to a case (pure: the input is not changed). */
export function transition(current: HandoffCase, event: CaseEvent): Transition {
  if (!OPEN_STATES.has(current.state)) return { ok: false, error: 'ended' };
  const end = (
    state: CaseState,
    endedBy: HandoffCase['endedBy'],
    ending?: HandoffCase['ending'],
  ): Transition => ({
    ok: true,
    next: { ...current, state, endedAt: event.at, endedBy, ...(ending ? { ending } : {}) },
  });
  switch (event.type) {
    case 'claim':
      if (current.state !== 'queued') return { ok: false, error: 'notQueued' };
      return {
        ok: true,
        next: {
          ...current,
          state: 'assigned',
          agentId: event.agentId,
          agentName: event.agentName,
          assignedAt: event.at,
        },
      };
    case 'handBack':
    case 'close':
      if (current.state !== 'assigned' || current.agentId !== event.agentId)
        return { ok: false, error: 'notHolder' };
      return end('closed', 'agent', event.type);
    case 'shopperLeft':
      return end(current.state === 'queued' ? 'abandoned' : 'closed', 'shopper', 'handBack');
    case 'timeout':
      if (current.state !== 'queued') return { ok: false, error: 'notQueued' };
      return end('timed_out', 'system');
    case 'agentIdle':
      if (current.state !== 'assigned') return { ok: false, error: 'notAssigned' };
      return end('timed_out', 'system', 'handBack');
    case 'gone':
      return end('abandoned', 'system');
  }
}

/** When the holder last acted on an assigned case: the claim or their latest message (ISO time). */
export function lastAgentActivity(c: HandoffCase): string | undefined {
  const lastLine = [...c.lines].reverse().find((line) => line.from === 'agent');
  if (!c.assignedAt) return lastLine?.at;
  return lastLine && lastLine.at > c.assignedAt ? lastLine.at : c.assignedAt;
}

/** True when `agentId` holds the case (assigned to them and still open). */
export function isHeldBy(c: HandoffCase, agentId: string): boolean {
  return c.state === 'assigned' && c.agentId === agentId;
}

/** Appends a line (pure), keeping at most `max` lines. */
export function withLine(c: HandoffCase, line: Omit<CaseLine, 'seq'>, max: number): HandoffCase {
  const last = c.lines.at(-1)?.seq ?? c.transcript.at(-1)?.seq ?? 0;
  const lines = [...c.lines, { ...line, seq: last + 1 }];
  return { ...c, lines: lines.length > max ? lines.slice(lines.length - max) : lines };
}
