// Stage 3: normalised text → word tokens and their stems. Punctuation is
// dropped except "?" (a question is a signal); negations and question words
// are never stop-words.
const PorterStemmer: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer');

/** The tokens of one utterance: surface words and, position for position, their stems. */
export interface Tokens {
  words: string[];
  stems: string[];
}

/** Settings of the token stage. */
export interface TokenOptions {
  /** Drop the words in `STOP_WORDS` from the stems (the surface words keep them for char n-grams). */
  dropStopWords: boolean;
  /** Replace every digit by "0" so numbers generalise ("$25" and "$40" look alike). */
  digitShape: boolean;
  /** Longest token kept; longer runs are cut (junk, URLs). */
  maxTokenChars: number;
}

/** Defaults chosen on cross-validation (see the bench notes). */
export const TOKEN_DEFAULTS: TokenOptions = { dropStopWords: false, digitShape: true, maxTokenChars: 30 };

/** A small fixed set of function words; negations and question words are deliberately absent. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'for',
  'in',
  'on',
  'at',
  'and',
  'or',
  'is',
  'are',
  'be',
  'it',
  'this',
  'that',
  'please',
  'um',
  'uh',
]);

const WORDLIKE = /[\p{L}\p{N}]/u;
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50000;

/** Porter stem of one lower-case word, memoised (bounded). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) ? PorterStemmer.stem(word) : word;
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Splits normalised text into tokens and stems. */
export function tokenize(normalized: string, options: TokenOptions = TOKEN_DEFAULTS): Tokens {
  const words: string[] = [];
  const stems: string[] = [];
  for (const raw of normalized.split(' ')) {
    if (raw !== '?' && !WORDLIKE.test(raw)) continue;
    let word = raw.length > options.maxTokenChars ? raw.slice(0, options.maxTokenChars) : raw;
    if (options.digitShape) word = word.replace(/\d/g, '0');
    words.push(word);
    if (options.dropStopWords && STOP_WORDS.has(word)) continue;
    stems.push(stem(word));
  }
  return { words, stems };
}
