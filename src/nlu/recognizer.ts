// The contract between the conversation layer and whatever understands text
// (the trained NLU in src/nlu/nlu.ts; tests may set a recognition directly).

/** Intent names the dialogs route on. */
export const Intents = {
  greeting: 'greeting',
  help: 'help',
  cancel: 'cancel',
  startOver: 'start_over',
  productSearch: 'product_search',
  thanks: 'thanks',
  none: 'none',
} as const;
export type Intent = (typeof Intents)[keyof typeof Intents] | (string & {});

/** A canonical entity value: a string or number, or a small record such as `{ min: 50, max: 80 }`. */
export type EntityValue =
  string | number | boolean | { readonly [key: string]: EntityValue | readonly EntityValue[] | undefined };

/** One thing found in the text: its span [start, end) in the original text, canonical value and confidence. */
export interface Entity {
  type: string;
  text: string;
  start: number;
  end: number;
  value: EntityValue;
  score: number;
}

/** What the recognizer made of one utterance. `intent` is `none` when unsure. */
export interface Recognition {
  text: string;
  intent: Intent;
  score: number;
  alternatives: { intent: Intent; score: number }[];
  entities: Entity[];
  /** For product searches: the text to search with (the utterance minus the request words). */
  query?: string;
}

/** Understands one utterance. */
export interface Recognizer {
  recognize(text: string): Promise<Recognition>;
}
