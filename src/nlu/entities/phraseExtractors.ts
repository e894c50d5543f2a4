// Extractors that are a phrase index plus a little context: categories, colours, materials, brands,
// price words, and attribute words with a negation in front ("not waterproof" → waterproof: false).
import type { PhraseIndex, PhraseMatch } from './phraseIndex';
import {
  entity,
  type AttributeValue,
  type EntityType,
  type EntityValues,
  type ExtractInput,
  type Extractor,
} from './types';

/** The entities of every match of a phrase index. */
export function phraseExtractor<T extends EntityType>(
  type: T,
  index: PhraseIndex<EntityValues[T]>,
): Extractor {
  return (input) => index.match(input.tokens).map((m) => spanEntity(input, type, m, m.value));
}

/** Attribute words; a boolean attribute right after a negation word is negated and the span includes it. */
export function attributeWordExtractor(
  index: PhraseIndex<AttributeValue>,
  negations: readonly string[],
): Extractor {
  const negators = new Set(negations.map((n) => n.toLowerCase()));
  return (input) =>
    index.match(input.tokens).map((m) => {
      const before = input.tokens[m.from - 1];
      if (typeof m.value.value !== 'boolean' || !before || !negators.has(before.key))
        return spanEntity(input, 'attribute', m, m.value);
      const negated = { ...m, from: m.from - 1 };
      return spanEntity(input, 'attribute', negated, { name: m.value.name, value: !m.value.value });
    });
}

/** An entity over tokens [from, to) of a match. */
export function spanEntity<T extends EntityType>(
  input: ExtractInput,
  type: T,
  m: Pick<PhraseMatch<unknown>, 'from' | 'to' | 'score'>,
  value: EntityValues[T],
) {
  return entity(input, type, input.tokens[m.from].start, input.tokens[m.to - 1].end, value, m.score);
}
