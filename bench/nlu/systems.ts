// The systems compared: ours, nlp.js, and natural's two classifiers. Each trains on a dataset's train
// split and scores its test split with the shared evaluation code.
import { evaluateIntents, type EvalResult } from '../../src/nlu/eval/evaluateIntents';
import { NaturalBaseline } from '../../src/nlu/eval/naturalBaselines';
import type { IntentModel } from '../../src/nlu/intent/intentModel';
import { trainIntentModel } from '../../src/nlu/intent/trainIntentModel';
import type { BenchDataset } from './datasets';
import { evaluateIntentsAsync } from './evaluateIntentsAsync';
import { budgetedLogistic } from './naturalLrBudget';
import { naturalPredictor } from './naturalPredictor';
import { NLPJS_THRESHOLD, NlpjsBaseline, nlpjsVersion } from './nlpjsBaseline';

/** System ids, in table order (also the values of `--skip`). */
export const SYSTEM_IDS = ['ours', 'nlpjs', 'natural-bayes', 'natural-lr'] as const;

/** One system's id. */
export type SystemId = (typeof SYSTEM_IDS)[number];

/** One system's run on one dataset. */
export interface SystemRun {
  result: EvalResult;
  trainSeconds: number;
  /** How many training examples it actually learnt from. */
  trainedOn: number;
  /** Why it saw fewer than all training examples, if it did. */
  cap?: string;
  /** Ours only: the model, for the full-call timing. */
  intentModel?: IntentModel;
}

/** A system of the comparison. */
export interface BenchSystem {
  id: SystemId;
  label: string;
  /** How it decides "out of scope", or null when it has no such decision (reported as n/a). */
  oosRule: string | null;
  run(data: BenchDataset, progress: (message: string) => void): Promise<SystemRun>;
}

/** `fn`'s value and the seconds it took. */
async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const ours: BenchSystem = {
  id: 'ours',
  label: 'ours (shopkeeper)',
  oosRule: 'its own policy (oos = true), calibrated out-of-fold on the train split',
  async run({ train, test, oosLabel }, progress) {
    const { value: model, seconds } = await timed(() =>
      trainIntentModel(train, { oosLabel: 'oos', onProgress: progress }),
    );
    progress(`trained in ${seconds.toFixed(1)} s; scoring ${test.length} lines`);
    const predict = (text: string) => {
      const p = model.predict(text);
      return { intent: p.alternatives[0].intent, score: p.score, oos: p.oos };
    };
    const result = evaluateIntents(predict, test, oosLabel);
    return { result, trainSeconds: seconds, trainedOn: train.length, intentModel: model };
  },
};

const nlpjs: BenchSystem = {
  id: 'nlpjs',
  label: `nlp.js ${nlpjsVersion()}`,
  oosRule: `its own fallback: intent None (best score < ${NLPJS_THRESHOLD}, or a tie)`,
  async run({ train, test, oosLabel }, progress) {
    const nlp = new NlpjsBaseline();
    const { seconds } = await timed(() => nlp.train(train));
    progress(`trained in ${seconds.toFixed(1)} s; scoring ${test.length} lines (each call awaited)`);
    const result = await evaluateIntentsAsync((t) => nlp.predict(t), test, oosLabel);
    return { result, trainSeconds: seconds, trainedOn: train.length };
  },
};

const naturalBayes: BenchSystem = {
  id: 'natural-bayes',
  label: 'natural BayesClassifier',
  oosRule: null,
  async run({ train, test, oosLabel }, progress) {
    const baseline = new NaturalBaseline('bayes');
    const { seconds } = await timed(() => baseline.train(train));
    progress(`trained in ${seconds.toFixed(1)} s; scoring ${test.length} lines`);
    const result = evaluateIntents(naturalPredictor(baseline), test, oosLabel);
    return { result, trainSeconds: seconds, trainedOn: train.length };
  },
};

const naturalLogistic: BenchSystem = {
  id: 'natural-lr',
  label: 'natural LogisticRegression',
  oosRule: null,
  run: ({ train, test, oosLabel }, progress) => budgetedLogistic(train, test, oosLabel, progress),
};

/** Every system, in table order. */
export const SYSTEMS: readonly BenchSystem[] = [ours, nlpjs, naturalBayes, naturalLogistic];
