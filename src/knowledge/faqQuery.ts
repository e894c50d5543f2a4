// A shopper's question as the FAQ index searches it: content words with their spelling
// variants and synonym terms. No search library here: faqIndex turns this into a query tree.
import type { WordMatch } from './faqConfidence';
import type { SynonymTable } from './faqSynonyms';
import { isMisspeltStopWord, termOf, transpositions, words } from './faqTerms';

/** A question word as searched: its own term, known transpositions and synonym terms. */
export interface QueryWord {
  term: string;
  variants: string[];
  synonyms: string[];
}

/** The words that count for coverage, and extra terms that only widen the search. */
export interface ParsedQuestion {
  queryWords: QueryWord[];
  /** Terms brought in by synonyms of stop words ("when" → "time"); never counted for coverage. */
  extra: string[];
}

/** Transpositions of an unknown word that are indexed terms ("retrun" → "return"). */
function knownTranspositions(word: string, term: string, vocabulary: ReadonlySet<string>): string[] {
  if (vocabulary.has(term)) return [];
  return transpositions(word).flatMap((swapped) => {
    const swappedTerm = termOf(swapped);
    return swappedTerm && vocabulary.has(swappedTerm) ? [swappedTerm] : [];
  });
}

/** Splits a question into content words (stop words and misspelt stop words dropped). */
export function parseQuestion(
  text: string,
  synonyms: SynonymTable,
  vocabulary: ReadonlySet<string>,
): ParsedQuestion {
  const found = new Map<string, QueryWord>();
  const extra = new Set<string>();
  for (const { word, synonyms: alternatives } of synonyms.expand(words(text))) {
    const synonymTerms = alternatives.flatMap((synonym) => termOf(synonym) ?? []);
    const term = termOf(word);
    if (term === null || isMisspeltStopWord(word, vocabulary)) {
      for (const synonym of synonymTerms) extra.add(synonym);
      continue;
    }
    const entry = found.get(term) ?? { term, variants: [], synonyms: [] };
    entry.variants.push(...knownTranspositions(word, term, vocabulary));
    entry.synonyms.push(...synonymTerms.filter((s) => s !== term));
    found.set(term, entry);
  }
  const queryWords = [...found.values()].map((w) => ({
    ...w,
    variants: [...new Set(w.variants)],
    synonyms: [...new Set(w.synonyms)],
  }));
  return { queryWords, extra: [...extra].filter((term) => !found.has(term)) };
}

/**
 * How each question word matched one article: 'exact' when the article holds the term, a
 * transposition or a synonym; 'partial' when only a prefix or fuzzy match reached it.
 * `documentTerms` are the article's matched terms, `queryTerms` the query terms that matched.
 */
export function wordMatches(
  queryWords: readonly QueryWord[],
  documentTerms: ReadonlySet<string>,
  queryTerms: ReadonlySet<string>,
): WordMatch[] {
  return queryWords.map(({ term, variants, synonyms }) => {
    const candidates = [term, ...variants, ...synonyms];
    if (candidates.some((c) => documentTerms.has(c))) return 'exact';
    return candidates.some((c) => queryTerms.has(c)) ? 'partial' : 'none';
  });
}
