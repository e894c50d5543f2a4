// Stage 5c: a multi-class linear SVM (Crammer–Singer) trained by dual
// coordinate descent with shrinking of examples and of classes per example,
// as liblinear's solver 4. One pass touches every class of an example only
// until that class is shrunk away, so later passes are cheap.
import { seededRandom, shuffleInPlace, toCsr, type SparseVector } from './sparse';
import type { LinearModel } from './softmax';

/** Settings of the Crammer–Singer trainer. */
export interface CsOptions {
  c: number;
  tolerance: number;
  maxEpochs: number;
  seed: number;
}

/** Defaults chosen on cross-validation (liblinear's own are C=1, eps=0.1). */
export const CS_DEFAULTS: CsOptions = { c: 0.5, tolerance: 0.1, maxEpochs: 10, seed: 7 };

/** Trains a Crammer–Singer SVM; returns feature-major weights and a bias per class. */
export function trainCrammerSinger(
  xs: SparseVector[],
  labels: Int32Array,
  classes: number,
  dimension: number,
  options: CsOptions = CS_DEFAULTS,
): LinearModel {
  const { ptr, idx, val, rows: n } = toCsr(xs);
  const C = options.c;
  const nc = classes;
  const w = new Float64Array((dimension + 1) * nc);
  const biasRow = dimension * nc;
  const alpha = new Float64Array(n * nc);
  const alphaIndex = new Int32Array(n * nc);
  const activeClasses = new Int32Array(n).fill(nc);
  const yIndex = Int32Array.from(labels);
  const qd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 1;
    for (let k = ptr[i]; k < ptr[i + 1]; k++) s += val[k] * val[k];
    qd[i] = s;
    for (let m = 0; m < nc; m++) alphaIndex[i * nc + m] = m;
  }
  const index = Int32Array.from({ length: n }, (_, i) => i);
  const G = new Float64Array(nc);
  const full = new Float64Array(nc);
  const B = new Float64Array(nc);
  const D = new Float64Array(nc);
  const alphaNew = new Float64Array(nc);
  const dInd = new Int32Array(nc);
  const dVal = new Float64Array(nc);
  const random = seededRandom(options.seed);
  let activeSize = n;
  let epsShrink = Math.max(10 * options.tolerance, 1);
  let startFromAll = true;
  for (let epoch = 0; epoch < options.maxEpochs; epoch++) {
    let stopping = -Infinity;
    shuffleInPlace(index.subarray(0, activeSize), random);
    for (let s = 0; s < activeSize; s++) {
      const i = index[s];
      const Ai = qd[i];
      const base = i * nc;
      const yi = labels[i];
      let act = activeClasses[i];
      const start = ptr[i];
      const end = ptr[i + 1];
      if (act * 4 > nc) {
        // Many classes still active: score all of them contiguously (much faster than gathering), then pick.
        csrRowScores(ptr, idx, val, i, w, nc, biasRow, full);
        for (let m = 0; m < act; m++) G[m] = 1 + full[alphaIndex[base + m]];
      } else {
        for (let m = 0; m < act; m++) G[m] = 1;
        for (let k = start; k <= end; k++) {
          const v = k < end ? val[k] : 1;
          const row = k < end ? idx[k] * nc : biasRow;
          for (let m = 0; m < act; m++) G[m] += w[row + alphaIndex[base + m]] * v;
        }
      }
      if (yIndex[i] < act) G[yIndex[i]] -= 1;
      let minG = Infinity;
      let maxG = -Infinity;
      for (let m = 0; m < act; m++) {
        if (alpha[base + alphaIndex[base + m]] < 0 && G[m] < minG) minG = G[m];
        if (G[m] > maxG) maxG = G[m];
      }
      if (yIndex[i] < act && alpha[base + yi] < C && G[yIndex[i]] < minG) minG = G[yIndex[i]];
      for (let m = 0; m < act; m++) {
        const bound = m === yIndex[i] ? C : 0;
        if (alpha[base + alphaIndex[base + m]] === bound && G[m] < minG) {
          act--;
          while (act > m) {
            const boundAct = act === yIndex[i] ? C : 0;
            if (!(alpha[base + alphaIndex[base + act]] === boundAct && G[act] < minG)) break;
            act--;
          }
          swapInt(alphaIndex, base + m, base + act);
          const tg = G[m];
          G[m] = G[act];
          G[act] = tg;
          if (yIndex[i] === act) yIndex[i] = m;
          else if (yIndex[i] === m) yIndex[i] = act;
        }
      }
      activeClasses[i] = act;
      if (act <= 1) {
        activeSize--;
        swapInt(index, s, activeSize);
        s--;
        continue;
      }
      if (maxG - minG <= 1e-12) continue;
      if (maxG - minG > stopping) stopping = maxG - minG;
      for (let m = 0; m < act; m++) B[m] = G[m] - Ai * alpha[base + alphaIndex[base + m]];
      solveSubProblem(Ai, yIndex[i], C, act, B, D, alphaNew);
      let nz = 0;
      for (let m = 0; m < act; m++) {
        const at = base + alphaIndex[base + m];
        const d = alphaNew[m] - alpha[at];
        alpha[at] = alphaNew[m];
        if (d >= 1e-12 || d <= -1e-12) {
          dInd[nz] = alphaIndex[base + m];
          dVal[nz++] = d;
        }
      }
      for (let k = start; k <= end; k++) {
        const v = k < end ? val[k] : 1;
        const row = k < end ? idx[k] * nc : biasRow;
        for (let z = 0; z < nz; z++) w[row + dInd[z]] += dVal[z] * v;
      }
    }
    if (process.env.CS_DEBUG)
      console.error(
        epoch,
        Date.now() % 100000,
        activeSize,
        stopping.toFixed(3),
        epsShrink,
        activeClasses.reduce((a, b) => a + b, 0) / n,
      );
    if (stopping < epsShrink) {
      if (stopping < options.tolerance && startFromAll) break;
      activeSize = n;
      activeClasses.fill(nc);
      epsShrink = Math.max(epsShrink / 2, options.tolerance);
      startFromAll = true;
    } else startFromAll = false;
  }
  return { weights: Float32Array.from(w.subarray(0, biasRow)), bias: Float32Array.from(w.subarray(biasRow)) };
}

