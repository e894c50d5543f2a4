// Stage 6: the confidence policy. An utterance is out of scope ("none") when
// the out-of-scope class wins, or the best in-scope probability is below
// `threshold`, or it leads the runner-up by less than `margin`.

/** The two numbers of the policy. */
export interface Policy {
  threshold: number;
  margin: number;
}

/** Used when nothing was calibrated (e.g. a model trained without held-out data). */
export const POLICY_DEFAULTS: Policy = { threshold: 0.3, margin: 0 };

/** How `choosePolicy` trades in-scope answers for out-of-scope rejections. */
export interface PolicySearchOptions {
  /** In-scope accuracy (share of all in-scope items) the policy may give up, against no rejection at all. */
  maxInScopeLoss: number;
  thresholds: number[];
  margins: number[];
}

/** Defaults: give up at most half a point of in-scope accuracy. */
export const POLICY_SEARCH_DEFAULTS: PolicySearchOptions = {
  maxInScopeLoss: 0.005,
  thresholds: Array.from({ length: 96 }, (_, i) => i / 100),
  margins: [0, 0.02, 0.05, 0.1, 0.15, 0.2],
};

/** One held-out utterance as scored by a model: best in-scope guess and the numbers the policy looks at. */
export interface ScoredItem {
  /** Gold label is out of scope. */
  goldOos: boolean;
  /** The best in-scope guess is the gold label. */
  correct: boolean;
  score: number;
  margin: number;
  /** The out-of-scope class (when trained) beat every in-scope class. */
  oosWins: boolean;
}

/** Whether the policy rejects an utterance with these numbers. */
export function rejects(policy: Policy, score: number, margin: number, oosWins: boolean): boolean {
  return oosWins || score < policy.threshold || margin < policy.margin;
}

/** In-scope accuracy (correct and accepted, over in-scope items) and out-of-scope recall under a policy. */
export function policyOutcome(
  items: readonly ScoredItem[],
  policy: Policy,
): { inScopeAccuracy: number; oosRecall: number } {
  let inScope = 0;
  let accepted = 0;
  let oos = 0;
  let caught = 0;
  for (const it of items) {
    const rejected = rejects(policy, it.score, it.margin, it.oosWins);
    if (it.goldOos) {
      oos++;
      if (rejected) caught++;
    } else {
      inScope++;
      if (it.correct && !rejected) accepted++;
    }
  }
  return { inScopeAccuracy: inScope ? accepted / inScope : 0, oosRecall: oos ? caught / oos : 0 };
}

/**
 * Picks threshold and margin from held-out scored items: the highest out-of-scope recall whose in-scope
 * accuracy stays within `maxInScopeLoss` of that with no threshold and no margin; ties go to the smaller
 * margin and then the stricter threshold. Without out-of-scope items this is the strictest threshold within the budget.
 */
export function choosePolicy(
  items: readonly ScoredItem[],
  options: PolicySearchOptions = POLICY_SEARCH_DEFAULTS,
): Policy {
  if (!items.some((it) => !it.goldOos)) return POLICY_DEFAULTS;
  const base = policyOutcome(items, { threshold: 0, margin: 0 }).inScopeAccuracy;
  let best: { policy: Policy; recall: number } = { policy: { threshold: 0, margin: 0 }, recall: -1 };
  for (const margin of options.margins) {
    for (const threshold of options.thresholds) {
      const policy = { threshold, margin };
      const { inScopeAccuracy, oosRecall } = policyOutcome(items, policy);
      if (inScopeAccuracy < base - options.maxInScopeLoss - 1e-12) continue;
      const better =
        oosRecall > best.recall + 1e-12 ||
        (Math.abs(oosRecall - best.recall) <= 1e-12 &&
          margin === best.policy.margin &&
          threshold > best.policy.threshold);
      if (better) best = { policy, recall: oosRecall };
    }
  }
  return best.policy;
}
