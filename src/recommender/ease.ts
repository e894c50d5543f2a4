// EASE (Steck 2019, "Embarrassingly Shallow Autoencoders for Sparse Data"): a closed-form item×item
// linear model for implicit top-N. G = XᵀX + λI, P = G⁻¹, B = −P / diag(P) with a zero diagonal,
// and a user's scores are x_u·B. B is dense items×items, so large catalogs keep only their
// `topItems` most popular items (the rest are never recommended by EASE, nor read from histories).

import { historyExclusion, historyInCatalog } from './history';
import { itemUserCounts } from './interactions';
import { linalgSpdInverse, linalgTopK } from './linalg';
import { mfHasHistory, mfOptions, mfTrainingItems } from './mfCommon';
import {
  arrayToJson,
  expectModel,
  float32FromJson,
  int32FromJson,
  matrixFromJson,
  matrixToJson,
} from './modelJson';
import type { ArrayJson, MatrixJson } from './modelJson';
import type { HistoryItem, InteractionMatrix, Recommender, RecommenderJson, Scored, Trainer } from './types';

export interface EaseOptions {
  /** L2 regularisation λ added to the Gram matrix's diagonal. */
  lambda: number;
  /** Treat every interaction as 1 (the paper's setting) rather than its value. */
  binary: boolean;
  /** Refuse to train above this many (kept) items (B is a dense Float64 matrix while training). */
  maxItems: number;
  /** Keep only the this-many most popular items (0: all); the way to use EASE on a large catalog. */
  topItems: number;
}

export const EASE_DEFAULTS: EaseOptions = { lambda: 300, binary: true, maxItems: 20_000, topItems: 0 };

/** XᵀX + λI over the kept items (`pos[i]` is item i's row, −1 when left out), dense row-major. */
export function easeGram(
  data: InteractionMatrix,
  lambda: number,
  binary: boolean,
  pos?: Int32Array,
  n = data.items.length,
): Float64Array {
  const g = new Float64Array(n * n);
  const { rowPtr, cols, vals } = data;
  const row = new Int32Array(data.items.length);
  const val = new Float64Array(data.items.length);
  for (let u = 0; u < data.users.length; u++) {
    let len = 0;
    for (let p = rowPtr[u]; p < rowPtr[u + 1]; p++) {
      const r = pos ? pos[cols[p]] : cols[p];
      if (r < 0) continue;
      row[len] = r;
      val[len++] = binary ? 1 : vals[p];
    }
    for (let a = 0; a < len; a++) {
      const ra = row[a] * n;
      for (let b = 0; b < len; b++) g[ra + row[b]] += val[a] * val[b];
    }
  }
  for (let i = 0; i < n; i++) g[i * n + i] += lambda;
  return g;
}

/** A trained EASE model; `weights` is B over the kept items, row-major. */
export class EaseModel implements Recommender {
  readonly name = 'ease';
  /** Model row of each catalog item, −1 for items left out. */
  private readonly pos: Int32Array;

  constructor(
    private readonly data: InteractionMatrix,
    /** Catalog index of each kept item, in model order. */
    readonly kept: Int32Array,
    readonly weights: Float32Array,
    readonly binary: boolean,
  ) {
    this.pos = new Int32Array(data.items.length).fill(-1);
    kept.forEach((i, r) => (this.pos[i] = r));
  }

  /** x_u·B for the user's training row; cold users get []. */
  recommend(u: number, k: number, exclude?: ReadonlySet<number>): Scored[] {
    if (!mfHasHistory(this.data, u)) return [];
    const { rowPtr, cols, vals } = this.data;
    const entries: HistoryItem[] = [];
    for (let p = rowPtr[u]; p < rowPtr[u + 1]; p++) entries.push({ item: cols[p], value: vals[p] });
    return this.score(entries, k, exclude ?? mfTrainingItems(this.data, u));
  }

