// Item-based collaborative filtering: cosine similarity between item columns, computed sparsely from
// co-occurrences in users' rows (never a dense item×item matrix), top-K neighbours kept per item.
import {
  KnnAccumulator,
  knnBuildNeighbours,
  knnHasHistory,
  knnLookup,
  knnTopScored,
  knnTranspose,
  type KnnNeighbours,
} from './knnSparse';
import { historyExclusion, historyInCatalog } from './history';
import { matrixFromJson, matrixToJson, type MatrixJson } from './modelJson';
import type { HistoryItem, InteractionMatrix, Recommender, Scored, Trainer } from './types';

/** Item-kNN options. */
export interface ItemKnnOptions {
  /** Neighbours kept per item. */
  k: number;
  /** Shrinkage λ: sim = dot / (‖i‖·‖j‖ + λ), damping similarities built on little co-occurrence. */
  shrinkage: number;
  /** Similarities at or below this are dropped. */
  minSimilarity: number;
}

/** Defaults for item-kNN. */
export const ITEM_KNN_DEFAULTS: ItemKnnOptions = { k: 50, shrinkage: 0, minSimilarity: 0 };

/** An item-kNN model as JSON: the neighbour lists' CSR arrays. */
export interface ItemKnnJson {
  name: string;
  ptr: number[];
  idx: number[];
  sim: number[];
  /** The training matrix (for recommend(u) after a restore); absent in older saves. */
  matrix?: MatrixJson;
}

/** A trained item-kNN model. */
export class ItemKnnModel implements Recommender {
  readonly name = 'item-knn';
  private readonly acc: KnnAccumulator;

  constructor(
    private readonly data: InteractionMatrix,
    /** Per item, its top-K most similar items, best first. */
    readonly neighbourLists: KnnNeighbours,
  ) {
    this.acc = new KnnAccumulator(data.items.length);
  }

  /** The top-K neighbours of item i with their similarities, best first (empty for an unknown item). */
  neighbours(i: number): Scored[] {
    const out: Scored[] = [];
    if (!(i >= 0 && i < this.data.items.length)) return out;
    const { ptr, idx, sim } = this.neighbourLists;
    for (let p = ptr[i]; p < ptr[i + 1]; p++) out.push({ item: idx[p], score: sim[p] });
    return out;
  }

  /** Σ over the user's items j of value(u, j) · sim(j, i) for each neighbour i; cold users get []. */
  recommend(u: number, k: number, exclude?: ReadonlySet<number>): Scored[] {
    if (!knnHasHistory(this.data, u) || k <= 0) return [];
    const { rowPtr, cols, vals } = this.data;
    this.acc.reset();
    for (let p = rowPtr[u]; p < rowPtr[u + 1]; p++) this.addNeighbours(cols[p], vals[p]);
    const skip = exclude
      ? (i: number) => exclude.has(i)
      : (i: number) => knnLookup(this.data, u, i) !== undefined;
    return knnTopScored(this.acc, k, skip);
  }

  /**
   * The same scoring for a history not in training (a new shopper's session, events since the last
   * training): items out of range are ignored; by default the history's own items are left out.
   */
  recommendFromHistory(history: ReadonlyArray<Scored>, k: number, exclude?: ReadonlySet<number>): Scored[] {
    if (k <= 0) return [];
    const nItems = this.data.items.length;
    this.acc.reset();
    for (const h of history)
      if (Number.isInteger(h.item) && h.item >= 0 && h.item < nItems) this.addNeighbours(h.item, h.score);
    const own = exclude ?? new Set(history.map((h) => h.item));
    return knnTopScored(this.acc, k, (i) => own.has(i));
  }

  /** recommendFromHistory for the Recommender contract's {item, value} histories. */
  recommendForHistory(
    history: ReadonlyArray<HistoryItem>,
    k: number,
    exclude?: ReadonlySet<number>,
  ): Scored[] {
    const known = historyInCatalog(history, this.data.items.length);
    return this.recommendFromHistory(
      known.map((h) => ({ item: h.item, score: h.value })),
      k,
      historyExclusion(history, exclude),
    );
  }

  private addNeighbours(j: number, value: number): void {
    const { ptr, idx, sim } = this.neighbourLists;
    for (let q = ptr[j]; q < ptr[j + 1]; q++) this.acc.add(idx[q], value * sim[q]);
  }

