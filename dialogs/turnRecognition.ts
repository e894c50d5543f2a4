// The recognition of the current message, computed once per turn by the bot
// and read by every dialog (so interruptions don't re-run the recognizer).
import type { TurnContext } from 'botbuilder';
import type { Recognition } from '../src/nlu/recognizer';
import { turnSlot } from './turnSlot';

const recognitionSlot = turnSlot<Recognition>('recognition');

/** Stores this turn's recognition. */
export function setRecognition(context: TurnContext, recognition: Recognition): void {
  recognitionSlot.set(context, recognition);
}

/** This turn's recognition, if the message had text. */
export function getRecognition(context: TurnContext): Recognition | undefined {
  return recognitionSlot.get(context);
}
