// Multi-word phrase lookup over tokens: every lexicon-backed extractor is one of these plus a value map.
import { isCaseSensitive, phraseWords } from './tokens';
import type { Token } from './types';

/** A phrase found at tokens [from, to). */
export interface PhraseMatch<V> {
  from: number;
  to: number;
  value: V;
  /** The phrase's score, lowered for each spelling correction inside the match. */
  score: number;
}

interface Entry<V> {
  words: string[];
  exact: boolean;
  value: V;
  score: number;
}

/** How much each corrected letter costs a match's score. */
export const EDIT_PENALTY = 0.08;

/** Phrases keyed by their first word ("=" + word when case-sensitive); the first added wins a tie. */
export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, Entry<V>[]>();
  private readonly seen = new Set<string>();

  /** Adds a phrase; one with a capital letter matches only as written ("US", "M"). */
  add(phrase: string, value: V, score: number): this {
    const exact = isCaseSensitive(phrase);
    const words = phraseWords(phrase);
    const id = `${exact ? '=' : ''}${words.join(' ')}`;
    if (words.length === 0 || this.seen.has(id)) return this;
    this.seen.add(id);
    const first = exact ? `=${words[0]}` : words[0];
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, exact, value, score });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
    return this;
  }

  /** Every word of every phrase (for the spelling vocabulary). */
  words(): string[] {
    return [...this.byFirst.values()].flatMap((list) => list.flatMap((e) => (e.exact ? [] : e.words)));
  }

  /** All phrases matching at every position (overlaps included: the resolver chooses). */
  match(tokens: readonly Token[]): PhraseMatch<V>[] {
    const found: PhraseMatch<V>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const list of [this.byFirst.get(tokens[i].key), this.byFirst.get(`=${tokens[i].raw}`)]) {
        for (const entry of list ?? []) {
          const edits = matchAt(entry, tokens, i);
          if (edits >= 0)
            found.push({
              from: i,
              to: i + entry.words.length,
              value: entry.value,
              score: entry.score * (1 - EDIT_PENALTY * edits),
            });
        }
      }
    }
    return found;
  }
}

/** The spelling edits inside a match of entry at token i, or -1 when it does not match. */
function matchAt<V>(entry: Entry<V>, tokens: readonly Token[], i: number): number {
  if (i + entry.words.length > tokens.length) return -1;
  let edits = 0;
  for (let k = 0; k < entry.words.length; k++) {
    const token = tokens[i + k];
    if (entry.exact ? token.raw !== entry.words[k] : token.key !== entry.words[k]) return -1;
    edits += entry.exact ? 0 : token.edits;
  }
  return edits;
}
