// The asynchronous twin of src/nlu/eval/evaluateIntents.ts, for classifiers whose predict returns a
// promise (nlp.js). Same warm-up, same one-call-at-a-time timing, same metrics code.
import {
  scorePredictions,
  WARMUP_CALLS,
  type EvalPrediction,
  type EvalResult,
} from '../../src/nlu/eval/evaluateIntents';

/** Milliseconds until `fn`'s promise settles (high-resolution clock). */
async function timeMsAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Predicts every test line one by one (each call awaited and timed) and scores as evaluateIntents does. */
export async function evaluateIntentsAsync(
  predict: (text: string) => Promise<EvalPrediction>,
  test: readonly { text: string; intent: string }[],
  oosLabel: string | null,
): Promise<EvalResult> {
  for (let i = 0; i < Math.min(WARMUP_CALLS, test.length); i++) await predict(test[i].text);
  const latencies: number[] = [];
  const predictions: EvalPrediction[] = [];
  for (const line of test) {
    const { ms, value } = await timeMsAsync(() => predict(line.text));
    latencies.push(ms);
    predictions.push(value);
  }
  return scorePredictions(test, predictions, latencies, oosLabel);
}
