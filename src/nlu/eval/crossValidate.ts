// k-fold cross-validation of an intent model: every example is predicted
// exactly once, by the fold model that did not train on it. From those
// out-of-fold predictions: closed-set scores (the best guess among all labels,
// the out-of-scope class included, so macro-F1 covers every intent), the
// operating point the fold models chose themselves (their policy), and a
// threshold sweep at each fold model's own margin.
import type { IntentModel } from '../intent/intentModel';
import { policyOutcome, rejects, type Policy, type ScoredItem } from '../intent/policy';
import type { IntentExample } from '../intent/trainIntentModel';
import { classificationReport, oosReport, type ClassificationReport, type OosReport } from './metrics';
import { stratifiedFolds } from './splits';

/** Trains one fold's model on that fold's training examples. */
export type FoldTrainer = (examples: IntentExample[], onProgress: (message: string) => void) => IntentModel;

/** Cross-validation settings. */
export interface CrossValidateOptions {
  folds: number;
  /** Seed of the stratified fold assignment (the trainer keeps its own seed). */
  seed: number;
  /** The reject class of the examples, or null when every label is in scope. */
  oosLabel: string | null;
  train: FoldTrainer;
  /** Thresholds of the sweep. */
  thresholds: number[];
  topConfusions: number;
  /** Fold-level progress: `done` of `total` steps (two per fold: trained, predicted). */
  onProgress?: (done: number, total: number, note: string) => void;
  /** The trainer's own progress messages. */
  onMessage?: (message: string) => void;
}

/** Defaults: 5 folds, seed 1, thresholds 0.00..0.90 in steps of 0.05. */
export const CV_DEFAULTS = {
  folds: 5,
  seed: 1,
  thresholds: Array.from({ length: 19 }, (_, i) => Math.round(i * 5) / 100),
  topConfusions: 10,
};

/** One example as the fold model that did not see it predicted it. */
export interface OutOfFoldPrediction {
  text: string;
  gold: string;
  fold: number;
  /** Closed-set guess: the most probable of all labels, the out-of-scope class included. */
  guess: string;
  /** The best in-scope intent, even when rejected. */
  bestInScope: string;
  score: number;
  /** Best in-scope probability minus the runner-up's. */
  margin: number;
  /** Rejected whatever the threshold: the out-of-scope class won, or no feature of the text was known. */
  forcedReject: boolean;
  /** The model's answer: an in-scope intent, or `none` when rejected. */
  intent: string;
  oos: boolean;
}

/** One fold: sizes, the policy its model chose, and how that policy fared on the held-out part. */
export interface FoldResult {
  fold: number;
  train: number;
  test: number;
  trainMs: number;
  policy: Policy;
  inScopeAccuracy: number;
  oosRecall: number;
}

/** Figures at the fold models' own policies ('none' is right for out-of-scope gold, wrong otherwise). */
export interface OperatingPoint extends OosReport {
  accuracy: number;
  /** Macro-F1 with 'none' read as the out-of-scope label. */
  macroF1: number;
  acceptedShare: number;
  acceptedAccuracy: number;
}

/** One row of the threshold sweep (margin: each fold model's own). */
export interface SweepRow extends OosReport {
  threshold: number;
  acceptedShare: number;
  acceptedAccuracy: number;
}

/** Everything cross-validation measured. */
export interface CrossValidationResult {
  folds: number;
  seed: number;
  examples: number;
  /** Every gold label, sorted (the out-of-scope label included). */
  labels: string[];
  oosLabel: string | null;
  closedSet: ClassificationReport & { inScopeAccuracy: number };
  /** counts[gold][guess] in the order of `matrixLabels` (gold ∪ guessed labels, sorted). */
  matrix: { labels: string[]; counts: number[][] };
  operatingPoint: OperatingPoint;
  foldResults: FoldResult[];
  sweep: SweepRow[];
  predictions: OutOfFoldPrediction[];
}

/** Bad cross-validation settings, with a message fit for the command line. */
export class FoldsError extends Error {
  override name = 'FoldsError';
}

/** Throws a FoldsError unless `folds` is an integer ≥ 2 and no larger than the smallest label's examples. */
export function checkFolds(examples: readonly IntentExample[], folds: number): void {
  if (!Number.isInteger(folds) || folds < 2)
    throw new FoldsError(`folds must be an integer ≥ 2, got ${folds}`);
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.intent, (counts.get(e.intent) ?? 0) + 1);
  if (counts.size < 2) throw new FoldsError(`need examples of at least 2 intents, got ${counts.size}`);
  const [smallest, n] = [...counts].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
  if (folds > n) {
    throw new FoldsError(
      `${folds} folds is more than the ${n} examples of the smallest intent "${smallest}"; use at most ${n}`,
    );
  }
}

