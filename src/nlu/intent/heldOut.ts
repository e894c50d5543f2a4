// Calibration data: class scores for utterances the scoring model did not
// train on — from k-fold out-of-fold training, or from a validation set —
// and what calibration and policy search make of them.
import { fitTemperature } from './calibration';
import { topInScope } from './intentModel';
import {
  choosePolicy,
  policyOutcome,
  type Policy,
  type PolicySearchOptions,
  type ScoredItem,
} from './policy';
import { softmaxInPlace } from './sparse';

/** Raw (uncalibrated) class scores of held-out utterances with their gold labels. */
export interface HeldOutScores {
  scores: Float64Array[];
  gold: string[];
}

/** Temperature, policy and how they fare on the held-out utterances. */
export interface Calibration {
  temperature: number;
  policy: Policy;
  summary: { items: number; accuracy: number; inScopeAccuracy: number; oosRecall: number };
}

/** Fits the temperature on in-vocabulary labels, then chooses the policy on calibrated probabilities. */
export function calibrate(
  held: HeldOutScores,
  labels: readonly string[],
  oosLabel: string | null,
  search: PolicySearchOptions,
): Calibration {
  const index = new Map(labels.map((l, i) => [l, i]));
  const oosIndex = oosLabel === null ? -1 : (index.get(oosLabel) ?? -1);
  const known = held.gold
    .map((g, i) => ({ s: held.scores[i], c: index.get(g) }))
    .filter((k) => k.c !== undefined);
  const temperature = fitTemperature(
    known.map((k) => k.s),
    known.map((k) => k.c!),
  );
  const items: ScoredItem[] = held.scores.map((s, i) => {
    const p = softmaxInPlace(Float64Array.from(s), temperature);
    const [best, second] = topInScope(p, oosIndex, 2);
    const gold = held.gold[i];
    return {
      goldOos: gold === oosLabel || !index.has(gold),
      correct: labels[best] === gold,
      score: p[best],
      margin: p[best] - (second === undefined ? 0 : p[second]),
      oosWins: oosIndex >= 0 && p[oosIndex] > p[best],
    };
  });
  const policy = choosePolicy(items, search);
  const inScope = items.filter((it) => !it.goldOos);
  const accuracy = inScope.length ? inScope.filter((it) => it.correct).length / inScope.length : 0;
  return { temperature, policy, summary: { items: items.length, accuracy, ...policyOutcome(items, policy) } };
}
