// One evaluation run as `rec eval` and `bench:rec` do it: train on a matrix, recommend k for every
// test user known to training (never an item the user has in training), score ranking metrics, and,
// for explicit ratings, predict every test row (falling back to user/item/global means).
import { performance } from 'node:perf_hooks';
import { itemUserCounts, transpose } from './interactions';
import {
  catalogCoverage,
  cooccurrenceSimilarity,
  hitRateAtK,
  intraListDiversity,
  mae,
  ndcgAtK,
  novelty,
  precisionAtK,
  quantile,
  recallAtK,
  rmse,
} from './metrics';
import type { Interaction, InteractionMatrix, ItemContent, Recommender, Trainer } from './types';

/** What one evaluation produces. */
export interface EvalResult {
  metrics: {
    rmse?: number;
    mae?: number;
    precisionAtK: number;
    recallAtK: number;
    ndcgAtK: number;
    hitRateAtK: number;
    coverage: number;
    diversity: number;
    novelty: number;
    trainSeconds: number;
    p99LatencyMs: number;
    k: number;
    users: number;
  };
  /** Per test user (in first-appearance order of the test rows): the recommended item ids. */
  recs: { user: string; items: string[] }[];
  /** One per test row when explicit: the predicted rating. */
  predictions?: { user: string; item: string; prediction: number }[];
  latenciesMs: number[];
}

/** Options of {@link evaluate}. */
export interface EvalOptions {
  k: number;
  explicit: boolean;
  content?: ReadonlyMap<number, ItemContent>;
  trainerOptions?: Record<string, unknown>;
}

/** Trains `trainer` on `data` and scores it on `test`. */
export function evaluate(
  trainer: Trainer,
  data: InteractionMatrix,
  test: readonly Interaction[],
  options: EvalOptions,
): EvalResult {
  const started = performance.now();
  const model = trainer(data, options.trainerOptions, options.content);
  const trainSeconds = (performance.now() - started) / 1000;
  const { k } = options;
  const relevantByUser = new Map<string, Set<number>>();
  const unknownItems = new Map<string, number>(); // relevant but never recommendable: negative ids
  for (const x of test) {
    if (!data.userIndex.has(x.user)) continue;
    let i = data.itemIndex.get(x.item) ?? unknownItems.get(x.item);
    if (i === undefined) unknownItems.set(x.item, (i = -1 - unknownItems.size));
    const set = relevantByUser.get(x.user) ?? new Set<number>();
    set.add(i);
    relevantByUser.set(x.user, set);
  }
  const counts = itemUserCounts(data);
  const similarity = cooccurrenceSimilarity(transpose(data));
  const sums = { precision: 0, recall: 0, ndcg: 0, hit: 0, diversity: 0, novelty: 0 };
  const lists: number[][] = [];
  const recs: EvalResult['recs'] = [];
  const latenciesMs: number[] = [];
  for (const [user, relevant] of relevantByUser) {
    const u = data.userIndex.get(user) as number;
    const t0 = performance.now();
    const list = model.recommend(u, k).map((s) => s.item);
    latenciesMs.push(performance.now() - t0);
    lists.push(list);
    recs.push({ user, items: list.map((i) => data.items[i]) });
    sums.precision += precisionAtK(list, relevant, k);
    sums.recall += recallAtK(list, relevant, k);
    sums.ndcg += ndcgAtK(list, relevant, k);
    sums.hit += hitRateAtK(list, relevant, k);
    sums.diversity += intraListDiversity(list, similarity);
    sums.novelty += novelty(list, counts, data.users.length);
  }
  const n = Math.max(relevantByUser.size, 1);
  const result: EvalResult = {
    metrics: {
      precisionAtK: sums.precision / n,
      recallAtK: sums.recall / n,
      ndcgAtK: sums.ndcg / n,
      hitRateAtK: sums.hit / n,
      coverage: catalogCoverage(lists, data.items.length),
      diversity: sums.diversity / n,
      novelty: sums.novelty / n,
      trainSeconds,
      p99LatencyMs: quantile(latenciesMs, 0.99),
      k,
      users: relevantByUser.size,
    },
    recs,
    latenciesMs,
  };
  if (options.explicit) {
    result.predictions = predictAll(model, data, test);
    const pairs = result.predictions.map((p, j) => ({ actual: test[j].value, predicted: p.prediction }));
    result.metrics.rmse = rmse(pairs);
    result.metrics.mae = mae(pairs);
  }
  return result;
}

/** Predicts every test row: the model's `predict` when it has one and knows both ids, else the means. */
function predictAll(model: Recommender, data: InteractionMatrix, test: readonly Interaction[]) {
  const fallback = meanPredictor(data);
  return test.map((x) => {
    const u = data.userIndex.get(x.user);
    const i = data.itemIndex.get(x.item);
    const own = u !== undefined && i !== undefined && model.predict ? model.predict(u, i) : undefined;
    const prediction = own !== undefined && Number.isFinite(own) ? own : fallback(u, i);
    return { user: x.user, item: x.item, prediction };
  });
}

/** User mean, else item mean, else the global mean of the training ratings. */
export function meanPredictor(data: InteractionMatrix): (u?: number, i?: number) => number {
  const itemSum = new Float64Array(data.items.length);
  const itemN = new Int32Array(data.items.length);
  let total = 0;
  for (let j = 0; j < data.vals.length; j++) {
    itemSum[data.cols[j]] += data.vals[j];
    itemN[data.cols[j]]++;
    total += data.vals[j];
  }
  const global = data.vals.length > 0 ? total / data.vals.length : 0;
  return (u, i) => {
    if (u !== undefined && data.rowPtr[u + 1] > data.rowPtr[u]) {
      let s = 0;
      for (let j = data.rowPtr[u]; j < data.rowPtr[u + 1]; j++) s += data.vals[j];
      return s / (data.rowPtr[u + 1] - data.rowPtr[u]);
    }
    if (i !== undefined && itemN[i] > 0) return itemSum[i] / itemN[i];
    return global;
  };
}

/**
 * Whether ratings look explicit (a rating scale) rather than implicit counts: every value within
 * [0, 10], not all the same, at most 20 distinct values, and some non-integer or a maximum ≤ 5 or 10.
 */
export function looksExplicit(rows: readonly Interaction[]): boolean {
  if (rows.length === 0) return false;
  const distinct = new Set(rows.map((r) => r.value));
  if (distinct.size < 2 || distinct.size > 20) return false;
  const values = [...distinct];
  const min = values.reduce((a, b) => Math.min(a, b));
  const max = values.reduce((a, b) => Math.max(a, b));
  const scale = max === 5 || max === 10 || values.some((v) => !Number.isInteger(v));
  return min >= 0 && max <= 10 && scale;
}
