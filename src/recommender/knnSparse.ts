// Sparse building blocks shared by the item- and user-based neighbourhood models: a CSR transpose,
// a bounded top-K heap, a reusable sparse accumulator and compact neighbour lists.
import type { InteractionMatrix, Scored } from './types';

/** A CSR matrix without id maps (rows × cols), e.g. the item×user transpose of an InteractionMatrix. */
export interface Csr {
  rowPtr: Int32Array;
  cols: Int32Array;
  vals: Float32Array;
}

/** The item×user transpose of `data` (each item's users sorted by index), in O(nnz). */
export function knnTranspose(data: InteractionMatrix): Csr {
  const nItems = data.items.length;
  const nUsers = data.users.length;
  const nnz = data.rowPtr[nUsers] ?? 0;
  const rowPtr = new Int32Array(nItems + 1);
  for (let p = 0; p < nnz; p++) rowPtr[data.cols[p] + 1]++;
  for (let i = 0; i < nItems; i++) rowPtr[i + 1] += rowPtr[i];
  const fill = rowPtr.slice(0, nItems);
  const cols = new Int32Array(nnz);
  const vals = new Float32Array(nnz);
  for (let u = 0; u < nUsers; u++) {
    for (let p = data.rowPtr[u]; p < data.rowPtr[u + 1]; p++) {
      const q = fill[data.cols[p]]++;
      cols[q] = u;
      vals[q] = data.vals[p];
    }
  }
  return { rowPtr, cols, vals };
}

/** Keeps the best `k` (index, score) pairs pushed; ties go to the smaller index, so results are deterministic. */
export class KnnTopK {
  private readonly idx: Int32Array;
  private readonly score: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.idx = new Int32Array(Math.max(0, k));
    this.score = new Float64Array(Math.max(0, k));
  }

  /** Empties the heap for reuse. */
  clear(): void {
    this.size = 0;
  }

  /** True when (sa, ia) ranks below (sb, ib). */
  private worse(sa: number, ia: number, sb: number, ib: number): boolean {
    return sa < sb || (sa === sb && ia > ib);
  }

  /** Offers one candidate. */
  push(i: number, s: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      let c = this.size++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!this.worse(s, i, this.score[parent], this.idx[parent])) break;
        this.idx[c] = this.idx[parent];
        this.score[c] = this.score[parent];
        c = parent;
      }
      this.idx[c] = i;
      this.score[c] = s;
      return;
    }
    if (!this.worse(this.score[0], this.idx[0], s, i)) return;
    this.siftDownFromRoot(i, s);
  }

  private siftDownFromRoot(i: number, s: number): void {
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const m = r < this.size && this.worse(this.score[r], this.idx[r], this.score[l], this.idx[l]) ? r : l;
      if (!this.worse(this.score[m], this.idx[m], s, i)) break;
      this.idx[c] = this.idx[m];
      this.score[c] = this.score[m];
      c = m;
    }
    this.idx[c] = i;
    this.score[c] = s;
  }

  /** The kept pairs, best first. */
  sorted(): Scored[] {
    const out: Scored[] = [];
    for (let p = 0; p < this.size; p++) out.push({ item: this.idx[p], score: this.score[p] });
    return out.sort((a, b) => b.score - a.score || a.item - b.item);
  }
}

/**
 * A dense scratch vector that remembers which entries were touched since the last `reset`, so a sparse
 * result can be read and cleared without scanning all n entries.
 */
export class KnnAccumulator {
  readonly value: Float64Array;
  readonly touched: Int32Array;
  count = 0;
  private readonly stamp: Int32Array;
  private generation = 1;

  constructor(n: number) {
    this.value = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.stamp = new Int32Array(n);
  }

  /** Forgets every touched entry (O(1)). */
  reset(): void {
    this.count = 0;
    this.generation++;
  }

  /** Adds `x` to entry j. */
  add(j: number, x: number): void {
    if (this.stamp[j] !== this.generation) {
      this.stamp[j] = this.generation;
      this.value[j] = 0;
      this.touched[this.count++] = j;
    }
    this.value[j] += x;
  }
}

/** Top-K neighbour lists in CSR form: the neighbours of row r are idx[ptr[r] .. ptr[r+1]), best first. */
export interface KnnNeighbours {
  ptr: Int32Array;
  idx: Int32Array;
  sim: Float32Array;
}

/** Builds neighbour lists row by row: `rowNeighbours(r, heap)` pushes row r's candidates into the heap. */
export function knnBuildNeighbours(
  n: number,
  k: number,
  rowNeighbours: (r: number, heap: KnnTopK) => void,
): KnnNeighbours {
  const ptr = new Int32Array(n + 1);
  let idx = new Int32Array(Math.min(n * k, 1 << 20));
  let sim = new Float32Array(idx.length);
  const heap = new KnnTopK(k);
  let at = 0;
  for (let r = 0; r < n; r++) {
    heap.clear();
    rowNeighbours(r, heap);
    const best = heap.sorted();
    if (at + best.length > idx.length) {
      const grown = Math.max(idx.length * 2, at + best.length);
      const nextIdx = new Int32Array(grown);
      nextIdx.set(idx);
      const nextSim = new Float32Array(grown);
      nextSim.set(sim);
      idx = nextIdx;
      sim = nextSim;
    }
    for (const b of best) {
      idx[at] = b.item;
      sim[at++] = b.score;
    }
    ptr[r + 1] = at;
  }
  return { ptr, idx: idx.slice(0, at), sim: sim.slice(0, at) };
}

/** The value of entry (r, c) of a CSR matrix whose rows are sorted by column, or undefined when absent. */
export function knnLookup(m: Csr, r: number, c: number): number | undefined {
  let lo = m.rowPtr[r];
  let hi = m.rowPtr[r + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = m.cols[mid];
    if (x === c) return m.vals[mid];
    if (x < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Whether u is a user index of `data` with at least one training interaction. */
export function knnHasHistory(data: InteractionMatrix, u: number): boolean {
  return Number.isInteger(u) && u >= 0 && u < data.users.length && data.rowPtr[u + 1] > data.rowPtr[u];
}

/** The best k touched entries of `acc` with a positive score, leaving out those `skip` names. */
export function knnTopScored(acc: KnnAccumulator, k: number, skip: (j: number) => boolean): Scored[] {
  const heap = new KnnTopK(k);
  for (let t = 0; t < acc.count; t++) {
    const j = acc.touched[t];
    const s = acc.value[j];
    if (s > 0 && !skip(j)) heap.push(j, s);
  }
  return heap.sorted();
}
