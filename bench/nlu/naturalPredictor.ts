// natural's ranking as an EvalPrediction: its best label; no out-of-scope decision, because its
// scores are not calibrated probabilities and no threshold may be picked on the test split.
import type { EvalPrediction } from '../../src/nlu/eval/evaluateIntents';
import type { NaturalBaseline } from '../../src/nlu/eval/naturalBaselines';

/** A synchronous predict over a trained natural classifier; `oos` is always false (reported as n/a). */
export function naturalPredictor(baseline: NaturalBaseline): (text: string) => EvalPrediction {
  return (text) => {
    const best = baseline.rank(text)[0];
    return { intent: best?.label ?? '', score: best?.value ?? 0, oos: false };
  };
}
