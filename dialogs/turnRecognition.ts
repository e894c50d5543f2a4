// The recognition of the current message, computed once per turn by the bot
// and read by every dialog (so interruptions don't re-run the recognizer).
import type { TurnContext } from 'botbuilder';
import type { Recognition } from '../src/nlu/recognizer';

const KEY = Symbol('shopkeeper.recognition');

/** Stores this turn's recognition. */
export function setRecognition(context: TurnContext, recognition: Recognition): void {
  context.turnState.set(KEY, recognition);
}

/** This turn's recognition, if the message had text. */
export function getRecognition(context: TurnContext): Recognition | undefined {
  return context.turnState.get(KEY) as Recognition | undefined;
}
