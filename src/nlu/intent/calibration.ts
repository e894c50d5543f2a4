// Stage 5, calibration: one softmax temperature fitted on held-out class
// scores (out-of-fold or validation) by minimising the negative log-likelihood.
import { softmaxInPlace } from './sparse';

/** The temperature T minimising the mean NLL of `softmax(scores / T)`; 1 when there is nothing to fit. */
export function fitTemperature(scores: readonly Float64Array[], labels: ArrayLike<number>): number {
  if (scores.length === 0) return 1;
  const p = new Float64Array(scores[0].length);
  const nll = (logT: number): number => {
    const t = Math.exp(logT);
    let sum = 0;
    scores.forEach((s, i) => {
      p.set(s);
      softmaxInPlace(p, t);
      sum -= Math.log(Math.max(p[labels[i]], 1e-12));
    });
    return sum / scores.length;
  };
  // Golden-section search on log T over [1e-3, 1e2]: the NLL is unimodal in T.
  let lo = Math.log(1e-3);
  let hi = Math.log(1e2);
  const g = (Math.sqrt(5) - 1) / 2;
  let a = hi - g * (hi - lo);
  let b = lo + g * (hi - lo);
  let fa = nll(a);
  let fb = nll(b);
  for (let it = 0; it < 40; it++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - g * (hi - lo);
      fa = nll(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + g * (hi - lo);
      fb = nll(b);
    }
  }
  return Math.exp((lo + hi) / 2);
}
