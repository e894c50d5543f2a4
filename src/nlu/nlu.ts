// The store's understanding of one message: intent (with the confidence
// policy) and entities, as the Recognizer the bot uses.
import type { IntentModel } from './intent/intentModel';
import type { EntityExtractor } from './entities';
import { Intents, type Recognition, type Recognizer } from './recognizer';

/** The knowledge label of messages the shop can't help with. */
export const OUT_OF_SCOPE = 'out_of_scope';

/** Intent classification plus entity extraction. */
export class Nlu implements Recognizer {
  constructor(
    readonly intents: IntentModel,
    private readonly entities: EntityExtractor,
  ) {}

  /** Understands one message; never throws. */
  async recognize(text: string): Promise<Recognition> {
    return this.understand(text);
  }

  /**
   * Synchronous understanding. When the out-of-scope class wins outright the
   * intent is `out_of_scope`; when the policy is unsure it is `none`, with the
   * likely intents as alternatives for a "did you mean".
   */
  understand(text: string, now?: Date): Recognition {
    const prediction = this.intents.predict(text);
    const entities = this.entities.extract(text, { now });
    const intent = prediction.oos ? (prediction.outOfScope ? OUT_OF_SCOPE : Intents.none) : prediction.intent;
    // Alternatives of a text the model knows nothing of are noise, not a "did you mean".
    const alternatives = prediction.known ? prediction.alternatives : [];
    return { text, intent, score: prediction.score, alternatives, entities };
  }
}
