// Stage 4: tokens → one sparse vector. Blocks: word n-grams over stems,
// char n-grams within word boundaries (each sublinear tf × idf, L2-normalised)
// and the idf-weighted mean of the words' embedding vectors (L2-normalised),
// each then scaled by its block weight. The vocabulary is learned at training
// (min document frequency, capped by frequency).
import type { Tokens } from './tokens';

/** Settings of the feature stage. */
export interface FeatureOptions {
  /** Longest word n-gram over stems (1 = unigrams only). */
  wordNgramMax: number;
  /** Add start/end markers so "^ cancel" differs from "cancel" mid-sentence. */
  boundaries: boolean;
  /** Char n-gram lengths within padded words; `charNgramMax` 0 turns the block off. */
  charNgramMin: number;
  charNgramMax: number;
  /** A feature is kept when at least this many training utterances contain it. */
  minDf: number;
  /** Caps on each block's vocabulary (most frequent kept). */
  maxWordFeatures: number;
  maxCharFeatures: number;
  /** Block weights after per-block L2 normalisation. */
  wordWeight: number;
  charWeight: number;
  /** Weight of the dense embedding block; 0 (or no word vectors) turns it off. */
  embeddingWeight: number;
}

/** Defaults chosen on cross-validation. */
export const FEATURE_DEFAULTS: FeatureOptions = {
  wordNgramMax: 2,
  boundaries: true,
  charNgramMin: 3,
  charNgramMax: 5,
  minDf: 2,
  maxWordFeatures: 40000,
  maxCharFeatures: 60000,
  wordWeight: 1,
  charWeight: 1,
  embeddingWeight: 1,
};

/** What a trained feature space is: its options and each block's terms with their idf. */
export interface FeatureSpaceData {
  options: FeatureOptions;
  wordTerms: string[];
  wordIdf: number[];
  charTerms: string[];
  charIdf: number[];
  embedding?: EmbeddingTable;
}

/** Word vectors kept with the model: row `i` of `vectors` belongs to `words[i]`, weighted by `idf[i]`. */
export interface EmbeddingTable {
  dimensions: number;
  words: string[];
  idf: number[];
  vectors: Float32Array;
}

/** The word n-gram terms of one utterance. */
export function wordTerms(tokens: Tokens, options: FeatureOptions): string[] {
  const s = options.boundaries ? ['^', ...tokens.stems, '$'] : tokens.stems;
  const out: string[] = [];
  for (let n = 1; n <= options.wordNgramMax; n++) {
    for (let i = 0; i + n <= s.length; i++) {
      const gram = n === 1 ? s[i] : s.slice(i, i + n).join(' ');
      if (n === 1 && (gram === '^' || gram === '$')) continue;
      out.push(gram);
    }
  }
  return out;
}

/** The char n-gram terms of one word, padded with spaces at both ends. */
export function charTerms(word: string, options: FeatureOptions): string[] {
  const padded = ` ${word} `;
  const out: string[] = [];
  for (let n = options.charNgramMin; n <= options.charNgramMax; n++) {
    for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  }
  return out;
}

/** Keeps the terms with document frequency ≥ minDf, most frequent first, capped; returns terms and smooth idf. */
export function pickTerms(docs: string[][], minDf: number, cap: number): { terms: string[]; idf: number[] } {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const kept = [...df.entries()].filter(([, n]) => n >= minDf);
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = kept.slice(0, cap);
  const n = docs.length;
  return { terms: top.map(([t]) => t), idf: top.map(([, d]) => Math.log((1 + n) / (1 + d)) + 1) };
}

/** Learns a feature space from training token lists; `wordVectors` feed the embedding block. */
export function fitFeatureSpace(
  docs: Tokens[],
  options: FeatureOptions = FEATURE_DEFAULTS,
  wordVectors?: ReadonlyMap<string, Float32Array>,
): FeatureSpaceData {
  const words = pickTerms(
    docs.map((d) => wordTerms(d, options)),
    options.minDf,
    options.maxWordFeatures,
  );
  const chars =
    options.charNgramMax > 0
      ? pickTerms(
          docs.map((d) => d.words.flatMap((w) => charTerms(w, options))),
          options.minDf,
          options.maxCharFeatures,
        )
      : { terms: [], idf: [] };
  const embedding =
    options.embeddingWeight > 0 && wordVectors?.size ? embeddingTable(docs, wordVectors) : undefined;
  return {
    options,
    wordTerms: words.terms,
    wordIdf: words.idf,
    charTerms: chars.terms,
    charIdf: chars.idf,
    embedding,
  };
}

/** The vectors of every word that has one, each with its idf over `docs` (unseen extra words get the highest). */
function embeddingTable(docs: Tokens[], wordVectors: ReadonlyMap<string, Float32Array>): EmbeddingTable {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const words = [...wordVectors.keys()].sort();
  const dimensions = wordVectors.get(words[0])!.length;
  const vectors = new Float32Array(words.length * dimensions);
  words.forEach((w, i) => vectors.set(wordVectors.get(w)!.subarray(0, dimensions), i * dimensions));
  const idf = words.map((w) => Math.log((1 + docs.length) / (1 + (df.get(w) ?? 0))) + 1);
  return { dimensions, words, idf, vectors };
}
