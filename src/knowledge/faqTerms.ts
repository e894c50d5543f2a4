// Turning FAQ text and shoppers' questions into search terms, the same way for both:
// lower-case words, accents removed, question and function words dropped, Porter stems
// (the stemmer comes from the NLU, the home of `natural`).
import { stem } from '../nlu/intent/tokens';

/** Words that say nothing about which article is meant. */
export const FAQ_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'all', 'also', 'am', 'an', 'and', 'any', 'anything', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'can', 'could', 'd',
  'did', 'do', 'does', 'doing', 'for', 'from', 'get', 'got', 'had', 'has', 'have', 'hello', 'hey', 'hi', 'how',
  'here', 'i', 'if', 'im', 'in', 'into', 'is', 'it', 'its', 'just', 'know', 'let', 'll', 'm', 'me', 'might', 'my', 'need', 'of',
  'ok', 'on', 'or', 'our', 'please', 'pls', 'plz', 're', 'really', 's', 'should', 'so', 'some', 'still', 't',
  'tell', 'than',
  'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to', 'u', 'ur', 'us',
  've', 'very', 'wanna', 'want', 'was', 'we', 'were', 'what', 'whats', 'when', 'where', 'which', 'who', 'why', 'will', 'with', 'would',
  'y', 'ya', 'you', 'your', 'yours',
]); // prettier-ignore

/**
 * Question words that tell what kind of answer is wanted ("when" asks for a time, "who" for a
 * carrier or a team): stop words for the article search, but kept when a question is compared
 * with an article's phrasings, where "when will I get my refund" should prefer "when will my
 * refund be processed" to "how do I get my refund".
 */
export const ASKING_WORDS: ReadonlySet<string> = new Set(['when', 'where', 'who', 'why']);

/** The asking words of a text as terms ("?when"), distinct from any stem. */
export function askingTermsOf(text: string): string[] {
  return words(text).flatMap((word) => (ASKING_WORDS.has(word) ? [`?${word}`] : []));
}

/** Split on anything but letters and digits; lower-cased, accents removed. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** A word's search term: null for a stop word, otherwise its stem. */
export function termOf(word: string): string | null {
  return FAQ_STOP_WORDS.has(word) ? null : stem(word);
}

/** The search terms of a text, in order, stop words dropped (duplicates kept). */
export function termsOf(text: string): string[] {
  return words(text).flatMap((word) => termOf(word) ?? []);
}

/** The word with two adjacent letters swapped, every way ("dose" → "odse", "dsoe", "does"). */
export function transpositions(word: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < word.length - 1; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (swapped !== word) found.push(swapped);
  }
  return found;
}

/** True when b is a with one letter inserted ("shoud" → "should"). */
function isOneInsertion(a: string, b: string): boolean {
  if (b.length !== a.length + 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i) === b.slice(i + 1);
}

const LONG_STOP_WORDS = [...FAQ_STOP_WORDS].filter((word) => word.length >= 5);

/**
 * A misspelt stop word ("dose", "waht", "shoud", "wuold") is a stop word: an unknown word one swap
 * away from a stop word, or one letter short of a stop word of 5+ letters, is dropped instead of
 * being fuzzily matched against the articles.
 */
export function isMisspeltStopWord(word: string, vocabulary: ReadonlySet<string>): boolean {
  if (vocabulary.has(stem(word))) return false;
  if (transpositions(word).some((swapped) => FAQ_STOP_WORDS.has(swapped))) return true;
  return word.length >= 4 && LONG_STOP_WORDS.some((stop) => isOneInsertion(word, stop));
}
