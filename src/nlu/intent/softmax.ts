// Stage 5a: multinomial logistic regression on sparse vectors, trained with
// per-example AdaGrad and L2 on the touched rows. Deterministic for a seed.
import { linearScores, seededRandom, shuffleInPlace, softmaxInPlace, type SparseVector } from './sparse';

/** Settings of the softmax trainer. */
export interface SoftmaxOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** Defaults chosen on cross-validation. */
export const SOFTMAX_DEFAULTS: SoftmaxOptions = { epochs: 10, learningRate: 0.1, l2: 1e-5, seed: 7 };

/** A linear model: feature-major weights (`weights[f * classes + c]`) and one bias per class. */
export interface LinearModel {
  weights: Float32Array;
  bias: Float32Array;
}

/** Gradients smaller than this are skipped: after a few epochs most classes are. */
const TINY = 1e-4;

/** Trains softmax regression; `labels[i]` is the class index of `xs[i]`. */
export function trainSoftmax(
  xs: SparseVector[],
  labels: Int32Array,
  classes: number,
  dimension: number,
  options: SoftmaxOptions = SOFTMAX_DEFAULTS,
  onEpoch?: (epoch: number, model: LinearModel) => void,
): LinearModel {
  const weights = new Float32Array(dimension * classes);
  const accum = new Float32Array(dimension * classes);
  const bias = new Float32Array(classes);
  const biasAccum = new Float32Array(classes);
  const order = Int32Array.from(xs.keys());
  const random = seededRandom(options.seed);
  const p = new Float64Array(classes);
  const hot = new Int32Array(classes);
  const { learningRate: lr, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (let o = 0; o < order.length; o++) {
      const i = order[o];
      const { idx, val } = xs[i];
      softmaxInPlace(linearScores(xs[i], weights, bias, p));
      p[labels[i]] -= 1;
      // Only classes with a non-negligible gradient are updated (most, after the first epochs, are not).
      let nHot = 0;
      for (let c = 0; c < classes; c++) {
        const g = p[c];
        if (g < TINY && g > -TINY) continue;
        hot[nHot++] = c;
        biasAccum[c] += g * g;
        bias[c] -= (lr * g) / Math.sqrt(biasAccum[c] + 1e-8);
      }
      for (let k = 0; k < idx.length; k++) {
        const v = val[k];
        const row = idx[k] * classes;
        for (let h = 0; h < nHot; h++) {
          const c = hot[h];
          const at = row + c;
          const g = p[c] * v + l2 * weights[at];
          accum[at] += g * g;
          weights[at] -= (lr * g) / Math.sqrt(accum[at] + 1e-8);
        }
      }
    }
    onEpoch?.(epoch, { weights, bias });
  }
  return { weights, bias };
}
