// Seeded stratified splits and k-fold assignments for labelled examples.
import { seededRandom, shuffleInPlace } from '../intent/sparse';

/** Fold number (0..k-1) of each item, stratified by label: each label's items are dealt round-robin after a seeded shuffle. */
export function stratifiedFolds<T>(
  items: readonly T[],
  labelOf: (item: T) => string,
  k: number,
  seed = 1,
): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new Error(`stratifiedFolds: k must be an integer ≥ 2, got ${k}`);
  const random = seededRandom(seed);
  const byLabel = groupByLabel(items, labelOf);
  const folds = new Int32Array(items.length);
  let offset = 0;
  for (const label of [...byLabel.keys()].sort()) {
    const list = byLabel.get(label)!;
    shuffleInPlace(list, random);
    // Rotate the starting fold so small classes do not all land in fold 0.
    list.forEach((i, n) => (folds[i] = (n + offset) % k));
    offset = (offset + list.length) % k;
  }
  return folds;
}

/** A stratified split into `train` and `test`, with about `testFraction` of each label in `test`. */
export function stratifiedSplit<T>(
  items: readonly T[],
  labelOf: (item: T) => string,
  testFraction: number,
  seed = 1,
): { train: T[]; test: T[] } {
  if (!(testFraction > 0 && testFraction < 1))
    throw new Error(`stratifiedSplit: testFraction must be in (0, 1), got ${testFraction}`);
  const random = seededRandom(seed);
  const byLabel = groupByLabel(items, labelOf);
  const isTest = new Uint8Array(items.length);
  for (const label of [...byLabel.keys()].sort()) {
    const list = byLabel.get(label)!;
    shuffleInPlace(list, random);
    const nTest = Math.round(list.length * testFraction);
    for (let n = 0; n < nTest; n++) isTest[list[n]] = 1;
  }
  return { train: items.filter((_, i) => !isTest[i]), test: items.filter((_, i) => isTest[i]) };
}

/** Item positions grouped by label. */
function groupByLabel<T>(items: readonly T[], labelOf: (item: T) => string): Map<string, number[]> {
  const byLabel = new Map<string, number[]>();
  items.forEach((item, i) => {
    const label = labelOf(item);
    const list = byLabel.get(label);
    if (list) list.push(i);
    else byLabel.set(label, [i]);
  });
  return byLabel;
}
