// A validation split carved from a training matrix (never from test data): the last part of each
// user's training history (by interaction time; seeded-random order when the matrix has no times)
// is held out, keeping the same user and item indices so models trained on the rest line up.
import { seededRandom } from '../random';
import type { InteractionMatrix } from './types';

/** The matrix without the held-out entries, and each user's held-out items. */
export interface ValidationSplit {
  fit: InteractionMatrix;
  heldOut: Map<number, Set<number>>;
}

/**
 * Holds out round(n × fraction) of each user's n interactions (the latest; at least one stays in
 * `fit`; users with one interaction keep it). Ties in time are broken by item index.
 */
export function validationSplit(data: InteractionMatrix, fraction: number, seed = 42): ValidationSplit {
  if (!(fraction > 0 && fraction < 1))
    throw new Error(`validation fraction must be in (0, 1), got ${fraction}`);
  const { rowPtr, cols, vals, times } = data;
  const hasTimes = times !== undefined && times.some((t) => t !== times[0]);
  const rand = seededRandom(seed);
  const keep = new Uint8Array(cols.length).fill(1);
  const heldOut = new Map<number, Set<number>>();
  for (let u = 0; u < data.users.length; u++) {
    const start = rowPtr[u];
    const n = rowPtr[u + 1] - start;
    const held = Math.min(Math.round(n * fraction), n - 1);
    if (held <= 0) continue;
    const order = Array.from({ length: n }, (_, j) => start + j);
    const key = hasTimes ? order.map((p) => times[p]) : order.map(() => rand());
    order.sort((a, b) => key[a - start] - key[b - start] || cols[a] - cols[b]);
    const set = new Set<number>();
    for (const p of order.slice(n - held)) {
      keep[p] = 0;
      set.add(cols[p]);
    }
    heldOut.set(u, set);
  }
  const fitPtr = new Int32Array(rowPtr.length);
  for (let u = 0; u < data.users.length; u++) {
    let c = 0;
    for (let p = rowPtr[u]; p < rowPtr[u + 1]; p++) c += keep[p];
    fitPtr[u + 1] = fitPtr[u] + c;
  }
  const m = fitPtr[data.users.length];
  const fitCols = new Int32Array(m);
  const fitVals = new Float32Array(m);
  const fitTimes = times ? new Float64Array(m) : undefined;
  let q = 0;
  for (let p = 0; p < cols.length; p++) {
    if (!keep[p]) continue;
    fitCols[q] = cols[p];
    fitVals[q] = vals[p];
    if (fitTimes && times) fitTimes[q] = times[p];
    q++;
  }
  const fit = { ...data, rowPtr: fitPtr, cols: fitCols, vals: fitVals, times: fitTimes };
  if (!fitTimes) delete fit.times;
  return { fit, heldOut };
}
