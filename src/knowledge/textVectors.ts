// Sentence vectors of texts, kept in a models/ file so that a text is embedded once: on a later
// start only new or edited texts go through the encoder. Vectors are stored per encoder id; a file
// written by another encoder (or unreadable) counts as empty.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeJsonAtomically } from '../models/manifest';
import type { SentenceEncoder } from './sentenceEncoder';

const FileSchema = z.object({
  encoder: z.string().min(1),
  dimensions: z.number().int().positive(),
  /** text → its vector's float32 bytes, base64 */
  vectors: z.record(z.string(), z.string()),
});

const toBase64 = (v: Float32Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');

function fromBase64(text: string, dimensions: number): Float32Array | undefined {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength !== dimensions * 4) return undefined;
  const copy = new Uint8Array(bytes); // aligned copy
  return new Float32Array(copy.buffer, 0, dimensions);
}

/** Texts' vectors from one encoder. */
export class TextVectors {
  private readonly vectors = new Map<string, Float32Array>();
  private changed = false;

  private constructor(readonly encoderId: string) {}

  /** An empty set for `encoderId`. */
  static empty(encoderId: string): TextVectors {
    return new TextVectors(encoderId);
  }

  /** The vectors saved in `file` by `encoderId`; empty when the file is missing, damaged or another encoder's. */
  static async load(file: string, encoderId: string): Promise<TextVectors> {
    const loaded = new TextVectors(encoderId);
    let saved: z.infer<typeof FileSchema>;
    try {
      saved = FileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    } catch {
      return loaded;
    }
    if (saved.encoder !== encoderId) return loaded;
    for (const [text, encoded] of Object.entries(saved.vectors)) {
      const vector = fromBase64(encoded, saved.dimensions);
      if (vector) loaded.vectors.set(text, vector);
    }
    return loaded;
  }

  get size(): number {
    return this.vectors.size;
  }

  /** The vector of `text`; throws when it was never embedded (ensure() it first). */
  of(text: string): Float32Array {
    const vector = this.vectors.get(text);
    if (!vector) throw new Error(`no sentence vector for "${text.slice(0, 40)}"`);
    return vector;
  }

  /** Embeds the texts not yet held; returns how many were embedded. */
  async ensure(
    texts: readonly string[],
    encoder: SentenceEncoder,
    onProgress?: (done: number, total: number) => void,
  ): Promise<number> {
    if (encoder.id !== this.encoderId) throw new Error(`vectors of ${this.encoderId} asked of ${encoder.id}`);
    const missing = [...new Set(texts)].filter((t) => !this.vectors.has(t));
    const step = 128;
    for (let i = 0; i < missing.length; i += step) {
      const batch = missing.slice(i, i + step);
      const vectors = await encoder.embed(batch);
      batch.forEach((text, j) => this.vectors.set(text, vectors[j]));
      onProgress?.(Math.min(missing.length, i + step), missing.length);
    }
    if (missing.length > 0) this.changed = true;
    return missing.length;
  }

  /** Writes the vectors of `keep` (the others are dropped) when anything changed since loading. */
  async save(file: string, keep: readonly string[]): Promise<void> {
    const kept = new Set(keep);
    if (!this.changed && [...this.vectors.keys()].every((t) => kept.has(t))) return;
    const entries = [...this.vectors].filter(([text]) => kept.has(text));
    const dimensions = entries[0]?.[1].length ?? 0;
    if (dimensions === 0) return;
    await mkdir(dirname(file), { recursive: true });
    await writeJsonAtomically(file, {
      encoder: this.encoderId,
      dimensions,
      vectors: Object.fromEntries(entries.map(([text, v]) => [text, toBase64(v)])),
    });
    this.changed = false;
  }
}