/** Cross-validates `train` on `examples` (see the file comment for what is measured). */
export function crossValidate(
  examples: readonly IntentExample[],
  options: Partial<CrossValidateOptions> & Pick<CrossValidateOptions, 'train' | 'oosLabel'>,
): CrossValidationResult {
  const o: CrossValidateOptions = { ...CV_DEFAULTS, ...options };
  checkFolds(examples, o.folds);
  const assignment = stratifiedFolds(examples, (e) => e.intent, o.folds, o.seed);
  const predictions = new Array<OutOfFoldPrediction>(examples.length);
  const foldResults: FoldResult[] = [];
  const policies: Policy[] = [];
  for (let f = 0; f < o.folds; f++) {
    const rows = examples.map((_, i) => i).filter((i) => assignment[i] !== f);
    const held = examples.map((_, i) => i).filter((i) => assignment[i] === f);
    const started = Date.now();
    const model = o.train(
      rows.map((i) => examples[i]),
      (m) => o.onMessage?.(`fold ${f + 1}/${o.folds}: ${m}`),
    );
    const trainMs = Date.now() - started;
    o.onProgress?.(2 * f + 1, 2 * o.folds, `fold ${f + 1}/${o.folds} trained`);
    for (const i of held) predictions[i] = predictOne(model, examples[i], f);
    policies.push(model.policy);
    const outcome = policyOutcome(
      held.map((i) => scoredItem(predictions[i], o.oosLabel)),
      model.policy,
    );
    foldResults.push({
      fold: f + 1,
      train: rows.length,
      test: held.length,
      trainMs,
      policy: model.policy,
      ...outcome,
    });
    o.onProgress?.(2 * f + 2, 2 * o.folds, `fold ${f + 1}/${o.folds} predicted`);
  }
  const gold = predictions.map((p) => p.gold);
  const guesses = predictions.map((p) => p.guess);
  const inScope = predictions.filter((p) => p.gold !== o.oosLabel);
  return {
    folds: o.folds,
    seed: o.seed,
    examples: examples.length,
    labels: [...new Set(gold)].sort(),
    oosLabel: o.oosLabel,
    closedSet: {
      ...classificationReport(gold, guesses, o.topConfusions),
      inScopeAccuracy: share(inScope, (p) => p.bestInScope === p.gold),
    },
    matrix: confusionMatrix(gold, guesses),
    operatingPoint: operatingPoint(predictions, o.oosLabel),
    foldResults,
    sweep: o.thresholds.map((t) => sweepRow(predictions, policies, t, o.oosLabel)),
    predictions,
  };
}

/** The fold model's view of one held-out example. */
function predictOne(model: IntentModel, example: IntentExample, fold: number): OutOfFoldPrediction {
  const p = model.predict(example.text);
  const { probs, known } = model.probabilities(example.text);
  let top = 0;
  for (let c = 1; c < probs.length; c++) if (probs[c] > probs[top]) top = c;
  return {
    text: example.text,
    gold: example.intent,
    fold,
    guess: model.parts.labels[top],
    bestInScope: p.alternatives[0]?.intent ?? p.intent,
    score: p.score,
    margin: p.score - (p.alternatives[1]?.score ?? 0),
    forcedReject: !known || p.outOfScope,
    intent: p.intent,
    oos: p.oos,
  };
}

function scoredItem(p: OutOfFoldPrediction, oosLabel: string | null): ScoredItem {
  return {
    goldOos: p.gold === oosLabel,
    correct: p.bestInScope === p.gold,
    score: p.score,
    margin: p.margin,
    oosWins: p.forcedReject,
  };
}

function operatingPoint(predictions: OutOfFoldPrediction[], oosLabel: string | null): OperatingPoint {
  const rejectLabel = oosLabel ?? 'none';
  const answered = predictions.map((p) => (p.oos ? rejectLabel : p.intent));
  const report = classificationReport(
    predictions.map((p) => p.gold),
    answered,
  );
  return {
    accuracy: report.accuracy,
    macroF1: report.macroF1,
    ...acceptance(predictions, (p) => p.oos, oosLabel),
  };
}

function sweepRow(
  predictions: OutOfFoldPrediction[],
  policies: Policy[],
  threshold: number,
  oosLabel: string | null,
): SweepRow {
  const rejected = (p: OutOfFoldPrediction) =>
    rejects({ threshold, margin: policies[p.fold].margin }, p.score, p.margin, p.forcedReject);
  return { threshold, ...acceptance(predictions, rejected, oosLabel) };
}

/** Share accepted, accuracy of the accepted (an accepted out-of-scope line is wrong), and the out-of-scope report. */
function acceptance(
  predictions: OutOfFoldPrediction[],
  rejected: (p: OutOfFoldPrediction) => boolean,
  oosLabel: string | null,
): OosReport & { acceptedShare: number; acceptedAccuracy: number } {
  const accepted = predictions.filter((p) => !rejected(p));
  return {
    acceptedShare: accepted.length / Math.max(predictions.length, 1),
    acceptedAccuracy: share(accepted, (p) => p.bestInScope === p.gold),
    ...oosReport(
      predictions.map((p) => ({
        goldOos: p.gold === oosLabel,
        predictedOos: rejected(p),
        correct: p.bestInScope === p.gold,
      })),
    ),
  };
}

function confusionMatrix(gold: string[], guesses: string[]): CrossValidationResult['matrix'] {
  const labels = [...new Set([...gold, ...guesses])].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const counts = labels.map(() => labels.map(() => 0));
  gold.forEach((g, i) => counts[index.get(g)!][index.get(guesses[i])!]++);
  return { labels, counts };
}

function share<T>(items: readonly T[], ok: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(ok).length / items.length;
}
