// User-based collaborative filtering: top-K most similar users (cosine or Pearson), computed sparsely
// through the item×user transpose, used for rating prediction and for recommending.
import {
  KnnAccumulator,
  knnBuildNeighbours,
  knnHasHistory,
  knnLookup,
  knnTopScored,
  knnTranspose,
  type KnnNeighbours,
} from './knnSparse';
import type { InteractionMatrix, Recommender, Scored, Trainer } from './types';

/** How two users are compared. */
export type UserSimilarity = 'cosine' | 'pearson';

/** User-kNN options. */
export interface UserKnnOptions {
  /** Neighbours kept per user. */
  k: number;
  /**
   * cosine: dot of the two full rows / (‖u‖·‖v‖) (suits implicit data); pearson: correlation over the
   * items both rated, each centred on its co-rated mean (explicit ratings only: constant rows give 0).
   */
  similarity: UserSimilarity;
  /** Shrinkage λ on support: sim · n / (n + λ), n = items both users have. */
  shrinkage: number;
  /** Similarities at or below this are dropped (negative correlations never make neighbours). */
  minSimilarity: number;
}

/** Defaults for user-kNN. */
export const USER_KNN_DEFAULTS: UserKnnOptions = {
  k: 50,
  similarity: 'cosine',
  shrinkage: 0,
  minSimilarity: 0,
};

/** A user-kNN model as JSON: the neighbour lists' CSR arrays and the user means. */
export interface UserKnnJson {
  similarity: UserSimilarity;
  ptr: number[];
  idx: number[];
  sim: number[];
  means: number[];
}

/** A trained user-kNN model. */
export class UserKnnModel implements Recommender {
  readonly name: string;
  private readonly acc: KnnAccumulator;
  private readonly globalMean: number;
  private readonly minValue: number;
  private readonly maxValue: number;

  constructor(
    private readonly data: InteractionMatrix,
    /** Per user, its top-K most similar users, best first. */
    readonly neighbourLists: KnnNeighbours,
    /** Each user's mean interaction value (0 for users without any). */
    readonly means: Float32Array,
    readonly similarity: UserSimilarity,
  ) {
    this.name = `user-knn-${similarity}`;
    this.acc = new KnnAccumulator(data.items.length);
    const nnz = data.rowPtr[data.users.length] ?? 0;
    let sum = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (let p = 0; p < nnz; p++) {
      sum += data.vals[p];
      lo = Math.min(lo, data.vals[p]);
      hi = Math.max(hi, data.vals[p]);
    }
    this.globalMean = nnz > 0 ? sum / nnz : 0;
    this.minValue = nnz > 0 ? lo : 0;
    this.maxValue = nnz > 0 ? hi : 0;
  }

  /** The top-K neighbours of user u with their similarities, best first (empty for an unknown user). */
  neighbours(u: number): Scored[] {
    const out: Scored[] = [];
    if (!knnHasHistory(this.data, u)) return out;
    const { ptr, idx, sim } = this.neighbourLists;
    for (let p = ptr[u]; p < ptr[u + 1]; p++) out.push({ item: idx[p], score: sim[p] });
    return out;
  }

  /**
   * Rating of item i by user u from the neighbours of u who rated i: pearson
   * mean(u) + Σ sim·(r(v,i) − mean(v)) / Σ sim; cosine Σ sim·r(v,i) / Σ sim. Falls back to the user's
   * mean when no neighbour rated i, and to the global mean for cold users; clamped to the observed range.
   */
  predict(u: number, i: number): number {
    if (!knnHasHistory(this.data, u)) return this.globalMean;
    const { ptr, idx, sim } = this.neighbourLists;
    const pearson = this.similarity === 'pearson';
    let num = 0;
    let den = 0;
    for (let q = ptr[u]; q < ptr[u + 1]; q++) {
      const v = idx[q];
      const r = knnLookup(this.data, v, i);
      if (r === undefined) continue;
      num += sim[q] * (pearson ? r - this.means[v] : r);
      den += sim[q];
    }
    if (den <= 0) return this.means[u];
    const raw = pearson ? this.means[u] + num / den : num / den;
    return Math.min(this.maxValue, Math.max(this.minValue, raw));
  }

  /** The neighbour lists and means as plain JSON (the training matrix is stored separately). */
  toJSON(): UserKnnJson {
    const { ptr, idx, sim } = this.neighbourLists;
    const arr = (a: ArrayLike<number>) => Array.from(a);
    return {
      similarity: this.similarity,
      ptr: arr(ptr),
      idx: arr(idx),
      sim: arr(sim),
      means: arr(this.means),
    };
  }

