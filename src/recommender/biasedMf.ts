// Biased matrix factorisation for explicit ratings (Koren, Bell & Volinsky 2009; Surprise's "SVD"):
// r̂_ui = μ + b_u + b_i + p_u·q_i, fitted by SGD over shuffled ratings. Predictions are clipped to the
// rating range seen in training; recommendations rank items by predicted rating.

import { linalgDot, linalgTopK } from './linalg';
import { seededRandom } from '../random';
import { mfGaussian, mfHasHistory, mfOptions, mfTrainingItems } from './mfCommon';
import type { InteractionMatrix, Recommender, Scored, Trainer } from './types';

export interface BiasedMfOptions {
  factors: number;
  /** SGD epochs over all ratings. */
  epochs: number;
  /** Learning rate of biases and factors. */
  learningRate: number;
  /** L2 regularisation of factors. */
  regularization: number;
  /** L2 regularisation of biases. */
  biasRegularization: number;
  /** Standard deviation of the normal factor initialisation. */
  initStd: number;
  seed: number;
}

export const BIASED_MF_DEFAULTS: BiasedMfOptions = {
  factors: 100,
  epochs: 20,
  learningRate: 0.005,
  regularization: 0.02,
  biasRegularization: 0.02,
  initStd: 0.1,
  seed: 42,
};

export interface BiasedMfModel extends Recommender {
  readonly globalMean: number;
  readonly userBias: Float64Array;
  readonly itemBias: Float64Array;
  /** Row-major users×k and items×k factors. */
  readonly userFactors: Float64Array;
  readonly itemFactors: Float64Array;
  /** Predicted rating, clipped to [min, max] seen in training; unknown users/items fall back to biases. */
  predict(u: number, i: number): number;
}

/** Trains the model; assignable to `Trainer<BiasedMfOptions>`. */
export const trainBiasedMf = (data: InteractionMatrix, options?: Partial<BiasedMfOptions>): BiasedMfModel => {
  const opts = mfOptions('biased-mf', BIASED_MF_DEFAULTS, options);
  const k = Math.floor(opts.factors);
  if (k < 0) throw new Error(`biased-mf: factors must be ≥ 0, got ${opts.factors}`);
  const nu = data.users.length;
  const ni = data.items.length;
  const nnz = data.cols.length;
  const rowOf = new Int32Array(nnz);
  let sum = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let u = 0; u < nu; u++) {
    for (let p = data.rowPtr[u]; p < data.rowPtr[u + 1]; p++) {
      rowOf[p] = u;
      const v = data.vals[p];
      sum += v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const mu = nnz > 0 ? sum / nnz : 0;
  if (nnz === 0) {
    lo = 0;
    hi = 0;
  }

  const gauss = mfGaussian(opts.seed);
  const pu = new Float64Array(nu * k);
  const qi = new Float64Array(ni * k);
  for (let j = 0; j < pu.length; j++) pu[j] = gauss() * opts.initStd;
  for (let j = 0; j < qi.length; j++) qi[j] = gauss() * opts.initStd;
  const bu = new Float64Array(nu);
  const bi = new Float64Array(ni);

  const order = new Int32Array(nnz);
  for (let p = 0; p < nnz; p++) order[p] = p;
  const shuffle = seededRandom(opts.seed ^ 0x9e3779b9);
  const lr = opts.learningRate;
  const reg = opts.regularization;
  const regB = opts.biasRegularization;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let p = nnz - 1; p > 0; p--) {
      const j = Math.floor(shuffle() * (p + 1));
      const t = order[p];
      order[p] = order[j];
      order[j] = t;
    }
    for (let s = 0; s < nnz; s++) {
      const p = order[s];
      const u = rowOf[p];
      const i = data.cols[p];
      const uo = u * k;
      const io = i * k;
      const err = data.vals[p] - (mu + bu[u] + bi[i] + linalgDot(pu, uo, qi, io, k));
      bu[u] += lr * (err - regB * bu[u]);
      bi[i] += lr * (err - regB * bi[i]);
      for (let f = 0; f < k; f++) {
        const a = pu[uo + f];
        const b = qi[io + f];
        pu[uo + f] += lr * (err * b - reg * a);
        qi[io + f] += lr * (err * a - reg * b);
      }
    }
  }

  const knownUser = (u: number) => Number.isInteger(u) && u >= 0 && u < nu;
  const knownItem = (i: number) => Number.isInteger(i) && i >= 0 && i < ni;
  const model: BiasedMfModel = {
    name: 'biased-mf',
    globalMean: mu,
    userBias: bu,
    itemBias: bi,
    userFactors: pu,
    itemFactors: qi,
    predict(u: number, i: number): number {
      let r = mu;
      const ku = knownUser(u);
      const ki = knownItem(i);
      if (ku) r += bu[u];
      if (ki) r += bi[i];
      if (ku && ki) r += linalgDot(pu, u * k, qi, i * k, k);
      return Math.min(hi, Math.max(lo, r));
    },
    recommend(u: number, kTop: number, exclude?: ReadonlySet<number>): Scored[] {
      if (!mfHasHistory(data, u)) return [];
      // μ + b_u is the same for every item: rank by b_i + p_u·q_i, report the (unclipped) prediction.
      const base = mu + bu[u];
      const scores = new Float64Array(ni);
      const uo = u * k;
      for (let i = 0; i < ni; i++) scores[i] = base + bi[i] + linalgDot(pu, uo, qi, i * k, k);
      return linalgTopK(scores, kTop, exclude ?? mfTrainingItems(data, u));
    },
  };
  return model;
};

/** The registry entry: `trainBiasedMf` as a generic Trainer. */
export const biasedMfTrainer: Trainer<BiasedMfOptions> = trainBiasedMf;
