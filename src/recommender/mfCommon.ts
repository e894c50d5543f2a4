// Small helpers shared by the factorisation models (EASE, ALS, biased MF).

import { seededRandom } from '../random';
import type { InteractionMatrix } from './types';

/** A seeded standard normal generator (Box–Muller over seededRandom). */
export function mfGaussian(seed: number): () => number {
  const u = seededRandom(seed);
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    let a = 0;
    while (a === 0) a = u();
    const b = u();
    const r = Math.sqrt(-2 * Math.log(a));
    spare = r * Math.sin(2 * Math.PI * b);
    return r * Math.cos(2 * Math.PI * b);
  };
}

/** The items user `u` has in training (the default exclusion set). */
export function mfTrainingItems(data: InteractionMatrix, u: number): Set<number> {
  const s = new Set<number>();
  for (let p = data.rowPtr[u]; p < data.rowPtr[u + 1]; p++) s.add(data.cols[p]);
  return s;
}

/** True when `u` is a user index of the training matrix with at least one interaction. */
export function mfHasHistory(data: InteractionMatrix, u: number): boolean {
  return Number.isInteger(u) && u >= 0 && u < data.users.length && data.rowPtr[u + 1] > data.rowPtr[u];
}

/** Merges options over defaults, rejecting ones that are not finite numbers where a number is expected. */
export function mfOptions<O extends object>(name: string, defaults: O, options?: Partial<O>): O {
  const out = { ...defaults, ...(options ?? {}) } as O;
  for (const [key, value] of Object.entries(out)) {
    const def = (defaults as Record<string, unknown>)[key];
    if (typeof def === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new Error(`${name}: option ${key} must be a finite number, got ${String(value)}`);
    }
  }
  return out;
}
