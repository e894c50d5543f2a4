// User×user similarities for user-kNN: all top-K lists at once (sparse, through the item×user
// transpose) or one pair at a time (merge of two sorted rows), with the same formulas.
import { KnnAccumulator, knnBuildNeighbours, type Csr, type KnnNeighbours } from './knnSparse';
import type { InteractionMatrix } from './types';

/** How two users are compared. */
export type UserSimilarity = 'cosine' | 'pearson';

/** What a user-user similarity depends on. */
export interface KnnSimilarityOptions {
  similarity: UserSimilarity;
  shrinkage: number;
}

/** Per-user Euclidean norms of the full rows. */
export function knnRowNorms(m: Csr, nRows: number): Float64Array {
  const norms = new Float64Array(nRows);
  for (let r = 0; r < nRows; r++) {
    let s = 0;
    for (let p = m.rowPtr[r]; p < m.rowPtr[r + 1]; p++) s += m.vals[p] * m.vals[p];
    norms[r] = Math.sqrt(s);
  }
  return norms;
}

/** Each user's mean value (0 when the row is empty). */
export function userMeans(data: InteractionMatrix): Float32Array {
  const means = new Float32Array(data.users.length);
  for (let u = 0; u < data.users.length; u++) {
    const n = data.rowPtr[u + 1] - data.rowPtr[u];
    let s = 0;
    for (let p = data.rowPtr[u]; p < data.rowPtr[u + 1]; p++) s += data.vals[p];
    means[u] = n > 0 ? s / n : 0;
  }
  return means;
}

/**
 * cosine: Σab / (‖u‖·‖v‖) over full rows; pearson: the correlation over the n co-rated items, each
 * side centred on its co-rated mean (0 when either side is constant). Then × n / (n + shrinkage).
 */
export function knnSimilarity(
  o: KnnSimilarityOptions,
  n: number,
  sa: number,
  sb: number,
  saa: number,
  sbb: number,
  sab: number,
  normProduct: number,
): number {
  let s: number;
  if (o.similarity === 'pearson') {
    const den = Math.sqrt((n * saa - sa * sa) * (n * sbb - sb * sb));
    s = den > 1e-12 ? (n * sab - sa * sb) / den : 0;
  } else {
    s = normProduct > 0 ? sab / normProduct : 0;
  }
  return o.shrinkage > 0 ? (s * n) / (n + o.shrinkage) : s;
}

/** The similarity of users u and v (rows sorted by item), by merging their rows. */
export function knnPairSimilarity(
  data: Csr,
  norms: Float64Array,
  o: KnnSimilarityOptions,
  u: number,
  v: number,
): number {
  const { rowPtr, cols, vals } = data;
  let p = rowPtr[u];
  let q = rowPtr[v];
  let n = 0;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  while (p < rowPtr[u + 1] && q < rowPtr[v + 1]) {
    if (cols[p] < cols[q]) p++;
    else if (cols[p] > cols[q]) q++;
    else {
      const a = vals[p++];
      const b = vals[q++];
      n++;
      sa += a;
      sb += b;
      saa += a * a;
      sbb += b * b;
      sab += a * b;
    }
  }
  return n === 0 ? 0 : knnSimilarity(o, n, sa, sb, saa, sbb, sab, norms[u] * norms[v]);
}

/** Top-K neighbour lists of every user (similarity above `minSimilarity`), best first. */
export function userNeighbours(
  data: InteractionMatrix,
  byItem: Csr,
  norms: Float64Array,
  o: KnnSimilarityOptions & { k: number; minSimilarity: number },
): KnnNeighbours {
  const nUsers = data.users.length;
  const { rowPtr, cols, vals } = data;
  // Per candidate neighbour v: Σab (in acc) and the co-rated sums.
  const acc = new KnnAccumulator(nUsers);
  const n = new Float64Array(nUsers);
  const sa = new Float64Array(nUsers);
  const sb = new Float64Array(nUsers);
  const saa = new Float64Array(nUsers);
  const sbb = new Float64Array(nUsers);
  return knnBuildNeighbours(nUsers, o.k, (u, heap) => {
    acc.reset();
    for (let p = rowPtr[u]; p < rowPtr[u + 1]; p++) {
      const a = vals[p];
      const i = cols[p];
      for (let q = byItem.rowPtr[i]; q < byItem.rowPtr[i + 1]; q++) {
        const v = byItem.cols[q];
        if (v === u) continue;
        const b = byItem.vals[q];
        acc.add(v, a * b);
        n[v]++;
        sa[v] += a;
        sb[v] += b;
        saa[v] += a * a;
        sbb[v] += b * b;
      }
    }
    for (let t = 0; t < acc.count; t++) {
      const v = acc.touched[t];
      const s = knnSimilarity(o, n[v], sa[v], sb[v], saa[v], sbb[v], acc.value[v], norms[u] * norms[v]);
      if (s > o.minSimilarity) heap.push(v, s);
      n[v] = sa[v] = sb[v] = saa[v] = sbb[v] = 0;
    }
  });
}
