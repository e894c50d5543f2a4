// What kind of recommendation a message asks for: things that go with a product ("what goes with this
// tent?"), products like one (optionally cheaper), or suggestions for the shopper.
import type { Entity, Recognition } from '../nlu/recognizer';

/** The three ways the bot recommends. */
export type RecommendationAsk =
  { kind: 'goesWith' } | { kind: 'similar'; cheaper: boolean } | { kind: 'forShopper' };

/** Phrases asking for complements rather than alternatives. */
const GOES_WITH =
  /\b(?:goe?s? (?:well )?with|go together|pairs? (?:well )?with|match(?:es)? (?:with )?|to go with|accessor(?:y|ies) for|(?:else|more) (?:do )?i (?:need|want) (?:for|with)|need (?:for|with) (?:it|this|that|the)|complete (?:the|my) (?:kit|setup|set-up)|bought with|buy with)\b/i;

/** A price entity asking for lower prices ("cheaper", "less expensive"). */
function asksCheaper(entities: readonly Entity[], text: string): boolean {
  const relative = entities.some(
    (e) => e.type === 'priceRange' && (e.value as { relative?: string }).relative === 'lower',
  );
  return relative || /\b(?:cheaper|less expensive|more affordable|budget)\b/i.test(text);
}

/** The kind of recommendation asked for, from the intent (recommend / similar_items) and the words. */
export function recommendationAsk(
  recognition: Pick<Recognition, 'text' | 'intent' | 'entities'>,
): RecommendationAsk {
  if (GOES_WITH.test(recognition.text)) return { kind: 'goesWith' };
  if (recognition.intent === 'similar_items')
    return { kind: 'similar', cheaper: asksCheaper(recognition.entities, recognition.text) };
  return { kind: 'forShopper' };
}