/** Scores of CSR row `i` for every class: `w[bias] + Σ x·w[row]`, four rows at a time. */
function csrRowScores(
  ptr: Int32Array,
  idx: Int32Array,
  val: Float64Array,
  i: number,
  w: Float64Array,
  nc: number,
  biasRow: number,
  out: Float64Array,
): void {
  for (let c = 0; c < nc; c++) out[c] = w[biasRow + c];
  const end = ptr[i + 1];
  let k = ptr[i];
  for (; k + 4 <= end; k += 4) {
    const v0 = val[k];
    const v1 = val[k + 1];
    const v2 = val[k + 2];
    const v3 = val[k + 3];
    const r0 = idx[k] * nc;
    const r1 = idx[k + 1] * nc;
    const r2 = idx[k + 2] * nc;
    const r3 = idx[k + 3] * nc;
    for (let c = 0; c < nc; c++) out[c] += v0 * w[r0 + c] + v1 * w[r1 + c] + v2 * w[r2 + c] + v3 * w[r3 + c];
  }
  for (; k < end; k++) {
    const v = val[k];
    const r = idx[k] * nc;
    for (let c = 0; c < nc; c++) out[c] += v * w[r + c];
  }
}

function swapInt(a: Int32Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** The closed-form sub-problem of one example over its active classes (Keerthi et al. 2008). */
function solveSubProblem(
  Ai: number,
  yi: number,
  C: number,
  act: number,
  B: Float64Array,
  D: Float64Array,
  alphaNew: Float64Array,
): void {
  for (let m = 0; m < act; m++) D[m] = B[m];
  if (yi < act) D[yi] += Ai * C;
  const sorted = D.subarray(0, act).sort(); // ascending, in place: read from the end
  let beta = sorted[act - 1] - Ai * C;
  let r = 1;
  for (; r < act && beta < r * sorted[act - 1 - r]; r++) beta += sorted[act - 1 - r];
  beta /= r;
  for (let m = 0; m < act; m++) {
    if (m === yi) alphaNew[m] = Math.min(C, (beta - B[m]) / Ai);
    else alphaNew[m] = Math.min(0, (beta - B[m]) / Ai);
  }
}
