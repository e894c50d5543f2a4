// Spelling correction against a small vocabulary (product names, brands, lexicon words):
// bounded edit distance over candidates sharing a first letter; ordinary English words are never corrected.

/** Settings for correction; shorter words need closer matches. */
export const SPELLING_DEFAULTS = {
  /** Words shorter than this are never corrected except by swapping two letters. */
  minLength: 5,
  /** Words at least this long may be two edits away. */
  twoEditLength: 8,
};

/** Optimal-string-alignment distance, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** A vocabulary word and how many edits away the corrected word was. */
export interface Correction {
  word: string;
  edits: number;
}

/** Corrects words to the closest vocabulary word; ties go to the more frequent word. */
export class Speller {
  private readonly byFirst = new Map<string, string[]>();

  /**
   * `keep`: words never corrected. `isRealWord`: a larger general-English lexicon whose words are
   * corrected only by swapping two letters ("frist") or to the singular ("tents" → "tent"), never
   * to another word ("stock" is not a typo of "sock", nor "status" of "stratus").
   */
  constructor(
    private readonly counts: ReadonlyMap<string, number>,
    private readonly keep: ReadonlySet<string>,
    private readonly options = SPELLING_DEFAULTS,
    private readonly isRealWord: (word: string) => boolean = () => false,
  ) {
    for (const word of counts.keys()) {
      if (word.length < 4 || !/^[a-z]+$/.test(word)) continue;
      const bucket = this.byFirst.get(word[0]) ?? [];
      bucket.push(word);
      this.byFirst.set(word[0], bucket);
    }
  }

  /** The correction for a word not in the vocabulary, if any is close enough; `surface` is the word as written. */
  correct(word: string, surface = word): Correction | undefined {
    if (word.length < 4 || this.counts.has(word) || !/^[a-z]+$/.test(word)) return undefined;
    if (this.keep.has(word) || this.keep.has(surface)) return undefined;
    const short = word.length < this.options.minLength;
    const max = word.length >= this.options.twoEditLength ? 2 : 1;
    let best: Correction | undefined;
    const swapped = (this.byFirst.get(word[1]) ?? []).filter((w) => w[1] === word[0] && w[0] !== word[0]);
    const candidates = [...(this.byFirst.get(word[0]) ?? []), ...swapped];
    for (const candidate of candidates) {
      if (short && !isSwap(word, candidate)) continue;
      const edits = editDistance(word, candidate, max);
      if (edits > max || (best && !this.better(candidate, edits, best))) continue;
      best = { word: candidate, edits };
    }
    if (best && this.isRealWord(word) && !isSwap(word, best.word) && !isPlural(word, best.word))
      return undefined;
    return best;
  }

  private better(candidate: string, edits: number, best: Correction): boolean {
    if (edits !== best.edits) return edits < best.edits;
    const diff = (this.counts.get(candidate) ?? 0) - (this.counts.get(best.word) ?? 0);
    return diff !== 0 ? diff > 0 : candidate < best.word;
  }
}

/** True when `word` is `singular` with -s or -es ("tents", "boxes"; "-ies" is beyond two edits). */
function isPlural(word: string, singular: string): boolean {
  return word === `${singular}s` || word === `${singular}es`;
}

/** True when b is a with two adjacent letters swapped ("tnet" / "tent"). */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return (
    diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]
  );
}
