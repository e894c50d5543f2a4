// When the bot should bring in a person: pure functions over the turn's understanding and the
// conversation's recent signals. The bot layer feeds them and acts on the answer.
import type { HandoffReason } from './handoffCase';

/** What the triggers read about the current message. */
export interface TurnSignal {
  text: string;
  intent: string;
  score: number;
  /** 0..1, from src/nlu/sentiment. */
  frustration: number;
  /**
   * The message answers a question the bot is waiting on (a prompt in a flow): the flow judges it, so an
   * unrecognised intent there is not a misunderstanding ("Changed my mind", an address, "standard").
   */
  inFlow?: boolean;
}

/** What the conversation remembers between turns for the triggers (kept in conversation state). */
export interface HandoffSignals {
  /** Messages in a row the bot did not understand (intent `none`). */
  misunderstoodInRow: number;
  /** The NLU's last few results, newest last (shown to the agent). */
  recent: { text: string; intent: string; score: number; frustration: number; at: string }[];
}

/** Tunable limits of the triggers. */
export interface TriggerOptions {
  /** Misunderstood messages in a row that escalate (default 2). */
  misunderstoodInRow: number;
  /** Frustration score that escalates (default 0.6). */
  frustration: number;
  /** The intent of an explicit request. */
  requestIntent: string;
  /** The intent the NLU gives when unsure. */
  noneIntent: string;
  /** How many recent results are kept (default 8). */
  keepRecent: number;
}

/** Defaults for TriggerOptions. */
export const TRIGGER_DEFAULTS: TriggerOptions = {
  misunderstoodInRow: 2,
  frustration: 0.6,
  requestIntent: 'talk_to_human',
  noneIntent: 'none',
  keepRecent: 8,
};

/** A decision to escalate. */
export interface Escalation {
  reason: HandoffReason;
  priority: 'normal' | 'high';
  detail: string;
}

/** Explicit asks the NLU might miss (button titles, very short messages). */
const ASKS_FOR_PERSON =
  /^(please )?(talk|speak|chat) (to|with) (a |an |the )?(person|human|agent|someone|real person|staff)( please)?[.!]*$/i;

/** Empty signals for a new conversation. */
export function emptySignals(): HandoffSignals {
  return { misunderstoodInRow: 0, recent: [] };
}

/** The signals after this turn (pure). */
export function nextSignals(
  signals: HandoffSignals,
  turn: TurnSignal,
  at: string,
  options: TriggerOptions = TRIGGER_DEFAULTS,
): HandoffSignals {
  const entry = {
    text: turn.text.slice(0, 200),
    intent: turn.intent,
    score: turn.score,
    frustration: turn.frustration,
    at,
  };
  return {
    misunderstoodInRow:
      turn.intent === options.noneIntent && !turn.inFlow ? signals.misunderstoodInRow + 1 : 0,
    recent: [...signals.recent, entry].slice(-options.keepRecent),
  };
}

/** Whether this turn (with the signals already updated by it) should go to a person, and why. */
export function escalationFor(
  turn: TurnSignal,
  signals: HandoffSignals,
  options: TriggerOptions = TRIGGER_DEFAULTS,
): Escalation | undefined {
  if (turn.intent === options.requestIntent || ASKS_FOR_PERSON.test(turn.text.trim()))
    return { reason: 'requested', priority: 'normal', detail: turn.text };
  if (turn.frustration >= options.frustration)
    return { reason: 'frustrated', priority: 'high', detail: turn.text };
  if (signals.misunderstoodInRow >= options.misunderstoodInRow)
    return {
      reason: 'misunderstood',
      priority: 'normal',
      detail: signals.recent
        .slice(-signals.misunderstoodInRow)
        .map((r) => r.text)
        .join(' / '),
    };
  return undefined;
}

/** "Back to the bot" (and close variants): the shopper ends the handoff. */
export function isBackToBot(text: string): boolean {
  return /^(go |take me |switch )?back to (the )?(bot|shopkeeper|assistant)[.!]*$|^(cancel|stop|end) (the )?(handoff|human|agent|chat with (a |the )?(person|human|agent))[.!]*$|^(never ?mind|nevermind)[,.! ]*(i'?ll|let me)? ?(talk|chat) (to|with) the bot[.!]*$/i.test(
    text.trim(),
  );
}

/** A rating reply to "how did we do?" (1–5), or undefined. */
export function ratingIn(text: string): number | undefined {
  const m = text.trim().match(/^(?:rate\s*)?([1-5])\s*(?:\/\s*5|stars?|★|⭐)?[.!]*$/i);
  if (m) return Number(m[1]);
  const stars = text.trim().match(/^([★⭐]{1,5})$/u);
  return stars ? [...stars[1]].length : undefined;
}
