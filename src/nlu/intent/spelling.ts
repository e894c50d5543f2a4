// Stage 2: conservative spelling correction of out-of-vocabulary words
// against a vocabulary with frequencies (SymSpell-style precomputed deletes).
// Only letters-only words of 4+ characters are touched: edit distance 1, or 2
// from 8 characters on; a word is kept when nothing is close or the choice is
// ambiguous.

/** Settings of the spelling stage. */
export interface SpellingOptions {
  enabled: boolean;
  /** Shortest word corrected at distance 1 / at distance 2. */
  minLength: number;
  minLengthDistance2: number;
  /** A correction must be this many times more frequent than the runner-up at the same distance. */
  dominance: number;
}

/** Defaults (the stage is measured in the bench notes). */
export const SPELLING_DEFAULTS: SpellingOptions = {
  enabled: true,
  minLength: 4,
  minLengthDistance2: 8,
  dominance: 2,
};

const LETTERS = /^\p{L}+$/u;

/** Corrects words against a fixed vocabulary. */
export class SpellingCorrector {
  private readonly deletes = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();

  /**
   * `frequencies`: how often each correction target occurs (training words plus caller-given extras);
   * `isWord`: other words known to be spelt right (a general lexicon), never corrected.
   */
  constructor(
    readonly frequencies: ReadonlyMap<string, number>,
    readonly options: SpellingOptions = SPELLING_DEFAULTS,
    private readonly isWord: (word: string) => boolean = () => false,
  ) {
    for (const word of frequencies.keys()) {
      if (!LETTERS.test(word) || word.length < options.minLength - 1) continue;
      for (const d of [word, ...deletesOf(word, word.length >= options.minLengthDistance2 - 1 ? 2 : 1)]) {
        const list = this.deletes.get(d);
        if (list) list.push(word);
        else this.deletes.set(d, [word]);
      }
    }
  }

  /** The word itself when known, short, non-alphabetic or without a clear correction; else the correction. */
  correct(word: string): string {
    const { options } = this;
    if (!options.enabled || word.length < options.minLength || this.frequencies.has(word)) return word;
    if (!LETTERS.test(word) || this.isWord(word)) return word;
    let hit = this.cache.get(word);
    if (hit === undefined) {
      hit = this.lookup(word);
      if (this.cache.size > 20000) this.cache.clear();
      this.cache.set(word, hit);
    }
    return hit;
  }

  /** Corrects each word of a list. */
  correctAll(words: string[]): string[] {
    return words.map((w) => this.correct(w));
  }

  private lookup(word: string): string {
    const maxDistance = word.length >= this.options.minLengthDistance2 ? 2 : 1;
    const candidates = new Set<string>();
    for (const d of [word, ...deletesOf(word, maxDistance)])
      for (const c of this.deletes.get(d) ?? []) candidates.add(c);
    const scored: { word: string; distance: number; freq: number }[] = [];
    for (const c of candidates) {
      const distance = damerauLevenshtein(word, c, maxDistance);
      if (distance <= maxDistance) scored.push({ word: c, distance, freq: this.frequencies.get(c) ?? 0 });
    }
    if (scored.length === 0) return word;
    scored.sort((a, b) => a.distance - b.distance || b.freq - a.freq);
    const [best, second] = scored;
    if (second && second.distance === best.distance && best.freq < this.options.dominance * second.freq)
      return word;
    return best.word;
  }
}

/** All strings reachable from `word` by deleting 1..`depth` characters (the word itself excluded). */
export function deletesOf(word: string, depth: number): string[] {
  const out = new Set<string>();
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const cut = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(cut)) {
          out.add(cut);
          next.push(cut);
        }
      }
    }
    frontier = next;
  }
  return [...out];
}

/** Optimal-string-alignment distance, or `max + 1` as soon as it must exceed `max`. */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[(i - 2) * cols + j - 2] + 1);
      d[i * cols + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows * cols - 1];
}
