// The way a dialog asks for a person when it cannot solve something itself (e.g. a return outside the
// window): call `requestHandoff` during the turn; after the dialogs have run, the bot opens the case.

const KEY = Symbol('shopkeeper.handoffRequest');

/** A dialog's request for a person. */
export interface HandoffRequest {
  reason: 'order_problem';
  /** What the bot could not solve, for the agent (e.g. "return of SK-1042: 45 days after delivery"). */
  detail: string;
}

/** Asks for a person at the end of this turn. */
export function requestHandoff(
  context: { turnState: Map<unknown, unknown> },
  detail: string,
  reason: HandoffRequest['reason'] = 'order_problem',
): void {
  context.turnState.set(KEY, { reason, detail } satisfies HandoffRequest);
}

/** The request made during this turn, if any (and forgets it). */
export function takeHandoffRequest(context: {
  turnState: Map<unknown, unknown>;
}): HandoffRequest | undefined {
  const request = context.turnState.get(KEY) as HandoffRequest | undefined;
  context.turnState.delete(KEY);
  return request;
}
