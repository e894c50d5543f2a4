// A small synthetic dataset and a fast trainer (no word vectors) for cross-validation tests.
import type { FoldTrainer } from '../../../src/nlu/eval/crossValidate';
import { trainIntentModel, type IntentExample } from '../../../src/nlu/intent/trainIntentModel';

/** Key phrases per intent; each example is a phrase with a filler, 12 per intent. */
const PHRASES: Record<string, string[]> = {
  greeting: ['hello', 'hi there', 'hey', 'good morning'],
  track_order: ['where is my order', 'track my parcel', 'order status', 'has my package shipped'],
  add_to_cart: ['add this to my cart', 'put it in the basket', 'add to cart', 'I will take it, add it'],
  shipping_cost: ['how much is delivery', 'shipping price', 'what does postage cost', 'delivery fees'],
  out_of_scope: ['tell me a joke', 'what is the weather', 'who won the football', 'play some music'],
};
const FILLERS = ['', ' please', ' now'];

/** 5 labels × 12 examples, out_of_scope among them. */
export const CV_EXAMPLES: IntentExample[] = Object.entries(PHRASES).flatMap(([intent, phrases]) =>
  phrases.flatMap((p) => FILLERS.map((f) => ({ text: `${p}${f}`, intent }))),
);

/** Trains as the store does, but without word vectors so a fold takes milliseconds. */
export const fastTrainer: FoldTrainer = (examples, onProgress) =>
  trainIntentModel(examples, { oosLabel: 'out_of_scope', wordVectors: null, onProgress });
