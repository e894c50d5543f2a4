// Stage 4 at run time: a fitted feature space turned into lookup maps, so
// one utterance becomes a sparse vector with a few hundred map lookups.
// Feature order: word block, char block, then the dense embedding block.
import { charTerms, wordTerms, type FeatureSpaceData } from './features';
import type { SparseVector } from './sparse';
import type { Tokens } from './tokens';

const WORD_CACHE_MAX = 20000;

/** Turns tokens into sparse tf-idf vectors over a fitted feature space. */
export class Vectorizer {
  /** Number of features (word block, char block, embedding block). */
  readonly dimension: number;
  private readonly sparseDimension: number;
  private readonly embedIndex = new Map<string, number>();
  private readonly mean: Float64Array;
  private readonly wordIndex = new Map<string, number>();
  private readonly charIndex = new Map<string, number>();
  private readonly idf: Float32Array;
  private readonly charIdsOfWord = new Map<string, Int32Array>();
  private readonly counts: Float64Array;
  private readonly touched: Int32Array;

  constructor(readonly space: FeatureSpaceData) {
    const nWord = space.wordTerms.length;
    space.wordTerms.forEach((t, i) => this.wordIndex.set(t, i));
    space.charTerms.forEach((t, i) => this.charIndex.set(t, nWord + i));
    this.sparseDimension = nWord + space.charTerms.length;
    space.embedding?.words.forEach((w, i) => this.embedIndex.set(w, i));
    this.mean = new Float64Array(space.embedding?.dimensions ?? 0);
    this.dimension = this.sparseDimension + this.mean.length;
    this.idf = Float32Array.from([...space.wordIdf, ...space.charIdf]);
    this.counts = new Float64Array(this.sparseDimension);
    this.touched = new Int32Array(this.sparseDimension);
  }

  /** The sparse vector of one utterance's tokens (may be empty). */
  vectorize(tokens: Tokens): SparseVector {
    const { options } = this.space;
    let n = 0;
    const add = (id: number) => {
      if (this.counts[id] === 0) this.touched[n++] = id;
      this.counts[id] += 1;
    };
    for (const term of wordTerms(tokens, options)) {
      const id = this.wordIndex.get(term);
      if (id !== undefined) add(id);
    }
    const wordEnd = n;
    if (options.charNgramMax > 0) for (const w of tokens.words) for (const id of this.charIds(w)) add(id);
    const dense = this.embed(tokens.words);
    const idx = new Int32Array(n + dense);
    const val = new Float32Array(n + dense);
    for (let k = 0; k < n; k++) {
      const id = this.touched[k];
      idx[k] = id;
      val[k] = (1 + Math.log(this.counts[id])) * this.idf[id];
      this.counts[id] = 0;
    }
    normalizeBlock(val, 0, wordEnd, options.wordWeight);
    normalizeBlock(val, wordEnd, n, options.charWeight);
    for (let j = 0; j < dense; j++) {
      idx[n + j] = this.sparseDimension + j;
      val[n + j] = this.mean[j];
    }
    normalizeBlock(val, n, n + dense, options.embeddingWeight);
    return { idx, val };
  }

  /** Fills `mean` with the idf-weighted sum of the known words' vectors; returns its length, or 0 when none is known. */
  private embed(words: string[]): number {
    const table = this.space.embedding;
    if (!table) return 0;
    const dims = table.dimensions;
    this.mean.fill(0);
    let found = 0;
    for (const w of words) {
      const row = this.embedIndex.get(w);
      if (row === undefined) continue;
      const weight = table.idf[row];
      for (let j = 0, at = row * dims; j < dims; j++, at++) this.mean[j] += weight * table.vectors[at];
      found++;
    }
    return found > 0 ? dims : 0;
  }

  /** The char n-gram feature ids of one word (memoised, bounded). */
  private charIds(word: string): Int32Array {
    let ids = this.charIdsOfWord.get(word);
    if (ids === undefined) {
      const found: number[] = [];
      for (const t of charTerms(word, this.space.options)) {
        const id = this.charIndex.get(t);
        if (id !== undefined) found.push(id);
      }
      ids = Int32Array.from(found);
      if (this.charIdsOfWord.size >= WORD_CACHE_MAX) this.charIdsOfWord.clear();
      this.charIdsOfWord.set(word, ids);
    }
    return ids;
  }
}

/** Scales `val[from..to)` to L2 norm `weight` (no-op on an all-zero block). */
function normalizeBlock(val: Float32Array, from: number, to: number, weight: number): void {
  let sum = 0;
  for (let k = from; k < to; k++) sum += val[k] * val[k];
  if (sum === 0) return;
  const scale = weight / Math.sqrt(sum);
  for (let k = from; k < to; k++) val[k] *= scale;
}
