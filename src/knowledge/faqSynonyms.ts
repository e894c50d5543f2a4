// Query-side synonyms: a phrase of a group found in a question adds the search terms of the
// other phrases of its group, linked to the question words that triggered them.

/** One question word and the extra terms its synonyms add. */
export interface ExpandedWord {
  word: string;
  synonyms: string[];
}

/** Phrase lookup built once from the synonym groups. */
export class SynonymTable {
  /** phrase (words joined by spaces) → the other phrases of its groups */
  private readonly alternatives = new Map<string, Set<string>>();
  private readonly longest: number;

  constructor(
    groups: readonly (readonly string[])[],
    private readonly wordsOf: (text: string) => string[],
  ) {
    let longest = 1;
    for (const group of groups) {
      const phrases = group.map((phrase) => this.wordsOf(phrase).join(' ')).filter(Boolean);
      for (const phrase of phrases) {
        longest = Math.max(longest, phrase.split(' ').length);
        const set = this.alternatives.get(phrase) ?? new Set<string>();
        for (const other of phrases) if (other !== phrase) set.add(other);
        this.alternatives.set(phrase, set);
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
    let i = 0;
    while (i < questionWords.length) {
      const length = this.matchAt(questionWords, i);
      if (length === 0) {
        i += 1;
        continue;
      }
      const phrase = questionWords.slice(i, i + length).join(' ');
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
