// Implicit-feedback ALS (Hu, Koren & Volinsky 2008, "Collaborative Filtering for Implicit Feedback
// Datasets"): preference p_ui = 1 for every observed interaction, confidence c_ui = 1 + α·r_ui, and
// alternating weighted least squares on user and item factors. Each per-user/per-item solve uses a
// few warm-started conjugate-gradient steps (Takács et al. 2011, as in the `implicit` library),
// using the YᵀY trick so the cost is O(nnz·k·steps + (users+items)·k²·steps) per iteration.

import { AlsModel, alsConfidence, alsGram } from './alsModel';
import { linalgDot } from './linalg';
import { mfGaussian, mfOptions } from './mfCommon';
import type { InteractionMatrix, Trainer } from './types';

export interface AlsOptions {
  /** Latent factors k. */
  factors: number;
  /** L2 regularisation λ on every factor vector. */
  regularization: number;
  /** Confidence slope α in c = 1 + α·r. */
  alpha: number;
  /** Use r = 1 for every interaction (confidence 1 + α) rather than its value. */
  binary: boolean;
  /** Confidence shape: 'linear' is 1 + α·r; 'log' is the paper's 1 + α·log(1 + r/ε), for heavy-tailed counts. */
  confidence: 'linear' | 'log';
  /** ε of the log confidence. */
  epsilon: number;
  /** Full user+item sweeps. */
  iterations: number;
  /** Conjugate-gradient steps per vector per sweep. */
  cgSteps: number;
  /** Seed of the factor initialisation. */
  seed: number;
}

// Tuned on Online Retail (summed quantities, time-based hold-out): α = 1 and a strong λ beat the
// paper's α = 40, which suits 0/1-like data; raise α for binary or small-valued interactions.
export const ALS_DEFAULTS: AlsOptions = {
  factors: 64,
  regularization: 10,
  alpha: 1,
  binary: false,
  confidence: 'linear',
  epsilon: 1,
  iterations: 12,
  cgSteps: 3,
  seed: 42,
};

/**
 * One half-sweep: updates every row x_u of `x` (rows×k) to approximately minimise
 * Σ_i c_ui (p_ui − x_u·y_i)² + λ|x_u|², over the sparse rows (ptr, idx, conf) against fixed `y`.
 */
function solveSide(
  x: Float64Array,
  y: Float64Array,
  rows: number,
  k: number,
  ptr: Int32Array,
  idx: Int32Array,
  conf: Float64Array,
  reg: number,
  steps: number,
  yRows: number,
): void {
  const yty = alsGram(y, yRows, k);
  for (let d = 0; d < k; d++) yty[d * k + d] += reg;
  const r = new Float64Array(k);
  const p = new Float64Array(k);
  const ap = new Float64Array(k);
  for (let u = 0; u < rows; u++) {
    const xo = u * k;
    const start = ptr[u];
    const end = ptr[u + 1];
    if (start === end) {
      x.fill(0, xo, xo + k);
      continue;
    }
    // r = b − A·x with A = YᵀY + λI + Σ (c−1) y yᵀ and b = Σ c·y.
    for (let a = 0; a < k; a++) r[a] = -linalgDot(yty, a * k, x, xo, k);
    for (let q = start; q < end; q++) {
      const yo = idx[q] * k;
      const c = conf[q];
      const f = c - (c - 1) * linalgDot(y, yo, x, xo, k);
      for (let a = 0; a < k; a++) r[a] += f * y[yo + a];
    }
    p.set(r);
    let rsOld = linalgDot(r, 0, r, 0, k);
    for (let it = 0; it < steps && rsOld > 1e-20; it++) {
      for (let a = 0; a < k; a++) ap[a] = linalgDot(yty, a * k, p, 0, k);
      for (let q = start; q < end; q++) {
        const yo = idx[q] * k;
        const f = (conf[q] - 1) * linalgDot(y, yo, p, 0, k);
        for (let a = 0; a < k; a++) ap[a] += f * y[yo + a];
      }
      const alpha = rsOld / linalgDot(p, 0, ap, 0, k);
      for (let a = 0; a < k; a++) {
        x[xo + a] += alpha * p[a];
        r[a] -= alpha * ap[a];
      }
      const rsNew = linalgDot(r, 0, r, 0, k);
      const beta = rsNew / rsOld;
      for (let a = 0; a < k; a++) p[a] = r[a] + beta * p[a];
      rsOld = rsNew;
    }
  }
}

/** Trains the model; assignable to `Trainer<AlsOptions>`. */
export const trainAls = (data: InteractionMatrix, options?: Partial<AlsOptions>): AlsModel => {
  const opts = mfOptions('als', ALS_DEFAULTS, options);
  const k = Math.floor(opts.factors);
  if (k < 1) throw new Error(`als: factors must be at least 1, got ${opts.factors}`);
  if (opts.regularization < 0 || opts.alpha < 0) throw new Error('als: regularization and alpha must be ≥ 0');
  const nu = data.users.length;
  const ni = data.items.length;
  const nnz = data.cols.length;

  // Confidences on the CSR rows, and the transposed (item → users) CSC copy.
  const confU = new Float64Array(nnz);
  if (opts.confidence !== 'linear' && opts.confidence !== 'log')
    throw new Error(`als: confidence must be 'linear' or 'log', got ${String(opts.confidence)}`);
  if (!(opts.epsilon > 0)) throw new Error(`als: epsilon must be positive, got ${opts.epsilon}`);
  for (let p = 0; p < nnz; p++) confU[p] = alsConfidence(data.vals[p], opts);
  const colPtr = new Int32Array(ni + 1);
  for (let p = 0; p < nnz; p++) colPtr[data.cols[p] + 1]++;
  for (let i = 0; i < ni; i++) colPtr[i + 1] += colPtr[i];
  const rowIdx = new Int32Array(nnz);
  const confI = new Float64Array(nnz);
  const fill = colPtr.slice(0, ni);
  for (let u = 0; u < nu; u++) {
    for (let p = data.rowPtr[u]; p < data.rowPtr[u + 1]; p++) {
      const dst = fill[data.cols[p]]++;
      rowIdx[dst] = u;
      confI[dst] = confU[p];
    }
  }

  const rand = mfGaussian(opts.seed);
  const scale = 0.01;
  const x = new Float64Array(nu * k);
  const y = new Float64Array(ni * k);
  for (let j = 0; j < x.length; j++) x[j] = rand() * scale;
  for (let j = 0; j < y.length; j++) y[j] = rand() * scale;
  const steps = Math.max(1, Math.floor(opts.cgSteps));
  for (let it = 0; it < opts.iterations; it++) {
    solveSide(x, y, nu, k, data.rowPtr, data.cols, confU, opts.regularization, steps, ni);
    solveSide(y, x, ni, k, colPtr, rowIdx, confI, opts.regularization, steps, nu);
  }

  return new AlsModel(data, k, Float32Array.from(x), Float32Array.from(y), opts);
};

/** The registry entry: `trainAls` as a generic Trainer. */
export const alsTrainer: Trainer<AlsOptions> = trainAls;
