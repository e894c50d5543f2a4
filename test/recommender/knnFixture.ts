// A tiny InteractionMatrix builder and a seeded random matrix for the neighbourhood-model tests.
import type { InteractionMatrix } from '../../src/recommender/types';

/** Builds a CSR matrix from rows of { item: value } in the given item order (users without rows are cold). */
export function knnMatrix(items: string[], rows: Array<[string, Record<string, number>]>): InteractionMatrix {
  const itemIndex = new Map(items.map((it, i) => [it, i]));
  const users = rows.map(([u]) => u);
  const rowPtr = new Int32Array(users.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  rows.forEach(([, row], u) => {
    const entries = Object.entries(row)
      .map(([it, v]) => [itemIndex.get(it), v] as const)
      .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
    for (const [i, v] of entries) {
      if (i === undefined) throw new Error('unknown item in fixture');
      cols.push(i);
      vals.push(v);
    }
    rowPtr[u + 1] = cols.length;
  });
  return {
    users,
    items,
    userIndex: new Map(users.map((u, i) => [u, i])),
    itemIndex,
    rowPtr,
    cols: Int32Array.from(cols),
    vals: Float32Array.from(vals),
  };
}

/** A seeded random user×item matrix (each user draws `perUser` distinct items with values 1..5). */
export function knnRandomMatrix(
  nUsers: number,
  nItems: number,
  perUser: number,
  seed = 1,
): InteractionMatrix {
  let state = seed >>> 0;
  const rand = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const items = Array.from({ length: nItems }, (_, i) => `i${i}`);
  const rows: Array<[string, Record<string, number>]> = [];
  for (let u = 0; u < nUsers; u++) {
    const row: Record<string, number> = {};
    // Skewed popularity: low item indices are drawn more often.
    while (Object.keys(row).length < Math.min(perUser, nItems)) {
      row[`i${Math.floor(nItems * rand() ** 2)}`] = 1 + Math.floor(5 * rand());
    }
    rows.push([`u${u}`, row]);
  }
  return knnMatrix(items, rows);
}