  /** The neighbour lists and the training matrix as plain JSON. */
  toJSON(): ItemKnnJson {
    const { ptr, idx, sim } = this.neighbourLists;
    return {
      name: this.name,
      ptr: Array.from(ptr),
      idx: Array.from(idx),
      sim: Array.from(sim),
      matrix: matrixToJson(this.data),
    };
  }

  /** Restores a model saved with toJSON, over `data` (default: the matrix saved with it). */
  static fromJSON(json: ItemKnnJson, data?: InteractionMatrix): ItemKnnModel {
    if (json?.name !== 'item-knn')
      throw new Error(`saved model: expected item-knn, got ${String(json?.name)}`);
    if (!data && !json.matrix) throw new Error('saved item-knn model: no matrix saved and none given');
    data = data ?? matrixFromJson(json.matrix as MatrixJson);
    if (json.ptr.length !== data.items.length + 1) {
      throw new Error(
        `item-knn: saved model has ${json.ptr.length - 1} items, the matrix ${data.items.length}`,
      );
    }
    const lists = {
      ptr: Int32Array.from(json.ptr),
      idx: Int32Array.from(json.idx),
      sim: Float32Array.from(json.sim),
    };
    return new ItemKnnModel(data, lists);
  }

  /** The user's item that contributes most to item i's score (for "because you bought …"), if any. */
  because(u: number, i: number): number | undefined {
    if (!knnHasHistory(this.data, u)) return undefined;
    const { rowPtr, cols, vals } = this.data;
    let best: number | undefined;
    let bestScore = 0;
    for (let p = rowPtr[u]; p < rowPtr[u + 1]; p++) {
      const j = cols[p];
      const s = vals[p] * this.similarity(j, i);
      if (s > bestScore) {
        bestScore = s;
        best = j;
      }
    }
    return best;
  }

  /** sim(j, i) if i is among j's kept neighbours, else 0. */
  similarity(j: number, i: number): number {
    const { ptr, idx, sim } = this.neighbourLists;
    for (let q = ptr[j]; q < ptr[j + 1]; q++) if (idx[q] === i) return sim[q];
    return 0;
  }
}

/** Cosine top-K neighbour lists of every item of `data`. */
export function itemNeighbours(data: InteractionMatrix, options: ItemKnnOptions): KnnNeighbours {
  const nItems = data.items.length;
  const byItem = knnTranspose(data);
  const norms = new Float64Array(nItems);
  for (let i = 0; i < nItems; i++) {
    let s = 0;
    for (let p = byItem.rowPtr[i]; p < byItem.rowPtr[i + 1]; p++) s += byItem.vals[p] * byItem.vals[p];
    norms[i] = Math.sqrt(s);
  }
  const acc = new KnnAccumulator(nItems);
  const { rowPtr, cols, vals } = data;
  return knnBuildNeighbours(nItems, options.k, (i, heap) => {
    if (norms[i] === 0) return;
    acc.reset();
    // dot(i, j) for every j sharing a user with i: walk i's users, then each user's items.
    for (let p = byItem.rowPtr[i]; p < byItem.rowPtr[i + 1]; p++) {
      const u = byItem.cols[p];
      const r = byItem.vals[p];
      for (let q = rowPtr[u]; q < rowPtr[u + 1]; q++) acc.add(cols[q], r * vals[q]);
    }
    for (let t = 0; t < acc.count; t++) {
      const j = acc.touched[t];
      if (j === i || norms[j] === 0) continue;
      const s = acc.value[j] / (norms[i] * norms[j] + options.shrinkage);
      if (s > options.minSimilarity) heap.push(j, s);
    }
  });
}

/** Trains item-kNN (cosine, top-K neighbours per item). */
export const trainItemKnn = ((data: InteractionMatrix, options?: Partial<ItemKnnOptions>): ItemKnnModel => {
  const opts = { ...ITEM_KNN_DEFAULTS, ...options };
  if (!(Number.isInteger(opts.k) && opts.k > 0))
    throw new Error(`item-knn: k must be a positive integer, got ${opts.k}`);
  if (!(opts.shrinkage >= 0)) throw new Error(`item-knn: shrinkage must be ≥ 0, got ${opts.shrinkage}`);
  return new ItemKnnModel(data, itemNeighbours(data, opts));
}) satisfies Trainer<ItemKnnOptions>;
