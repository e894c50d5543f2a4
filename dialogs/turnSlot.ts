// A typed value kept in one turn's state, so what the bot computes once a turn (the recognition, the
// services the shared interruptions need) reaches every dialog of that turn without being passed along.
import type { TurnContext } from 'botbuilder';

/** A named slot in a turn's state. */
export interface TurnSlot<T> {
  set(context: TurnContext, value: T | undefined): void;
  get(context: TurnContext): T | undefined;
}

/** A new slot (its key is private to it, so slots never collide). */
export function turnSlot<T>(name: string): TurnSlot<T> {
  const key = Symbol(`shopkeeper.${name}`);
  return {
    set: (context, value) => void context.turnState.set(key, value),
    get: (context) => context.turnState.get(key) as T | undefined,
  };
}
