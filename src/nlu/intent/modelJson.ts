// The intent model's JSON form: a zod schema checked on load, so a damaged or
// foreign file fails with the path of what is wrong.
import { z } from 'zod';

const count = z.number().int().nonnegative();
const quantized = z.object({ rows: count, cols: count, scales: z.string(), values: z.string() });

/** Schema of a serialised intent model (format version 1). */
export const IntentModelJsonSchema = z.object({
  format: z.literal('shopkeeper-intent-model'),
  version: z.literal(1),
  labels: z.array(z.string().min(1)).min(1),
  oosLabel: z.string().nullable(),
  options: z.object({
    normalize: z.object({ maxChars: z.number().int().positive() }),
    tokens: z.object({
      dropStopWords: z.boolean(),
      digitShape: z.boolean(),
      maxTokenChars: z.number().int().positive(),
    }),
    spelling: z.object({
      enabled: z.boolean(),
      minLength: count,
      minLengthDistance2: count,
      dominance: z.number().positive(),
    }),
    features: z.object({
      wordNgramMax: z.number().int().min(1).max(4),
      boundaries: z.boolean(),
      charNgramMin: z.number().int().min(1),
      charNgramMax: count,
      minDf: count,
      maxWordFeatures: count,
      maxCharFeatures: count,
      wordWeight: z.number().nonnegative(),
      charWeight: z.number().nonnegative(),
      embeddingWeight: z.number().nonnegative(),
    }),
  }),
  spelling: z.object({
    words: z.array(z.string()),
    counts: z.array(count),
    lexicon: z.object({ bits: z.string(), hashes: z.number().int().positive() }).nullable(),
  }),
  features: z.object({
    wordTerms: z.array(z.string()),
    wordIdf: z.array(z.number()),
    charTerms: z.array(z.string()),
    charIdf: z.array(z.number()),
    embedding: z
      .object({
        dimensions: z.number().int().positive(),
        words: z.array(z.string()),
        idf: z.array(z.number()),
        vectors: quantized,
      })
      .nullable(),
  }),
  classifier: z.object({ weights: quantized, bias: z.array(z.number()) }),
  temperature: z.number().positive(),
  policy: z.object({ threshold: z.number().min(0).max(1), margin: z.number().min(0).max(1) }),
  training: z.object({
    examples: count,
    calibration: z.enum(['validation', 'out-of-fold', 'none']),
    heldOut: z
      .object({ items: count, accuracy: z.number(), inScopeAccuracy: z.number(), oosRecall: z.number() })
      .nullable(),
  }),
});

/** A serialised intent model. */
export type IntentModelJson = z.infer<typeof IntentModelJsonSchema>;

/** Parses and checks a serialised model; throws naming the first inconsistencies. */
export function parseIntentModelJson(json: unknown): IntentModelJson {
  const parsed = IntentModelJsonSchema.safeParse(json);
  if (!parsed.success) throw new Error(`invalid intent model JSON: ${z.prettifyError(parsed.error)}`);
  const m = parsed.data;
  const f = m.features;
  const dense = f.embedding ? f.embedding.dimensions : 0;
  const problems = [
    f.wordTerms.length !== f.wordIdf.length && 'features.wordIdf length',
    f.charTerms.length !== f.charIdf.length && 'features.charIdf length',
    f.embedding && f.embedding.vectors.rows !== f.embedding.words.length && 'features.embedding.vectors rows',
    f.embedding && f.embedding.vectors.cols !== dense && 'features.embedding.vectors cols',
    f.embedding && f.embedding.idf.length !== f.embedding.words.length && 'features.embedding.idf length',
    m.spelling.words.length !== m.spelling.counts.length && 'spelling.counts length',
    m.classifier.weights.rows !== f.wordTerms.length + f.charTerms.length + dense &&
      'classifier.weights rows',
    m.classifier.weights.cols !== m.labels.length && 'classifier.weights cols',
    m.classifier.bias.length !== m.labels.length && 'classifier.bias length',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`invalid intent model JSON: inconsistent ${problems.join(', ')}`);
  return m;
}
