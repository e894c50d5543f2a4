// A rule-based recognizer: the first slice's routing, replaced by the trained NLU later.
import { Intents, type Intent, type Recognition, type Recognizer } from './recognizer';

/** An intent and the whole-utterance patterns that signal it, tried in order. */
export interface KeywordRule {
  intent: Intent;
  patterns: RegExp[];
}

/** The default rules; control phrases must match the whole message so "cancel my order" is not "cancel". */
export const DEFAULT_RULES: KeywordRule[] = [
  { intent: Intents.cancel, patterns: [/^(cancel|stop|quit|never ?mind|nevermind|forget it|exit)[.! ]*$/] },
  { intent: Intents.startOver, patterns: [/^(start over|restart|reset|start again|begin again)[.! ]*$/] },
  {
    intent: Intents.help,
    patterns: [
      /^(help|\?|what can you do|how does this work|what do you do|menu|options)[?.! ]*$/,
      /^help( me)?( please)?[?.! ]*$/,
    ],
  },
  {
    intent: Intents.greeting,
    patterns: [
      /^(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|yo)( there)?[!.,]*( ?(shopkeeper|bot))?[!.]*$/,
    ],
  },
  {
    intent: Intents.thanks,
    patterns: [/^(thanks|thank you|thx|ty|cheers|great,? thanks)[!. ]*(a lot|so much)?[!. ]*$/],
  },
];

/** Leading request words stripped to get the search query ("show me tents" → "tents"). */
const REQUEST_PREFIX =
  /^(please )?(can you |could you |do you have |have you got |i('m| am) looking for |i want |i need |looking for |find( me)? |search( for)? |show( me)? |get me |any |browse )+/;

/** Requests to shop that don't yet say for what ("I want to buy something"). */
const OPEN_REQUEST =
  /^(search|find|browse|shop|shopping|products|catalog(ue)?|(show me |find me |i want |i need |looking for |i('m| am) looking for )?(something|stuff|gear|products)( to buy)?|i want to (buy|shop)( something)?)$/;

/** Recognizes control intents by rule; anything else with words in it is a product search. */
export class KeywordRecognizer implements Recognizer {
  constructor(private readonly rules: KeywordRule[] = DEFAULT_RULES) {}

  async recognize(text: string): Promise<Recognition> {
    const normal = text.trim().toLowerCase().replace(/\s+/g, ' ');
    const base = { text, alternatives: [], entities: [] };
    for (const rule of this.rules) {
      if (rule.patterns.some((p) => p.test(normal))) return { ...base, intent: rule.intent, score: 1 };
    }
    const bare = normal.replace(/[?!.]+$/, '').trim();
    if (OPEN_REQUEST.test(bare)) return { ...base, intent: Intents.productSearch, score: 0.6 };
    const query = normal
      .replace(REQUEST_PREFIX, '')
      .replace(/[?!.]+$/, '')
      .trim();
    if (/[a-z0-9]/.test(query)) return { ...base, intent: Intents.productSearch, score: 0.6, query };
    return { ...base, intent: Intents.none, score: 0 };
  }
}
