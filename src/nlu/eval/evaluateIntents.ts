// Scores any intent classifier on labelled test lines: closed-set accuracy
// and macro-F1 over in-scope lines, out-of-scope metrics when the test has
// out-of-scope lines, and the latency of single-utterance calls.
import { summarizeLatency, timeMs, type LatencySummary } from './latency';
import { classificationReport, oosReport, type ClassificationReport, type OosReport } from './metrics';

/** What a classifier says about one utterance. */
export interface EvalPrediction {
  /** Best in-scope guess, even when rejected. */
  intent: string;
  score: number;
  /** The classifier's own out-of-scope decision. */
  oos: boolean;
}

/** The figures of one evaluation run. */
export interface EvalResult extends ClassificationReport {
  n: number;
  inScope: number;
  latencyMs: LatencySummary;
  oos?: OosReport & { n: number };
  predictions: EvalPrediction[];
}

/** Calls used to warm up the JIT before timing (not recorded). */
export const WARMUP_CALLS = 50;

/** Predicts every test line one by one (timed) and scores the predictions. */
export function evaluateIntents(
  predict: (text: string) => EvalPrediction,
  test: readonly { text: string; intent: string }[],
  oosLabel: string | null,
): EvalResult {
  for (let i = 0; i < Math.min(WARMUP_CALLS, test.length); i++) predict(test[i].text);
  const latencies: number[] = [];
  const predictions = test.map((line) => {
    let p: EvalPrediction | undefined;
    latencies.push(timeMs(() => (p = predict(line.text))));
    return p!;
  });
  return scorePredictions(test, predictions, latencies, oosLabel);
}

/** The figures of predictions made (in order) for the test lines, with each call's latency. */
export function scorePredictions(
  test: readonly { text: string; intent: string }[],
  predictions: EvalPrediction[],
  latencies: number[],
  oosLabel: string | null,
): EvalResult {
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