  /** x·B for an ad-hoc history (items outside the kept set contribute nothing). */
  recommendForHistory(
    history: ReadonlyArray<HistoryItem>,
    k: number,
    exclude?: ReadonlySet<number>,
  ): Scored[] {
    return this.score(
      historyInCatalog(history, this.data.items.length),
      k,
      historyExclusion(history, exclude),
    );
  }

  private score(history: ReadonlyArray<HistoryItem>, k: number, exclude: ReadonlySet<number>): Scored[] {
    const n = this.kept.length;
    const scores = new Float64Array(n);
    let any = false;
    for (const h of history) {
      const r = this.pos[h.item];
      if (r < 0) continue;
      any = true;
      const x = this.binary ? 1 : h.value;
      const o = r * n;
      for (let j = 0; j < n; j++) scores[j] += x * this.weights[o + j];
    }
    if (!any) return [];
    const skip = new Set<number>();
    for (const i of exclude) if (this.pos[i] >= 0) skip.add(this.pos[i]);
    return linalgTopK(scores, k, skip).map((s) => ({ item: this.kept[s.item], score: s.score }));
  }

  /** B (as float32), the kept items and the training matrix as JSON. */
  toJSON(): RecommenderJson & Record<string, unknown> {
    return {
      name: this.name,
      matrix: matrixToJson(this.data),
      binary: this.binary,
      kept: arrayToJson(this.kept),
      weights: arrayToJson(this.weights),
    };
  }

  /** Restores a model saved with toJSON (over `data` when the JSON carries no matrix). */
  static fromJSON(json: unknown, data?: InteractionMatrix): EaseModel {
    const j = expectModel(json, 'ease');
    const m = data ?? matrixFromJson(j.matrix as MatrixJson);
    const kept = int32FromJson(j.kept as ArrayJson, 'ease.kept');
    const weights = float32FromJson(j.weights as ArrayJson, 'ease.weights');
    if (weights.length !== kept.length * kept.length || kept.some((i) => i < 0 || i >= m.items.length))
      throw new Error('saved ease model: weights and kept items disagree with the matrix');
    return new EaseModel(m, kept, weights, j.binary === true);
  }
}

/** The catalog indices EASE keeps: all items, or the `top` most popular (ascending index order). */
function keptItems(data: InteractionMatrix, top: number): Int32Array {
  const n = data.items.length;
  if (!(top > 0) || top >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const counts = itemUserCounts(data);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => counts[b] - counts[a] || a - b);
  return Int32Array.from(order.slice(0, top)).sort();
}

/** Trains the model; assignable to `Trainer<EaseOptions>`. */
export const trainEase = (data: InteractionMatrix, options?: Partial<EaseOptions>): EaseModel => {
  const opts = mfOptions('ease', EASE_DEFAULTS, options);
  const kept = keptItems(data, opts.topItems);
  const n = kept.length;
  if (n > opts.maxItems) {
    throw new Error(
      `ease: ${n} items exceed maxItems ${opts.maxItems} (EASE keeps a dense items×items matrix: ` +
        `${((n * n * 8) / 1e9).toFixed(1)} GB); set topItems, use ALS or item-kNN, or raise maxItems`,
    );
  }
  if (!(opts.lambda > 0)) throw new Error(`ease: lambda must be positive, got ${opts.lambda}`);
  const pos = new Int32Array(data.items.length).fill(-1);
  kept.forEach((i, r) => (pos[i] = r));
  const p = linalgSpdInverse(easeGram(data, opts.lambda, opts.binary, pos, n), n);
  // B[i][j] = −P[i][j] / P[j][j], diagonal 0.
  const b = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = 0; j < n; j++) b[ri + j] = i === j ? 0 : -p[ri + j] / p[j * n + j];
  }
  return new EaseModel(data, kept, b, opts.binary);
};

/** The registry entry: `trainEase` as a generic Trainer. */
export const easeTrainer: Trainer<EaseOptions> = trainEase;
