// Stage 7, training: examples → IntentModel. Text stages, feature space and
// classifier are fitted on the examples; temperature and policy on held-out
// scores (a validation set when given, else k-fold out-of-fold scores).
import { analyze, textStages, wordFrequencies, type TextOptions, type Vocabulary } from './analyze';
import { BloomFilter } from './bloom';
import { CLASSIFIER_DEFAULTS, trainClassifier, type ClassifierOptions } from './classifier';
import { winkWordVectors, type WordVectorSource } from './embeddings';
import { FEATURE_DEFAULTS, fitFeatureSpace, type FeatureOptions } from './features';
import { calibrate, type HeldOutScores } from './heldOut';
import { IntentModel } from './intentModel';
import { NORMALIZE_DEFAULTS } from './normalize';
import { POLICY_DEFAULTS, POLICY_SEARCH_DEFAULTS, type PolicySearchOptions } from './policy';
import { linearScores } from './sparse';
import { SPELLING_DEFAULTS } from './spelling';
import { TOKEN_DEFAULTS, type Tokens } from './tokens';
import { Vectorizer } from './vectorizer';
import { stratifiedFolds } from '../eval/splits';

/** One labelled utterance. */
export interface IntentExample {
  text: string;
  intent: string;
}

/** Training settings; every section has defaults. */
export interface TrainIntentOptions {
  /** The label of out-of-scope examples: a real class in training, and rejected at prediction. */
  oosLabel: string | null;
  text: TextOptions;
  features: FeatureOptions;
  classifier: ClassifierOptions;
  policySearch: PolicySearchOptions;
  /** Folds for out-of-fold calibration when no validation set is given (< 2: no calibration). */
  calibrationFolds: number;
  seed: number;
  /** Size of the general-English lexicon the spelling stage never corrects. */
  lexiconSize: number;
  /** Words the spelling stage may correct to and the embedding block should know (e.g. product names). */
  extraWords: string[];
}

/** Defaults, chosen by cross-validation on the development datasets. */
export const TRAIN_DEFAULTS: TrainIntentOptions = {
  oosLabel: 'oos',
  text: { normalize: NORMALIZE_DEFAULTS, tokens: TOKEN_DEFAULTS, spelling: SPELLING_DEFAULTS },
  features: FEATURE_DEFAULTS,
  classifier: CLASSIFIER_DEFAULTS,
  policySearch: POLICY_SEARCH_DEFAULTS,
  calibrationFolds: 3,
  seed: 1,
  lexiconSize: 100000,
  extraWords: [],
};

/** Every field optional, at any depth (arrays are replaced whole). */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

/** `base` overridden by `over`, merging plain objects at every depth. */
export function mergeOptions<T>(base: T, over: DeepPartial<T> | undefined): T {
  if (over === undefined) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over as Record<string, unknown>)) {
    if (value === undefined) continue;
    const current = out[key];
    const plain = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
    out[key] =
      plain(value) && plain(current) ? mergeOptions(current, value as DeepPartial<typeof current>) : value;
  }
  return out as T;
}

/** What else training may be given. */
export interface TrainIntentInputs {
  /** Held-out examples to calibrate on instead of out-of-fold scores. */
  validation?: IntentExample[];
  /** Word vectors and lexicon; default the wink package, `null` for none. */
  wordVectors?: WordVectorSource | null;
  onProgress?: (message: string) => void;
}

