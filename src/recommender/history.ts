// Ad-hoc histories (recommendForHistory's input): checking them against the catalog, the default
// exclusion, and a training user's row read as one.
import type { HistoryItem, InteractionMatrix } from './types';

/** The entries naming an item index of a catalog of `nItems` with a positive, finite value (order kept). */
export function historyInCatalog(history: ReadonlyArray<HistoryItem>, nItems: number): HistoryItem[] {
  return history.filter(
    (h) =>
      Number.isInteger(h.item) && h.item >= 0 && h.item < nItems && h.value > 0 && Number.isFinite(h.value),
  );
}

/** `exclude` when given, else the history's own items. */
export function historyExclusion(
  history: ReadonlyArray<HistoryItem>,
  exclude?: ReadonlySet<number>,
): ReadonlySet<number> {
  return exclude ?? new Set(history.map((h) => h.item));
}

/** User u's training row as a history, oldest first when the matrix has times (else by item index). */
export function userHistory(data: InteractionMatrix, u: number): HistoryItem[] {
  if (!(Number.isInteger(u) && u >= 0 && u < data.users.length)) return [];
  const out: (HistoryItem & { t: number })[] = [];
  for (let p = data.rowPtr[u]; p < data.rowPtr[u + 1]; p++)
    out.push({ item: data.cols[p], value: data.vals[p], t: data.times ? data.times[p] : 0 });
  out.sort((a, b) => a.t - b.t);
  return out.map(({ item, value }) => ({ item, value }));
}
