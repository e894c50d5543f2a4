// natural's LogisticRegressionClassifier under a per-dataset time budget. It builds a dense examples ×
// vocabulary matrix (sylvester) and runs full-batch gradient descent once per intent, re-transposing the
// matrix every step; its time grows much faster than the number of examples and is hard to predict.
// Measured here (2 shared cores) on samples of the train splits: CLINC150 150 examples 63 s, 300 112 s,
// 600 over 11 minutes and 1,500 over 10 minutes (both stopped); SNIPS 131 examples 1.4 s, 654 over
// 5 minutes (stopped); bitext 300 7.5 s, 600 21 s. All 15,000 CLINC150 examples would take hours. So
// it trains on seeded stratified samples, starting at LR_BUDGET.startPerIntent examples per intent and
// doubling, each in a worker thread that is stopped when the per-dataset budget runs out; the row
// reports the largest sample whose training finished ("trained on N of M"), scored (and timed, one
// call at a time) inside its worker by the same evaluateIntents.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EvalResult } from '../../src/nlu/eval/evaluateIntents';
import type { ExampleLine } from '../../src/nlu/eval/jsonl';
import { stratifiedSplit } from '../../src/nlu/eval/splits';

/** The budget (override the seconds with BENCH_NLU_LR_BUDGET_S). */
export const LR_BUDGET = {
  seconds: Number(process.env.BENCH_NLU_LR_BUDGET_S ?? 180),
  startPerIntent: 2,
  seed: 1,
};

/** What a worker is given. */
export interface LrJob {
  sample: ExampleLine[];
  test: ExampleLine[];
  oosLabel: string | null;
}

/** What a worker says: about to train, trained, scored. */
export type LrMessage =
  { kind: 'started' } | { kind: 'trained'; trainSeconds: number } | { kind: 'scored'; result: EvalResult };

/** The budgeted run's outcome. */
export interface LrRun {
  result: EvalResult;
  trainSeconds: number;
  trainedOn: number;
  /** Why fewer than all examples were used (absent when the full train split finished). */
  cap?: string;
}

type Attempt = { trainSeconds: number; result: EvalResult } | null;

/** Trains on doubling stratified samples until one overruns the budget; scores the largest that finished. */
export async function budgetedLogistic(
  train: readonly ExampleLine[],
  test: readonly ExampleLine[],
  oosLabel: string | null,
  progress: (message: string) => void,
): Promise<LrRun> {
  const { seconds, startPerIntent, seed } = LR_BUDGET;
  const intents = new Set(train.map((e) => e.intent)).size;
  const deadline = Date.now() + seconds * 1000;
  let best: LrRun | undefined;
  for (let size = intents * startPerIntent; ; size *= 2) {
    const sample =
      size >= train.length
        ? [...train]
        : stratifiedSplit(train, (e) => e.intent, size / train.length, seed).test;
    const left = (deadline - Date.now()) / 1000;
    // The first sample always runs to the end, so the row has figures even on a slow machine.
    if (best && left <= 0) {
      best.cap = capNote(
        best.trainedOn,
        train.length,
        `the ${sample.length}-example training was not started`,
      );
      break;
    }
    progress(
      `training on ${sample.length} of ${train.length} (budget left ${Math.max(0, left).toFixed(0)} s)`,
    );
    const attempt = await runWorker({ sample, test: [...test], oosLabel }, best ? left : null);
    if (!attempt) {
      const reason = `the ${sample.length}-example training was stopped after ${left.toFixed(0)} s`;
      best!.cap = capNote(best!.trainedOn, train.length, reason);
      progress(`stopped the ${sample.length}-example training when the budget ran out`);
      break;
    }
    best = { ...attempt, trainedOn: sample.length };
    if (sample.length === train.length) break;
  }
  return best!;
}

function capNote(trainedOn: number, total: number, reason: string): string {
  return (
    `trained on the largest seeded stratified sample (stratifiedSplit, seed ${LR_BUDGET.seed}; ` +
    `${LR_BUDGET.startPerIntent} per intent, doubling) whose training finished within a ` +
    `${LR_BUDGET.seconds} s per-dataset budget: ${trainedOn} of ${total}; ${reason} ` +
    '(its training time grows much faster than the number of examples)'
  );
}

/** Runs one job in a worker; null when training is still going after `timeoutSeconds` (then stopped). */
function runWorker(job: LrJob, timeoutSeconds: number | null): Promise<Attempt> {
  const file = join(__dirname, 'naturalLrWorker.ts');
  // The worker loads TypeScript through tsx's require hook, as the main thread does.
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, {
    eval: true,
    workerData: job,
  });
  return new Promise<Attempt>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let trainSeconds = 0;
    const finish = (value: Attempt) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(value);
    };
    worker.on('message', (m: LrMessage) => {
      if (m.kind === 'started' && timeoutSeconds !== null) {
        timer = setTimeout(() => finish(null), timeoutSeconds * 1000);
      } else if (m.kind === 'trained') {
        clearTimeout(timer);
        trainSeconds = m.trainSeconds;
      } else if (m.kind === 'scored') {
        finish({ trainSeconds, result: m.result });
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`natural-lr worker exited with code ${code} before scoring`));
    });
  });
}