/** Trains an intent model on `examples` (at least two distinct labels). */
export function trainIntentModel(
  examples: readonly IntentExample[],
  options: DeepPartial<TrainIntentOptions> & TrainIntentInputs = {},
): IntentModel {
  const { validation, wordVectors, onProgress, ...settings } = options;
  const o = mergeOptions(TRAIN_DEFAULTS, settings as DeepPartial<TrainIntentOptions>);
  const progress = onProgress ?? (() => {});
  const labels = [...new Set(examples.map((e) => e.intent))].sort();
  if (labels.length < 2)
    throw new Error(`trainIntentModel: need examples of at least 2 intents, got ${labels.length}`);
  const source = wordVectors === undefined ? winkWordVectors() : (wordVectors ?? undefined);
  const lexicon = source && o.lexiconSize > 0 ? BloomFilter.of(source.lexicon(o.lexiconSize)) : null;
  const texts = examples.map((e) => e.text);
  const vocabulary: Vocabulary = {
    frequencies: wordFrequencies([...texts, ...o.extraWords], o.text.normalize),
    lexicon,
  };
  const stages = textStages(o.text, vocabulary);
  const docs = texts.map((t) => analyze(t, stages));
  const extra = o.extraWords.flatMap((w) => analyze(w, stages).words);
  const vectors =
    source && o.features.embeddingWeight > 0
      ? source.vectors(new Set([...docs.flatMap((d) => d.words), ...extra]))
      : undefined;
  const classOf = new Map(labels.map((l, i) => [l, i]));
  const y = Int32Array.from(examples, (e) => classOf.get(e.intent)!);

  progress(`training on ${examples.length} examples of ${labels.length} labels`);
  const all = examples.map((_, i) => i);
  const final = fitRows(docs, y, labels.length, o, vectors, extra, all);
  let held: HeldOutScores | undefined;
  let method: 'validation' | 'out-of-fold' | 'none' = 'none';
  if (validation?.length) {
    method = 'validation';
    held = {
      scores: validation.map((e) => final.score(analyze(e.text, stages))),
      gold: validation.map((e) => e.intent),
    };
  } else if (o.calibrationFolds >= 2) {
    method = 'out-of-fold';
    held = outOfFold(examples, docs, y, labels.length, o, vectors, extra, progress);
  }
  const cal = held ? calibrate(held, labels, o.oosLabel, o.policySearch) : undefined;
  progress(cal ? `calibrated on ${method} scores: ${JSON.stringify(cal.summary)}` : 'no calibration');
  const model = new IntentModel({
    labels,
    oosLabel: o.oosLabel,
    text: o.text,
    vocabulary,
    space: final.space,
    linear: final.linear,
    temperature: cal?.temperature ?? 1,
    policy: cal?.policy ?? POLICY_DEFAULTS,
    training: { examples: examples.length, calibration: method, heldOut: cal?.summary ?? null },
  });
  // Through JSON once, so the returned model is exactly what a saved and reloaded one predicts (quantised weights).
  return IntentModel.fromJSON(model.toJSON());
}

/** Scores of every example from the fold model that did not see it. */
function outOfFold(
  examples: readonly IntentExample[],
  docs: Tokens[],
  y: Int32Array,
  classes: number,
  o: TrainIntentOptions,
  vectors: Map<string, Float32Array> | undefined,
  extra: string[],
  progress: (message: string) => void,
): HeldOutScores {
  const k = o.calibrationFolds;
  const folds = stratifiedFolds(examples, (e) => e.intent, k, o.seed);
  const scores: Float64Array[] = new Array(examples.length);
  for (let f = 0; f < k; f++) {
    progress(`calibration fold ${f + 1}/${k}`);
    const rows = examples.map((_, i) => i).filter((i) => folds[i] !== f);
    const model = fitRows(docs, y, classes, o, vectors, extra, rows);
    examples.forEach((_, i) => {
      if (folds[i] === f) scores[i] = model.score(docs[i]);
    });
  }
  return { scores, gold: examples.map((e) => e.intent) };
}

/** Feature space and classifier fitted on the given rows; `score` gives raw class scores of any tokens. */
function fitRows(
  docs: Tokens[],
  y: Int32Array,
  classes: number,
  o: TrainIntentOptions,
  vectors: Map<string, Float32Array> | undefined,
  extra: string[],
  rows: number[],
) {
  const train = rows.map((i) => docs[i]);
  // Only the vectors of words these rows (or the caller's extra words) contain: held-out words stay unseen.
  const seen =
    vectors &&
    new Map(
      [...new Set([...train.flatMap((d) => d.words), ...extra])].flatMap((w) =>
        vectors.has(w) ? [[w, vectors.get(w)!] as const] : [],
      ),
    );
  const space = fitFeatureSpace(train, o.features, seen);
  const vectorizer = new Vectorizer(space);
  const linear = trainClassifier(
    train.map((d) => vectorizer.vectorize(d)),
    Int32Array.from(rows, (i) => y[i]),
    classes,
    vectorizer.dimension,
    o.classifier,
  );
  return {
    space,
    linear,
    score: (d: Tokens) => linearScores(vectorizer.vectorize(d), linear.weights, linear.bias),
  };
}
