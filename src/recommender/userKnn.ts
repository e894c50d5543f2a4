// User-based collaborative filtering: top-K most similar users (cosine or Pearson), computed sparsely
// through the item×user transpose, used for rating prediction and for recommending.
import {
  KnnAccumulator,
  KnnTopK,
  knnHasHistory,
  knnLookup,
  knnTopScored,
  knnTranspose,
  type Csr,
  type KnnNeighbours,
} from './knnSparse';
import {
  knnPairSimilarity,
  knnRowNorms,
  userMeans,
  userNeighbours,
  type UserSimilarity,
} from './knnUserSimilarity';
import { matrixFromJson, matrixToJson, type MatrixJson } from './modelJson';
import type { InteractionMatrix, Recommender, Scored, Trainer } from './types';

export type { UserSimilarity } from './knnUserSimilarity';

/** User-kNN options. */
export interface UserKnnOptions {
  /** Neighbours kept per user (and used per prediction). */
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
  /**
   * Whose ratings `predict(u, i)` uses: 'raters' — the k users most similar to u among those who rated
   * i (as Surprise's KNNWithMeans; similarities computed on demand); 'neighbours' — u's stored top-K
   * lists only (faster, but often no neighbour rated i and the user's mean is returned).
   */
  predictFrom: 'raters' | 'neighbours';
}

/** Defaults for user-kNN. */
export const USER_KNN_DEFAULTS: UserKnnOptions = {
  k: 50,
  similarity: 'cosine',
  shrinkage: 0,
  minSimilarity: 0,
  predictFrom: 'raters',
};

/** A user-kNN model as JSON: its options, the neighbour lists' CSR arrays and the user means. */
export interface UserKnnJson {
  name: string;
  options: UserKnnOptions;
  ptr: number[];
  idx: number[];
  sim: number[];
  means: number[];
  /** The training matrix (for a restore without one); absent in older saves. */
  matrix?: MatrixJson;
}

/** A trained user-kNN model. */
export class UserKnnModel implements Recommender {
  readonly name: string;
  private readonly acc: KnnAccumulator;
  private readonly byItem: Csr;
  private readonly norms: Float64Array;
  private readonly globalMean: number;
  private readonly minValue: number;
  private readonly maxValue: number;

  constructor(
    private readonly data: InteractionMatrix,
    /** Per user, its top-K most similar users, best first. */
    readonly neighbourLists: KnnNeighbours,
    /** Each user's mean interaction value (0 for users without any). */
    readonly means: Float32Array,
    readonly options: UserKnnOptions,
    byItem?: Csr,
    norms?: Float64Array,
  ) {
    this.name = `user-knn-${options.similarity}`;
    this.acc = new KnnAccumulator(data.items.length);
    this.byItem = byItem ?? knnTranspose(data);
    this.norms = norms ?? knnRowNorms(data, data.users.length);
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
   * Rating of item i by user u from up to k similar users who rated i: pearson
   * mean(u) + Σ sim·(r(v,i) − mean(v)) / Σ sim; cosine Σ sim·r(v,i) / Σ sim. Falls back to the user's
   * mean when no similar user rated i, and to the global mean for cold users; clamped to the observed range.
   */
  predict(u: number, i: number): number {
    if (!knnHasHistory(this.data, u)) return this.globalMean;
    const pearson = this.options.similarity === 'pearson';
    let num = 0;
    let den = 0;
    for (const { item: v, score: s } of this.ratersOf(u, i)) {
      const r = knnLookup(this.data, v, i) as number;
      num += s * (pearson ? r - this.means[v] : r);
      den += s;
    }
    if (den <= 0) return this.means[u];
    const raw = pearson ? this.means[u] + num / den : num / den;
    return Math.min(this.maxValue, Math.max(this.minValue, raw));
  }

  /** The users whose ratings of i predict u's: (user, similarity) pairs. */
  private ratersOf(u: number, i: number): Scored[] {
    if (this.options.predictFrom === 'neighbours' || !(i >= 0 && i < this.data.items.length)) {
      return this.neighbours(u).filter((n) => knnLookup(this.data, n.item, i) !== undefined);
    }
    const heap = new KnnTopK(this.options.k);
    const { rowPtr, cols } = this.byItem;
    for (let q = rowPtr[i]; q < rowPtr[i + 1]; q++) {
      const v = cols[q];
      if (v === u) continue;
      const s = knnPairSimilarity(this.data, this.norms, this.options, u, v);
      if (s > this.options.minSimilarity) heap.push(v, s);
    }
    return heap.sorted();
  }

  /**
   * Items scored by Σ over neighbours v of sim(u, v) · value(v, i) (cosine) or sim · (r(v, i) − mean(v))
   * (pearson); only positive scores are returned. Cold users get [].
   */
  recommend(u: number, k: number, exclude?: ReadonlySet<number>): Scored[] {
    if (!knnHasHistory(this.data, u) || k <= 0) return [];
    const { rowPtr, cols, vals } = this.data;
    const { ptr, idx, sim } = this.neighbourLists;
    const pearson = this.options.similarity === 'pearson';
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

  /** The options, neighbour lists and means as plain JSON (the training matrix is stored separately). */
  toJSON(): UserKnnJson {
    const { ptr, idx, sim } = this.neighbourLists;
    const arr = (a: ArrayLike<number>) => Array.from(a);
    return {
      name: this.options.similarity === 'pearson' ? 'user-knn-pearson' : 'user-knn',
      options: this.options,
      ptr: arr(ptr),
      idx: arr(idx),
      sim: arr(sim),
      means: arr(this.means),
      matrix: matrixToJson(this.data),
    };
  }

  /** Restores a model saved with toJSON, over `data` (default: the matrix saved with it). */
  static fromJSON(json: UserKnnJson, data?: InteractionMatrix): UserKnnModel {
    if (!data && !json.matrix) throw new Error('saved user-knn model: no matrix saved and none given');
    data = data ?? matrixFromJson(json.matrix as MatrixJson);
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
    return new UserKnnModel(data, lists, Float32Array.from(json.means), json.options);
  }
}

/** Trains user-kNN (cosine or Pearson, top-K neighbours per user). */
export const trainUserKnn = ((data: InteractionMatrix, options?: Partial<UserKnnOptions>): UserKnnModel => {
  const opts = { ...USER_KNN_DEFAULTS, ...options };
  if (!(Number.isInteger(opts.k) && opts.k > 0)) {
    throw new Error(`user-knn: k must be a positive integer, got ${opts.k}`);
  }
  if (opts.similarity !== 'cosine' && opts.similarity !== 'pearson') {
    throw new Error(`user-knn: similarity must be cosine or pearson, got ${String(opts.similarity)}`);
  }
  if (opts.predictFrom !== 'raters' && opts.predictFrom !== 'neighbours') {
    throw new Error(`user-knn: predictFrom must be raters or neighbours, got ${String(opts.predictFrom)}`);
  }
  if (!(opts.shrinkage >= 0)) throw new Error(`user-knn: shrinkage must be ≥ 0, got ${opts.shrinkage}`);
  const byItem = knnTranspose(data);
  const norms = knnRowNorms(data, data.users.length);
  const lists = userNeighbours(data, byItem, norms, opts);
  return new UserKnnModel(data, lists, userMeans(data), opts, byItem, norms);
}) satisfies Trainer<UserKnnOptions>;
