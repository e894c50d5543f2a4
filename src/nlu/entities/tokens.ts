// Words with offsets into the original text, and the one normalisation shared by lexicons and user text.
import { singularize } from '../../catalog/searchTerms';
import type { Token } from './types';

/** Words: letters and digits, with an inner apostrophe ("men's"); hyphens and punctuation split words. */
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
/** Longer "words" are junk (URLs, base64) and are skipped. */
const MAX_WORD_CHARS = 40;

/** Lower-cased, accents and apostrophes removed: "Men’s" → "mens". */
export function foldWord(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '');
}

/** The lookup key of a folded word: its singular ("boots" → "boot", "men's" → "men"). */
export function wordKey(lower: string): string {
  return singularize(lower);
}

/** The words of a text, each with its span and key; at most `maxTokens`. */
export function tokenize(text: string, maxTokens = 200): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    if (m[0].length > MAX_WORD_CHARS) continue;
    const lower = foldWord(m[0]);
    tokens.push({
      raw: m[0],
      lower,
      key: wordKey(lower),
      edits: 0,
      start: m.index,
      end: m.index + m[0].length,
    });
    if (tokens.length >= maxTokens) break;
  }
  return tokens;
}

/** A same-length lower-cased copy, so regex offsets on it are offsets into the original. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** True when a lexicon phrase must match exactly as written (it has a capital letter: "US", "M"). */
export function isCaseSensitive(phrase: string): boolean {
  return /\p{Lu}/u.test(phrase);
}

/** The words a lexicon phrase matches: keys, or raw words when case-sensitive. */
export function phraseWords(phrase: string): string[] {
  const exact = isCaseSensitive(phrase);
  return tokenize(phrase).map((t) => (exact ? t.raw : t.key));
}