  /** Restores a model saved with toJSON, over the same training matrix. */
  static fromJSON(json: UserKnnJson, data: InteractionMatrix): UserKnnModel {
    if (json.ptr.length !== data.users.length + 1 || json.means.length !== data.users.length) {
      throw new Error(
        `user-knn: saved model has ${json.means.length} users, the matrix ${data.users.length}`,
      );
    }
    const lists = {
      ptr: Int32Array.from(json.ptr),
      idx: Int32Array.from(json.idx),
      sim: Float32Array.from(json.sim),
    };
    return new UserKnnModel(data, lists, Float32Array.from(json.means), json.similarity);
  }

  /**
   * Items scored by Σ over neighbours v of sim(u, v) · value(v, i) (cosine) or sim · (r(v, i) − mean(v))
   * (pearson); only positive scores are returned. Cold users get [].
   */
  recommend(u: number, k: number, exclude?: ReadonlySet<number>): Scored[] {
    if (!knnHasHistory(this.data, u) || k <= 0) return [];
    const { rowPtr, cols, vals } = this.data;
    const { ptr, idx, sim } = this.neighbourLists;
    const pearson = this.similarity === 'pearson';
    const acc = this.acc;
    acc.reset();
    for (let q = ptr[u]; q < ptr[u + 1]; q++) {
      const v = idx[q];
      const centre = pearson ? this.means[v] : 0;
      for (let p = rowPtr[v]; p < rowPtr[v + 1]; p++) acc.add(cols[p], sim[q] * (vals[p] - centre));
    }
    const skip = exclude
      ? (i: number) => exclude.has(i)
      : (i: number) => knnLookup(this.data, u, i) !== undefined;
    return knnTopScored(acc, k, skip);
  }
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

/** Top-K neighbour lists of every user of `data`. */
export function userNeighbours(data: InteractionMatrix, options: UserKnnOptions): KnnNeighbours {
  const nUsers = data.users.length;
  const byItem = knnTranspose(data);
  const { rowPtr, cols, vals } = data;
  const norms = new Float64Array(nUsers);
  for (let u = 0; u < nUsers; u++) {
    let s = 0;
    for (let p = rowPtr[u]; p < rowPtr[u + 1]; p++) s += vals[p] * vals[p];
    norms[u] = Math.sqrt(s);
  }
  // Per candidate neighbour v: the dot product (in acc) and, for Pearson, co-rated sums.
  const acc = new KnnAccumulator(nUsers);
  const n = new Float64Array(nUsers);
  const sa = new Float64Array(nUsers);
  const sb = new Float64Array(nUsers);
  const saa = new Float64Array(nUsers);
  const sbb = new Float64Array(nUsers);
  const pearson = options.similarity === 'pearson';
  return knnBuildNeighbours(nUsers, options.k, (u, heap) => {
    acc.reset();
    for (let p = rowPtr[u]; p < rowPtr[u + 1]; p++) {
      const i = cols[p];
      const a = vals[p];
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
      let s: number;
      if (pearson) {
        const den = Math.sqrt((n[v] * saa[v] - sa[v] * sa[v]) * (n[v] * sbb[v] - sb[v] * sb[v]));
        s = den > 1e-12 ? (n[v] * acc.value[v] - sa[v] * sb[v]) / den : 0;
      } else {
        s = acc.value[v] / (norms[u] * norms[v]);
      }
      if (options.shrinkage > 0) s *= n[v] / (n[v] + options.shrinkage);
      if (s > options.minSimilarity) heap.push(v, s);
      n[v] = sa[v] = sb[v] = saa[v] = sbb[v] = 0;
    }
  });
}

/** Trains user-kNN (cosine or Pearson, top-K neighbours per user). */
export const trainUserKnn = ((data: InteractionMatrix, options?: Partial<UserKnnOptions>): UserKnnModel => {
  const opts = { ...USER_KNN_DEFAULTS, ...options };
  if (!(Number.isInteger(opts.k) && opts.k > 0))
    throw new Error(`user-knn: k must be a positive integer, got ${opts.k}`);
  if (opts.similarity !== 'cosine' && opts.similarity !== 'pearson') {
    throw new Error(`user-knn: similarity must be cosine or pearson, got ${String(opts.similarity)}`);
  }
  if (!(opts.shrinkage >= 0)) throw new Error(`user-knn: shrinkage must be ≥ 0, got ${opts.shrinkage}`);
  return new UserKnnModel(data, userNeighbours(data, opts), userMeans(data), opts.similarity);
}) satisfies Trainer<UserKnnOptions>;
