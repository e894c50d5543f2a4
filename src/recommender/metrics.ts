// Evaluation metrics, each on one user's list (averaged by the caller) or over all lists. Lists are
// item indices, best first; `relevant` is the user's held-out items.
import type { ItemUserMatrix } from './interactions';

/** Hits in the first k of `recs` that are relevant. */
export function hitsAtK(recs: readonly number[], relevant: ReadonlySet<number>, k: number): number {
  let hits = 0;
  for (let r = 0; r < Math.min(k, recs.length); r++) if (relevant.has(recs[r])) hits++;
  return hits;
}

/** Relevant items among the top k, divided by k. */
export function precisionAtK(recs: readonly number[], relevant: ReadonlySet<number>, k: number): number {
  return k > 0 ? hitsAtK(recs, relevant, k) / k : 0;
}

/** Relevant items among the top k, divided by the number of relevant items (0 when none). */
export function recallAtK(recs: readonly number[], relevant: ReadonlySet<number>, k: number): number {
  return relevant.size > 0 ? hitsAtK(recs, relevant, k) / relevant.size : 0;
}

/** 1 when at least one of the top k is relevant. */
export function hitRateAtK(recs: readonly number[], relevant: ReadonlySet<number>, k: number): number {
  return hitsAtK(recs, relevant, k) > 0 ? 1 : 0;
}

/** Binary-relevance NDCG: Σ 1/log2(rank+1) over hits, over the ideal for min(|relevant|, k) hits. */
export function ndcgAtK(recs: readonly number[], relevant: ReadonlySet<number>, k: number): number {
  let dcg = 0;
  for (let r = 0; r < Math.min(k, recs.length); r++) if (relevant.has(recs[r])) dcg += 1 / Math.log2(r + 2);
  let ideal = 0;
  for (let r = 0; r < Math.min(k, relevant.size); r++) ideal += 1 / Math.log2(r + 2);
  return ideal > 0 ? dcg / ideal : 0;
}

/** Share of the catalog that appears in at least one list. */
export function catalogCoverage(lists: Iterable<readonly number[]>, catalogSize: number): number {
  const seen = new Set<number>();
  for (const list of lists) for (const i of list) seen.add(i);
  return catalogSize > 0 ? seen.size / catalogSize : 0;
}

/** Similarity of two items in [0, 1]. */
export type ItemSimilarity = (a: number, b: number) => number;

/** 1 − mean pairwise similarity over the list's pairs (0 for lists shorter than 2). */
export function intraListDiversity(list: readonly number[], similarity: ItemSimilarity): number {
  if (list.length < 2) return 0;
  let sum = 0;
  let pairs = 0;
  for (let a = 0; a < list.length; a++)
    for (let b = a + 1; b < list.length; b++) {
      sum += similarity(list[a], list[b]);
      pairs++;
    }
  return 1 - sum / pairs;
}

/**
 * Co-occurrence cosine of two items' user sets, |Ua ∩ Ub| / √(|Ua|·|Ub|), from the item×user matrix;
 * memoised per pair.
 */
export function cooccurrenceSimilarity(byItem: ItemUserMatrix): ItemSimilarity {
  const memo = new Map<number, number>();
  const n = byItem.rowPtr.length - 1;
  return (a, b) => {
    if (a === b) return 1;
    if (a > b) [a, b] = [b, a];
    const key = a * n + b;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const { rowPtr, cols } = byItem;
    let x = rowPtr[a];
    let y = rowPtr[b];
    let common = 0;
    while (x < rowPtr[a + 1] && y < rowPtr[b + 1]) {
      if (cols[x] === cols[y]) {
        common++;
        x++;
        y++;
      } else if (cols[x] < cols[y]) x++;
      else y++;
    }
    const size = (rowPtr[a + 1] - rowPtr[a]) * (rowPtr[b + 1] - rowPtr[b]);
    const sim = size > 0 ? common / Math.sqrt(size) : 0;
    memo.set(key, sim);
    return sim;
  };
}

/**
 * Mean self-information −log2 p(i) of the list's items, p(i) = users who have i / all users (an item
 * nobody has counts as one user, so the value stays finite). 0 for an empty list.
 */
export function novelty(list: readonly number[], userCounts: ArrayLike<number>, numUsers: number): number {
  if (list.length === 0 || numUsers <= 0) return 0;
  let sum = 0;
  for (const i of list) sum -= Math.log2(Math.max(userCounts[i], 1) / numUsers);
  return sum / list.length;
}

/** Root mean squared error of predictions against actual ratings (0 for no pairs). */
export function rmse(pairs: readonly { actual: number; predicted: number }[]): number {
  if (pairs.length === 0) return 0;
  return Math.sqrt(pairs.reduce((s, p) => s + (p.actual - p.predicted) ** 2, 0) / pairs.length);
}

/** Mean absolute error of predictions against actual ratings (0 for no pairs). */
export function mae(pairs: readonly { actual: number; predicted: number }[]): number {
  if (pairs.length === 0) return 0;
  return pairs.reduce((s, p) => s + Math.abs(p.actual - p.predicted), 0) / pairs.length;
}

/** The q-quantile (0..1) of values by the nearest-rank method (0 for none). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
