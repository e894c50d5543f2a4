// Turning text into search terms, the same way for the catalog and for queries.
// No search library here: productSearch hands these functions to minisearch.

/** Conversational filler dropped from queries (and from the index) so "show me tents" searches "tents". */
export const STOP_WORDS: readonly string[] = [
  'a', 'about', 'an', 'and', 'any', 'anything', 'are', 'at', 'buy', 'can', 'could', 'd', 'do', 'does', 'find',
  'for', 'from', 'get', 'give', 'got', 'have', 'hello', 'hey', 'hi', 'i', 'im', 'in', 'is', 'it', 'like', 'll',
  'look', 'looking', 'm', 'me', 'my', 'need', 'of', 'on', 'or', 'our', 'please', 'pls', 'plz', 're', 's',
  'search', 'see', 'show', 'some', 'something', 'thank', 'thanks', 'that', 'the', 'there', 'these', 'this',
  'those', 'to', 'us', 've', 'want', 'wanna', 'we', 'what', 'which', 'with', 'would', 'you', 'your',
]; // prettier-ignore

/** Split on whitespace and punctuation (hyphens included), lower-cased, accents removed. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((token) => token.length > 0);
}

/**
 * Simple English plural → singular ("tents" → "tent", "torches" → "torch", "batteries" → "battery").
 * Idempotent on its own output, so a singular term is never changed twice.
 */
export function singularize(term: string): string {
  if (term.length <= 3 || /\d/.test(term)) return term;
  if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`;
  if (/(ch|sh|ss|x|z)es$/.test(term)) return term.slice(0, -2);
  if (/(ss|us|is)$/.test(term)) return term;
  return term.endsWith('s') ? term.slice(0, -1) : term;
}

/** Build a process-term function: stop words dropped, the rest singularised. */
export function termProcessor(stopWords: readonly string[]): (term: string) => string | null {
  const stop = new Set(stopWords);
  return (term) => (stop.has(term) ? null : singularize(term));
}

/**
 * Variants of a term with two adjacent letters swapped that occur in the vocabulary
 * ("tnet" → "tent"): edit distance counts a swap as two edits, too many for short words.
 */
export function transpositions(term: string, vocabulary: { has(term: string): boolean }): string[] {
  const found = new Set<string>();
  for (let i = 0; i < term.length - 1; i++) {
    const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
    if (swapped !== term && vocabulary.has(swapped)) found.add(swapped);
  }
  return [...found];
}
