// A question word's reach into the FAQ's vocabulary: the indexed terms it may match, each with a
// credit (1 for the word itself or a known transposition, less for a synonym, a prefix or a
// spelling-tolerant match). Plain code over a set of terms: no search library here.
import { damerauLevenshtein } from '../nlu/intent/spelling';
import type { QueryWord } from './faqQuery';

/** Credits of the ways a question word can reach an indexed term. */
export const EXPANSION_DEFAULTS = {
  /** A term only a synonym brought in. */
  synonym: 0.5,
  /** An indexed term that starts with the word, or that the word starts with ("wool" in "woollen"). */
  prefix: 0.6,
  /** An indexed term within the spelling tolerance. */
  fuzzy: 0.6,
  /** Fuzzy tolerance as a fraction of the term's length (0.2: one typo per five letters). */
  fuzzyRatio: 0.2,
  /** Shorter terms are matched without fuzziness. */
  minFuzzyLength: 4,
  /** Shorter terms must match whole words (both ways). */
  minPrefixLength: 4,
};

/** Credits as EXPANSION_DEFAULTS describes them. */
export type ExpansionCredits = typeof EXPANSION_DEFAULTS;

/** One question word with every indexed term it reaches and that term's credit. */
export interface ExpandedQueryWord {
  word: QueryWord;
  /** indexed term → credit in 0..1 (the best way it was reached) */
  reach: Map<string, number>;
}

function offer(reach: Map<string, number>, term: string, credit: number): void {
  if (credit > (reach.get(term) ?? 0)) reach.set(term, credit);
}

/** Indexed terms a question word reaches (see the header); an unknown word may reach nothing. */
export function expandWord(
  word: QueryWord,
  vocabulary: ReadonlySet<string>,
  credits: ExpansionCredits = EXPANSION_DEFAULTS,
): ExpandedQueryWord {
  const reach = new Map<string, number>();
  const { term } = word;
  for (const own of [term, ...word.variants]) if (vocabulary.has(own)) offer(reach, own, 1);
  for (const synonym of word.synonyms) if (vocabulary.has(synonym)) offer(reach, synonym, credits.synonym);
  const prefixOk = term.length >= credits.minPrefixLength;
  const maxEdits = term.length >= credits.minFuzzyLength ? Math.floor(term.length * credits.fuzzyRatio) : 0;
  // Known words keep their own meaning; only unknown words are stretched by prefix and spelling.
  if (reach.has(term) || (!prefixOk && maxEdits === 0)) return { word, reach };
  for (const indexed of vocabulary) {
    if (indexed.length < credits.minPrefixLength && maxEdits === 0) continue;
    if (prefixOk && indexed.length >= credits.minPrefixLength) {
      if (indexed.startsWith(term) || term.startsWith(indexed)) offer(reach, indexed, credits.prefix);
    }
    if (
      maxEdits > 0 &&
      Math.abs(indexed.length - term.length) <= maxEdits &&
      damerauLevenshtein(term, indexed, maxEdits) <= maxEdits
    )
      offer(reach, indexed, credits.fuzzy);
  }
  return { word, reach };
}
