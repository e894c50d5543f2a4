// IntentModelParts ⇄ IntentModelJson: vocabularies as arrays, weights and
// word vectors int8-quantised per row and base64-encoded, numbers rounded.
import { BloomFilter } from './bloom';
import type { IntentModelParts } from './intentModel';
import { parseIntentModelJson, type IntentModelJson } from './modelJson';
import { dequantizeRows, quantizeRows, roundTo } from './quantize';

/** The JSON form of a model's parts. */
export function encodeModel(p: IntentModelParts): IntentModelJson {
  const { space, linear } = p;
  const dim = space.wordTerms.length + space.charTerms.length + (space.embedding?.dimensions ?? 0);
  const emb = space.embedding;
  const words = [...p.vocabulary.frequencies.keys()];
  return {
    format: 'shopkeeper-intent-model',
    version: 1,
    labels: p.labels,
    oosLabel: p.oosLabel,
    options: { ...p.text, features: space.options },
    spelling: {
      words,
      counts: words.map((w) => p.vocabulary.frequencies.get(w)!),
      lexicon: p.vocabulary.lexicon
        ? { bits: p.vocabulary.lexicon.toBase64(), hashes: p.vocabulary.lexicon.hashes }
        : null,
    },
    features: {
      wordTerms: space.wordTerms,
      wordIdf: space.wordIdf.map((x) => roundTo(x)),
      charTerms: space.charTerms,
      charIdf: space.charIdf.map((x) => roundTo(x)),
      embedding: emb
        ? {
            dimensions: emb.dimensions,
            words: emb.words,
            idf: emb.idf.map((x) => roundTo(x)),
            vectors: quantizeRows(emb.vectors, emb.words.length, emb.dimensions),
          }
        : null,
    },
    classifier: {
      weights: quantizeRows(linear.weights, dim, p.labels.length),
      bias: Array.from(linear.bias, (x) => roundTo(x, 8)),
    },
    temperature: p.temperature,
    policy: p.policy,
    training: p.training,
  };
}

/** The parts of a model from its (validated) JSON form. */
export function decodeModel(json: unknown): IntentModelParts {
  const m = parseIntentModelJson(json);
  const { normalize, tokens, spelling, features } = m.options;
  const f = m.features;
  const lexicon = m.spelling.lexicon
    ? BloomFilter.fromBase64(m.spelling.lexicon.bits, m.spelling.lexicon.hashes)
    : null;
  return {
    labels: m.labels,
    oosLabel: m.oosLabel,
    text: { normalize, tokens, spelling },
    vocabulary: { frequencies: new Map(m.spelling.words.map((w, i) => [w, m.spelling.counts[i]])), lexicon },
    space: {
      options: features,
      wordTerms: f.wordTerms,
      wordIdf: f.wordIdf,
      charTerms: f.charTerms,
      charIdf: f.charIdf,
      embedding: f.embedding
        ? {
            dimensions: f.embedding.dimensions,
            words: f.embedding.words,
            idf: f.embedding.idf,
            vectors: dequantizeRows(f.embedding.vectors),
          }
        : undefined,
    },
    linear: { weights: dequantizeRows(m.classifier.weights), bias: Float32Array.from(m.classifier.bias) },
    temperature: m.temperature,
    policy: m.policy,
    training: m.training,
  };
}
