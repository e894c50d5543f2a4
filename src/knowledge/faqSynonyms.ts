// Query-side synonyms: a phrase of a group found in a question adds the words of the other
// phrases of its group, linked to the question words that triggered them. Phrases are matched
// word by word after `keyOf` (a stemmer: "mended" finds "mend"), so inflections match too.

/** One question word and the extra terms its synonyms add. */
export interface ExpandedWord {
  word: string;
  synonyms: string[];
}

/** Phrase lookup built once from the synonym groups. */
export class SynonymTable {
  /** phrase key (keyed words joined by spaces) → the other phrases of its groups, as written */
  private readonly alternatives = new Map<string, Set<string>>();
  private readonly longest: number;

  constructor(
    groups: readonly (readonly string[])[],
    private readonly wordsOf: (text: string) => string[],
    private readonly keyOf: (word: string) => string = (word) => word,
  ) {
    let longest = 1;
    for (const group of groups) {
      const phrases = group.map((phrase) => this.wordsOf(phrase)).filter((ws) => ws.length > 0);
      for (const phrase of phrases) {
        const key = phrase.map(this.keyOf).join(' ');
        longest = Math.max(longest, phrase.length);
        const set = this.alternatives.get(key) ?? new Set<string>();
        for (const other of phrases) if (other !== phrase) set.add(other.join(' '));
        this.alternatives.set(key, set);
      }
    }
    this.longest = longest;
  }

  /**
   * Each word of the question with the words of its synonyms. Longer phrases win
   * ("money back" before "back"); every word of a matched phrase gets its alternatives.
   */
  expand(questionWords: readonly string[]): ExpandedWord[] {
    const expanded = questionWords.map((word) => ({ word, synonyms: [] as string[] }));
    const keys = questionWords.map(this.keyOf);
    let i = 0;
    while (i < keys.length) {
      const length = this.matchAt(keys, i);
      if (length === 0) {
        i += 1;
        continue;
      }
      const phrase = keys.slice(i, i + length).join(' ');
      const extra = [...(this.alternatives.get(phrase) ?? [])].flatMap((alt) => alt.split(' '));
      for (let k = i; k < i + length; k++) expanded[k].synonyms.push(...extra);
      i += length;
    }
    return expanded;
  }

  private matchAt(questionWords: readonly string[], start: number): number {
    for (let length = Math.min(this.longest, questionWords.length - start); length > 0; length--) {
      if (this.alternatives.has(questionWords.slice(start, start + length).join(' '))) return length;
    }
    return 0;
  }
}
