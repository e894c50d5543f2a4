// List references: "the second one" → {index: 1}, "the last one" → {index: -1}, "number 3" → {index: 2},
// "that one" → {ref: 'current'}. "The first time" and "last Tuesday" are not list references.
import type { Lexicons } from './lexiconSchemas';
import { PhraseIndex } from './phraseIndex';
import { E, type NumberWords, wordAlternation } from './patterns';
import { phraseWords } from './tokens';
import { entity, type ExtractedEntity, type Extractor, type OrdinalValue } from './types';

/** Scores by how clearly the words point into a list. */
export const ORDINAL_SCORES = { withNoun: 0.95, numbered: 0.9, current: 0.9, alone: 0.85, withArticle: 0.7 };

/** Words after an ordinal that make it about time, not a list ("first time", "last week", "second of May"). */
export const TIME_WORDS = new Set(
  (
    'time times day days week weekend month year night morning evening hour minute half of aid ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);

/** Words before "the 3rd" that make it a date ("placed on the 3rd"). */
const TIME_PREPOSITIONS = new Set(['on', 'since', 'until', 'till', 'by', 'before', 'after']);

/** Builds the list-reference extractor; `countable` holds category and product words ("the second jacket"). */
export function ordinalExtractor(
  lexicons: Lexicons,
  numbers: NumberWords,
  countable: ReadonlySet<string>,
): Extractor {
  const { references } = lexicons;
  const ordinals = new PhraseIndex<number>();
  for (const [phrase, n] of Object.entries(lexicons.numbers.ordinals)) ordinals.add(phrase, n, 1);
  const current = new PhraseIndex<OrdinalValue>();
  for (const phrase of references.current) current.add(phrase, { ref: 'current' }, ORDINAL_SCORES.current);
  const alone = new Set(references.currentAlone.map((p) => phraseWords(p).join(' ')));
  const nouns = new Set(references.nouns.flatMap(phraseWords));
  const numberedRe = new RegExp(
    `${wordAlternation(references.numberCues)}\\.?\\s*(${numbers.pattern})${E}`,
    'gud',
  );
  const toIndex = (n: number): OrdinalValue => ({ index: n > 0 ? n - 1 : n });

  return (input) => {
    const { tokens } = input;
    const out: ExtractedEntity[] = [];
    const span = (from: number, to: number, value: OrdinalValue, score: number) =>
      out.push(entity(input, 'ordinal', tokens[from].start, tokens[to - 1].end, value, score));
    for (const m of ordinals.match(tokens)) {
      const from = tokens[m.from - 1]?.key === 'the' ? m.from - 1 : m.from;
      const next = tokens[m.to];
      if (from > 0 && TIME_PREPOSITIONS.has(tokens[from - 1].key)) continue;
      const whole = from === 0 && m.to === tokens.length;
      if (next && nouns.has(next.key)) span(from, m.to + 1, toIndex(m.value), ORDINAL_SCORES.withNoun);
      else if (next && countable.has(next.key)) span(from, m.to, toIndex(m.value), ORDINAL_SCORES.withNoun);
      else if (whole || (!next && from < m.from)) span(from, m.to, toIndex(m.value), ORDINAL_SCORES.alone);
      else if (from < m.from && !TIME_WORDS.has(next.key))
        span(from, m.to, toIndex(m.value), ORDINAL_SCORES.withArticle);
    }
    for (const m of input.lower.matchAll(numberedRe)) {
      const n = numbers.parse(m[1]);
      const [, end] = m.indices?.[1] ?? [0, 0];
      if (n !== undefined && Number.isInteger(n) && n >= 1 && n <= 99)
        out.push(entity(input, 'ordinal', m.index, end, toIndex(n), ORDINAL_SCORES.numbered));
    }
    for (const m of current.match(tokens)) span(m.from, m.to, m.value, m.score);
    if (tokens.length > 0 && alone.has(tokens.map((t) => t.key).join(' ')))
      span(0, tokens.length, { ref: 'current' }, ORDINAL_SCORES.alone);
    return out;
  };
}
