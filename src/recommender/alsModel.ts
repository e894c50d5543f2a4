// A trained implicit ALS model: scoring known users from their factors, folding in an ad-hoc history
// (one exact k×k least-squares solve against the fixed item factors) and saving to JSON.
import { historyExclusion, historyInCatalog } from './history';
import { linalgCholesky, linalgCholeskySolve, linalgTopK } from './linalg';
import { mfHasHistory, mfTrainingItems } from './mfCommon';
import { arrayToJson, expectModel, float32FromJson, matrixFromJson, matrixToJson } from './modelJson';
import type { ArrayJson, MatrixJson } from './modelJson';
import type { HistoryItem, InteractionMatrix, Recommender, RecommenderJson, Scored } from './types';

/** How an interaction value becomes a confidence c = 1 + α·f(r). */
export interface AlsConfidence {
  alpha: number;
  binary: boolean;
  confidence: 'linear' | 'log';
  epsilon: number;
  regularization: number;
}

/** c = 1 + α·r (or 1 + α·log(1 + r/ε)); r = 1 when binary. */
export function alsConfidence(value: number, c: AlsConfidence): number {
  const r = c.binary ? 1 : Math.max(0, value);
  return 1 + c.alpha * (c.confidence === 'log' ? Math.log1p(r / c.epsilon) : r);
}

/** Gram matrix YᵀY (k×k) of row-major factors. */
export function alsGram(y: Float64Array, rows: number, k: number): Float64Array {
  const g = new Float64Array(k * k);
  for (let r = 0; r < rows; r++) {
    const o = r * k;
    for (let a = 0; a < k; a++) {
      const ya = y[o + a];
      if (ya === 0) continue;
      const ga = a * k;
      for (let b = 0; b < k; b++) g[ga + b] += ya * y[o + b];
    }
  }
  return g;
}

/** A trained ALS model. */
export class AlsModel implements Recommender {
  readonly name = 'als';
  /** YᵀY + λI, computed on the first fold-in. */
  private gram?: Float64Array;

  constructor(
    private readonly data: InteractionMatrix,
    readonly factors: number,
    /** Row-major users×k and items×k factors. */
    readonly userFactors: Float32Array,
    readonly itemFactors: Float32Array,
    readonly settings: AlsConfidence,
  ) {}

  /** Items by x_u·y_i for a training user; cold users get []. */
  recommend(u: number, k: number, exclude?: ReadonlySet<number>): Scored[] {
    if (!mfHasHistory(this.data, u)) return [];
    return this.rank(this.userFactors, u * this.factors, k, exclude ?? mfTrainingItems(this.data, u));
  }

  /** Folds the history in (solves its user factor exactly) and ranks items by it. */
  recommendForHistory(
    history: ReadonlyArray<HistoryItem>,
    k: number,
    exclude?: ReadonlySet<number>,
  ): Scored[] {
    const known = historyInCatalog(history, this.data.items.length);
    if (known.length === 0) return [];
    return this.rank(this.foldIn(known), 0, k, historyExclusion(history, exclude));
  }

  /** The user factor minimising Σ c_i (1 − x·y_i)² + λ|x|² over the history (others: c = 1, p = 0). */
  foldIn(history: ReadonlyArray<HistoryItem>): Float64Array {
    const k = this.factors;
    const y = this.itemFactors;
    const a = Float64Array.from(this.gramPlusReg());
    const b = new Float64Array(k);
    for (const h of history) {
      const c = alsConfidence(h.value, this.settings);
      const o = h.item * k;
      for (let p = 0; p < k; p++) {
        const yp = y[o + p];
        b[p] += c * yp;
        const ap = p * k;
        for (let q = 0; q < k; q++) a[ap + q] += (c - 1) * yp * y[o + q];
      }
    }
    linalgCholesky(a, k);
    linalgCholeskySolve(a, k, b);
    return b;
  }

  private gramPlusReg(): Float64Array {
    if (this.gram) return this.gram;
    const k = this.factors;
    const g = alsGram(Float64Array.from(this.itemFactors), this.data.items.length, k);
    for (let p = 0; p < k; p++) g[p * k + p] += Math.max(this.settings.regularization, 1e-9);
    return (this.gram = g);
  }

  private rank(x: ArrayLike<number>, xo: number, k: number, exclude: ReadonlySet<number>): Scored[] {
    const f = this.factors;
    const n = this.data.items.length;
    const y = this.itemFactors;
    const xu = new Float64Array(f);
    for (let p = 0; p < f; p++) xu[p] = x[xo + p];
    const scores = new Float64Array(n);
    // Monomorphic inner loop (Float64 · Float32): about 4× faster than the generic linalgDot here.
    for (let i = 0; i < n; i++) {
      const o = i * f;
      let s = 0;
      for (let p = 0; p < f; p++) s += xu[p] * y[o + p];
      scores[i] = s;
    }
    return linalgTopK(scores, k, exclude);
  }

  /** Factors, confidence settings and the training matrix as JSON. */
  toJSON(): RecommenderJson & Record<string, unknown> {
    return {
      name: this.name,
      matrix: matrixToJson(this.data),
      factors: this.factors,
      settings: this.settings,
      userFactors: arrayToJson(this.userFactors),
      itemFactors: arrayToJson(this.itemFactors),
    };
  }

  /** Restores a model saved with toJSON (over `data` when the JSON carries no matrix). */
  static fromJSON(json: unknown, data?: InteractionMatrix): AlsModel {
    const j = expectModel(json, 'als');
    const m = data ?? matrixFromJson(j.matrix as MatrixJson);
    const k = j.factors as number;
    const users = float32FromJson(j.userFactors as ArrayJson, 'als.userFactors');
    const items = float32FromJson(j.itemFactors as ArrayJson, 'als.itemFactors');
    if (!(k >= 1) || users.length !== m.users.length * k || items.length !== m.items.length * k)
      throw new Error('saved als model: factor sizes disagree with the matrix');
    return new AlsModel(m, k, users, items, j.settings as AlsConfidence);
  }
}
