// Learning the hybrid's blend on validation data: every component's top-M lists for the validation
// users are computed once, then coordinate ascent over a grid of weights (and the choice of
// normalisation) maximises mean NDCG@k of the blended lists. Only training data is ever seen here.
import { normaliseList, type HybridNormalisation } from './hybridBlend';
import { ndcgAtK } from './metrics';
import type { Scored } from './types';

/** What a learned blend is: one weight per component, a normalisation, and its validation NDCG. */
export interface LearnedBlend {
  weights: number[];
  normalisation: HybridNormalisation;
  validationNdcg: number;
  /** Each component alone on the same validation users. */
  componentNdcg: number[];
}

/** The weights tried for each component. */
export const WEIGHT_GRID = [0, 0.1, 0.25, 0.5, 1, 2, 4];

/** One validation user: the union of candidates, their normalised score per component, the held-out items. */
interface UserTable {
  items: Int32Array;
  /** components × items, row-major. */
  scores: Float64Array;
  relevant: ReadonlySet<number>;
}

function userTable(
  lists: readonly Scored[][],
  relevant: ReadonlySet<number>,
  how: HybridNormalisation,
): UserTable {
  const pos = new Map<number, number>();
  for (const list of lists) for (const s of list) if (!pos.has(s.item)) pos.set(s.item, pos.size);
  const n = pos.size;
  const scores = new Float64Array(lists.length * n);
  lists.forEach((list, c) => {
    const norm = normaliseList(list, how);
    list.forEach((s, r) => (scores[c * n + (pos.get(s.item) as number)] = norm[r]));
  });
  return { items: Int32Array.from(pos.keys()), scores, relevant };
}

/** Mean NDCG@k of the blends with `weights` over the tables. */
function meanNdcg(tables: readonly UserTable[], weights: readonly number[], k: number): number {
  let sum = 0;
  const top = new Int32Array(k);
  const topScore = new Float64Array(k);
  const list: number[] = [];
  for (const t of tables) {
    const n = t.items.length;
    // Insertion into a k-long best list (ties: lower item first): O(n) for most n, no sorting.
    let size = 0;
    for (let j = 0; j < n; j++) {
      let v = 0;
      for (let c = 0; c < weights.length; c++) if (weights[c] !== 0) v += weights[c] * t.scores[c * n + j];
      if (!(v > 0)) continue;
      const item = t.items[j];
      if (size === k && (v < topScore[k - 1] || (v === topScore[k - 1] && item > top[k - 1]))) continue;
      let at = size < k ? size++ : k - 1;
      while (at > 0 && (topScore[at - 1] < v || (topScore[at - 1] === v && top[at - 1] > item))) {
        top[at] = top[at - 1];
        topScore[at] = topScore[at - 1];
        at--;
      }
      top[at] = item;
      topScore[at] = v;
    }
    list.length = 0;
    for (let r = 0; r < size; r++) list.push(top[r]);
    sum += ndcgAtK(list, t.relevant, k);
  }
  return tables.length > 0 ? sum / tables.length : 0;
}

/** Coordinate ascent from equal weights: per pass, each weight in turn takes its best grid value (0 on ties). */
function ascend(tables: readonly UserTable[], nComponents: number, k: number, passes: number) {
  const weights = new Array<number>(nComponents).fill(1);
  let best = meanNdcg(tables, weights, k);
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (let c = 0; c < nComponents; c++) {
      for (const w of WEIGHT_GRID) {
        if (w === weights[c]) continue;
        const trial = weights.slice();
        trial[c] = w;
        if (trial.every((x) => x === 0)) continue;
        const score = meanNdcg(tables, trial, k);
        // A tie that drops a component wins: a sparser blend is cheaper to train and serve.
        if (score > best + 1e-9 || (w === 0 && score >= best - 1e-12)) {
          best = score;
          weights[c] = w;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return { weights, ndcg: best };
}

/**
 * Learns the blend from per-user component lists (`lists[u][c]`, each component's top-M for that user)
 * and the users' held-out items. Both normalisations are tried; the better one on validation wins.
 */
export function learnBlend(
  lists: readonly Scored[][][],
  relevant: readonly ReadonlySet<number>[],
  k: number,
  passes = 3,
): LearnedBlend {
  const nComponents = lists[0]?.length ?? 0;
  let best: LearnedBlend = {
    weights: new Array<number>(nComponents).fill(1),
    normalisation: 'minmax',
    validationNdcg: 0,
    componentNdcg: [],
  };
  for (const how of ['minmax', 'rank'] as const) {
    const tables = lists.map((l, u) => userTable(l, relevant[u], how));
    const { weights, ndcg } = ascend(tables, nComponents, k, passes);
    if (ndcg > best.validationNdcg || best.componentNdcg.length === 0) {
      const alone = (c: number) =>
        meanNdcg(
          tables,
          weights.map((_, d) => (d === c ? 1 : 0)),
          k,
        );
      const componentNdcg = weights.map((_, c) => alone(c));
      best = { weights, normalisation: how, validationNdcg: ndcg, componentNdcg };
    }
  }
  return best;
}
