// Blending component lists: each component's top-M list for one user is normalised within that list,
// then the normalised scores are summed with the component weights (absent items count 0).
import type { Scored } from './types';

/** How a component's scores are put on a common scale within one user's list. */
export type HybridNormalisation = 'minmax' | 'rank';

/** The scores of one list on [0, 1]: min–max (a constant list is all 1), or 1/(1 + rank/10)-style rank decay. */
export function normaliseList(list: readonly Scored[], how: HybridNormalisation): Float64Array {
  const out = new Float64Array(list.length);
  if (how === 'rank') {
    for (let r = 0; r < list.length; r++) out[r] = 10 / (10 + r);
    return out;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of list) {
    if (s.score < lo) lo = s.score;
    if (s.score > hi) hi = s.score;
  }
  const span = hi - lo;
  for (let r = 0; r < list.length; r++) out[r] = span > 0 ? (list[r].score - lo) / span : 1;
  return out;
}

/** The top k of Σ_c weights[c] · normalised(lists[c]), best first (ties by lower item index). */
export function blendLists(
  lists: ReadonlyArray<readonly Scored[]>,
  weights: readonly number[],
  k: number,
  how: HybridNormalisation,
): Scored[] {
  const total = new Map<number, number>();
  lists.forEach((list, c) => {
    const w = weights[c];
    if (!(w > 0)) return;
    const norm = normaliseList(list, how);
    list.forEach((s, r) => total.set(s.item, (total.get(s.item) ?? 0) + w * norm[r]));
  });
  return [...total]
    .map(([item, score]) => ({ item, score }))
    .sort((a, b) => b.score - a.score || a.item - b.item)
    .slice(0, k);
}
