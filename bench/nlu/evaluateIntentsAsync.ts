// The asynchronous twin of src/nlu/eval/evaluateIntents.ts, for classifiers whose predict returns a
// promise (nlp.js). Same warm-up, same one-call-at-a-time timing, same metrics code.
import type { EvalPrediction, EvalResult } from '../../src/nlu/eval/evaluateIntents';
import { summarizeLatency } from '../../src/nlu/eval/latency';
import { classificationReport, oosReport } from '../../src/nlu/eval/metrics';

/** Calls used to warm up before timing, as evaluateIntents does (not recorded). */
const WARMUP_CALLS = 50;

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
  const isOos = test.map((line) => oosLabel !== null && line.intent === oosLabel);
  const inScope = test.map((_, i) => i).filter((i) => !isOos[i]);
  const report = classificationReport(
    inScope.map((i) => test[i].intent),
    inScope.map((i) => predictions[i].intent),
  );
  const nOos = isOos.filter(Boolean).length;
  const oos =
    nOos > 0
      ? {
          n: nOos,
          ...oosReport(
            test.map((line, i) => ({
              goldOos: isOos[i],
              predictedOos: predictions[i].oos,
              correct: predictions[i].intent === line.intent,
            })),
          ),
        }
      : undefined;
  return {
    ...report,
    n: test.length,
    inScope: inScope.length,
    latencyMs: summarizeLatency(latencies),
    oos,
    predictions,
  };
}
