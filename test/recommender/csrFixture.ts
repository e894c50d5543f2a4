// A CSR InteractionMatrix straight from index rows, for the factorisation-model tests: user u has
// the items rows[u] (sorted), with values[u] or 1; users are u0…, items i0… up to `items`.
import type { InteractionMatrix } from '../../src/recommender/types';

export function csrMatrix(rows: number[][], items: number, values?: number[][]): InteractionMatrix {
  const rowPtr = new Int32Array(rows.length + 1);
  rows.forEach((r, u) => (rowPtr[u + 1] = rowPtr[u] + r.length));
  const users = rows.map((_, u) => `u${u}`);
  const itemIds = Array.from({ length: items }, (_, i) => `i${i}`);
  return {
    users,
    items: itemIds,
    userIndex: new Map(users.map((id, u) => [id, u])),
    itemIndex: new Map(itemIds.map((id, i) => [id, i])),
    rowPtr,
    cols: Int32Array.from(rows.flat()),
    vals: Float32Array.from(values ? values.flat() : rows.flat().map(() => 1)),
  };
}
