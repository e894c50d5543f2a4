// EASE (Steck 2019, "Embarrassingly Shallow Autoencoders for Sparse Data"): a closed-form item×item
// linear model for implicit top-N. G = XᵀX + λI, P = G⁻¹, B = −P / diag(P) with a zero diagonal,
// and a user's scores are x_u·B. B is dense items×items, so the item count is capped.

import { linalgSpdInverse, linalgTopK } from './linalg';
import { mfHasHistory, mfOptions, mfTrainingItems } from './mfCommon';
import type { InteractionMatrix, Recommender, Scored, Trainer } from './types';

export interface EaseOptions {
  /** L2 regularisation λ added to the Gram matrix's diagonal. */
  lambda: number;
  /** Treat every interaction as 1 (the paper's setting) rather than its value. */
  binary: boolean;
  /** Refuse to train above this many items (B is a dense items×items Float64 matrix). */
  maxItems: number;
}

export const EASE_DEFAULTS: EaseOptions = { lambda: 300, binary: true, maxItems: 20_000 };

/** A trained EASE model; `weights` is B, row-major items×items. */
export interface EaseModel extends Recommender {
  readonly weights: Float64Array;
}

/** XᵀX + λI as a dense row-major items×items matrix, built from the CSR rows. */
export function easeGram(data: InteractionMatrix, lambda: number, binary: boolean): Float64Array {
  const n = data.items.length;
  const g = new Float64Array(n * n);
  const { rowPtr, cols, vals } = data;
  for (let u = 0; u < data.users.length; u++) {
    const start = rowPtr[u];
    const end = rowPtr[u + 1];
    for (let p = start; p < end; p++) {
      const i = cols[p];
      const vi = binary ? 1 : vals[p];
      const ri = i * n;
      for (let q = start; q < end; q++) g[ri + cols[q]] += vi * (binary ? 1 : vals[q]);
    }
  }
  for (let i = 0; i < n; i++) g[i * n + i] += lambda;
  return g;
}

/** Trains the model; assignable to `Trainer<EaseOptions>`. */
export const trainEase = (data: InteractionMatrix, options?: Partial<EaseOptions>): EaseModel => {
  const opts = mfOptions('ease', EASE_DEFAULTS, options);
  const n = data.items.length;
  if (n > opts.maxItems) {
    throw new Error(
      `ease: ${n} items exceed maxItems ${opts.maxItems} (EASE keeps a dense items×items matrix: ` +
        `${((n * n * 8) / 1e9).toFixed(1)} GB); use ALS or item-kNN, or raise maxItems`,
    );
  }
  if (!(opts.lambda > 0)) throw new Error(`ease: lambda must be positive, got ${opts.lambda}`);
  const b = linalgSpdInverse(easeGram(data, opts.lambda, opts.binary), n);
  // B[i][j] = −P[i][j] / P[j][j], diagonal 0. Read the diagonal first: it is overwritten in place.
  const diag = new Float64Array(n);
  for (let j = 0; j < n; j++) diag[j] = b[j * n + j];
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let j = 0; j < n; j++) b[ri + j] = -b[ri + j] / diag[j];
    b[ri + i] = 0;
  }
  const binary = opts.binary;

  const model: EaseModel = {
    name: 'ease',
    weights: b,
    recommend(u: number, k: number, exclude?: ReadonlySet<number>): Scored[] {
      if (!mfHasHistory(data, u)) return [];
      const scores = new Float64Array(n);
      for (let p = data.rowPtr[u]; p < data.rowPtr[u + 1]; p++) {
        const ri = data.cols[p] * n;
        const x = binary ? 1 : data.vals[p];
        for (let j = 0; j < n; j++) scores[j] += x * b[ri + j];
      }
      return linalgTopK(scores, k, exclude ?? mfTrainingItems(data, u));
    },
  };
  return model;
};

/** The registry entry: `trainEase` as a generic Trainer. */
export const easeTrainer: Trainer<EaseOptions> = trainEase;
