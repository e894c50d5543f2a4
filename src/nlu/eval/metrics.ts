// Classification metrics over parallel lists of gold and predicted labels,
// and the out-of-scope metrics of a reject decision.

/** Precision, recall and F1 of one label. */
export interface LabelScores {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** How often one gold label was predicted as another. */
export interface Confusion {
  gold: string;
  predicted: string;
  count: number;
}

/** Closed-set report: accuracy, macro-F1 (over gold ∪ predicted labels, as scikit-learn), per label, top confusions. */
export interface ClassificationReport {
  accuracy: number;
  macroF1: number;
  perIntent: LabelScores[];
  confusions: Confusion[];
}

/** Scores predicted labels against gold labels (same length, same order). */
export function classificationReport(
  gold: readonly string[],
  predicted: readonly string[],
  topConfusions = 10,
): ClassificationReport {
  if (gold.length !== predicted.length) {
    throw new Error(`classificationReport: ${gold.length} gold labels but ${predicted.length} predictions`);
  }
  const tp = new Map<string, number>();
  const goldCount = new Map<string, number>();
  const predCount = new Map<string, number>();
  const pairs = new Map<string, Confusion>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    bump(goldCount, g);
    bump(predCount, p);
    if (g === p) {
      correct++;
      bump(tp, g);
      return;
    }
    const key = `${g}\u0000${p}`;
    const pair = pairs.get(key) ?? { gold: g, predicted: p, count: 0 };
    pair.count++;
    pairs.set(key, pair);
  });
  const labels = [...new Set([...goldCount.keys(), ...predCount.keys()])].sort();
  const perIntent = labels.map((intent) => {
    const t = tp.get(intent) ?? 0;
    const precision = safeDiv(t, predCount.get(intent) ?? 0);
    const recall = safeDiv(t, goldCount.get(intent) ?? 0);
    const f1 = safeDiv(2 * precision * recall, precision + recall);
    return { intent, precision, recall, f1, support: goldCount.get(intent) ?? 0 };
  });
  const confusions = [...pairs.values()]
    .sort(
      (a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted),
    )
    .slice(0, topConfusions);
  return {
    accuracy: safeDiv(correct, gold.length),
    macroF1: safeDiv(
      perIntent.reduce((s, l) => s + l.f1, 0),
      perIntent.length,
    ),
    perIntent,
    confusions,
  };
}

/** One test line as the out-of-scope metrics see it. */
export interface OosItem {
  goldOos: boolean;
  predictedOos: boolean;
  /** The best in-scope guess equals the gold label. */
  correct: boolean;
}

/** Out-of-scope metrics: in-scope accuracy counts a line only when correct and not rejected. */
export interface OosReport {
  inScopeAccuracy: number;
  recall: number;
  precision: number;
}

/** Scores a reject decision. */
export function oosReport(items: readonly OosItem[]): OosReport {
  let inScope = 0;
  let answered = 0;
  let oos = 0;
  let caught = 0;
  let rejected = 0;
  for (const it of items) {
    if (it.predictedOos) rejected++;
    if (it.goldOos) {
      oos++;
      if (it.predictedOos) caught++;
    } else {
      inScope++;
      if (it.correct && !it.predictedOos) answered++;
    }
  }
  return {
    inScopeAccuracy: safeDiv(answered, inScope),
    recall: safeDiv(caught, oos),
    precision: safeDiv(caught, rejected),
  };
}

/** One scored test line for a threshold sweep. */
export interface SweepItem {
  goldOos: boolean;
  correct: boolean;
  score: number;
}

/** The out-of-scope metrics if lines were rejected exactly when `score < threshold`, for each threshold. */
export function thresholdSweep(
  items: readonly SweepItem[],
  thresholds: readonly number[] = Array.from({ length: 20 }, (_, i) => i / 20),
): (OosReport & { threshold: number })[] {
  return thresholds.map((threshold) => ({
    threshold,
    ...oosReport(
      items.map((it) => ({ goldOos: it.goldOos, correct: it.correct, predictedOos: it.score < threshold })),
    ),
  }));
}

function safeDiv(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
