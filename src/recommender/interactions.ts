// Builds the CSR InteractionMatrix from raw interactions, and small read-only helpers over it.
import type { Interaction, InteractionMatrix } from './types';

/** How duplicate (user, item) pairs combine: summed (implicit counts) or the latest by timestamp wins. */
export type DuplicatePolicy = 'sum' | 'last';

/** Options of {@link buildInteractionMatrix}. */
export interface BuildOptions {
  duplicates: DuplicatePolicy;
  /** Item ids to include in the catalog even without interactions (appended after those seen). */
  extraItems: Iterable<string>;
}

/** The defaults of {@link buildInteractionMatrix}. */
export const BUILD_DEFAULTS: BuildOptions = { duplicates: 'sum', extraItems: [] };

/**
 * Builds a user×item CSR matrix. Users and items are indexed in order of first appearance; each row's
 * columns are sorted by item index.
 */
export function buildInteractionMatrix(
  interactions: readonly Interaction[],
  options: Partial<BuildOptions> = {},
): InteractionMatrix {
  const { duplicates, extraItems } = { ...BUILD_DEFAULTS, ...options };
  const users: string[] = [];
  const items: string[] = [];
  const userIndex = new Map<string, number>();
  const itemIndex = new Map<string, number>();
  const rows: Map<number, { value: number; timestamp: number }>[] = [];
  for (const x of interactions) {
    let u = userIndex.get(x.user);
    if (u === undefined) {
      u = users.push(x.user) - 1;
      userIndex.set(x.user, u);
      rows.push(new Map());
    }
    const i = indexOf(x.item, items, itemIndex);
    const row = rows[u];
    const seen = row.get(i);
    if (!seen) row.set(i, { value: x.value, timestamp: x.timestamp });
    else if (duplicates === 'sum') {
      seen.value += x.value;
      seen.timestamp = Math.max(seen.timestamp, x.timestamp);
    } else if (x.timestamp >= seen.timestamp) row.set(i, { value: x.value, timestamp: x.timestamp });
  }
  for (const id of extraItems) indexOf(id, items, itemIndex);
  const rowPtr = new Int32Array(users.length + 1);
  rows.forEach((row, u) => (rowPtr[u + 1] = rowPtr[u] + row.size));
  const cols = new Int32Array(rowPtr[users.length]);
  const vals = new Float32Array(rowPtr[users.length]);
  const times = new Float64Array(rowPtr[users.length]);
  rows.forEach((row, u) => {
    const sorted = [...row.entries()].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([i, { value, timestamp }], j) => {
      cols[rowPtr[u] + j] = i;
      vals[rowPtr[u] + j] = value;
      times[rowPtr[u] + j] = timestamp;
    });
  });
  return { users, items, userIndex, itemIndex, rowPtr, cols, vals, times };
}

function indexOf(id: string, ids: string[], index: Map<string, number>): number {
  let i = index.get(id);
  if (i === undefined) {
    i = ids.push(id) - 1;
    index.set(id, i);
  }
  return i;
}

/** Number of stored interactions. */
export function nnz(m: InteractionMatrix): number {
  return m.rowPtr[m.users.length];
}

/** The item indices of user `u` (a view, sorted); empty for an unknown user. */
export function userItems(m: InteractionMatrix, u: number): Int32Array {
  if (u < 0 || u >= m.users.length) return new Int32Array(0);
  return m.cols.subarray(m.rowPtr[u], m.rowPtr[u + 1]);
}

/** The values of user `u`'s interactions, aligned with {@link userItems}. */
export function userValues(m: InteractionMatrix, u: number): Float32Array {
  if (u < 0 || u >= m.users.length) return new Float32Array(0);
  return m.vals.subarray(m.rowPtr[u], m.rowPtr[u + 1]);
}

/** The items of user `u` as a set (the default exclusion when recommending). */
export function userItemSet(m: InteractionMatrix, u: number): Set<number> {
  return new Set(userItems(m, u));
}

/** Number of distinct users per item (item popularity). */
export function itemUserCounts(m: InteractionMatrix): Int32Array {
  const counts = new Int32Array(m.items.length);
  for (let j = 0; j < nnz(m); j++) counts[m.cols[j]]++;
  return counts;
}

/** The item×user transpose in the same CSR shape (rows are items; `cols` hold user indices, sorted). */
export interface ItemUserMatrix {
  rowPtr: Int32Array;
  cols: Int32Array;
  vals: Float32Array;
}

/** Transposes the matrix (CSR → CSC view of the same data), in O(nnz). */
export function transpose(m: InteractionMatrix): ItemUserMatrix {
  const counts = itemUserCounts(m);
  const rowPtr = new Int32Array(m.items.length + 1);
  for (let i = 0; i < m.items.length; i++) rowPtr[i + 1] = rowPtr[i] + counts[i];
  const next = rowPtr.slice(0, m.items.length);
  const cols = new Int32Array(nnz(m));
  const vals = new Float32Array(nnz(m));
  for (let u = 0; u < m.users.length; u++) {
    for (let j = m.rowPtr[u]; j < m.rowPtr[u + 1]; j++) {
      const at = next[m.cols[j]]++;
      cols[at] = u;
      vals[at] = m.vals[j];
    }
  }
  return { rowPtr, cols, vals };
}
