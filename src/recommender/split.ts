// Per-user time-based hold-out: the last fraction of each user's items (by timestamp) become test.
import type { Interaction } from './types';

/** A train/test split of interactions. */
export interface Split {
  train: Interaction[];
  test: Interaction[];
}

/** Options of {@link temporalHoldout}. */
export interface HoldoutOptions {
  /** Share of each user's interactions held out (rounded; at least one stays in train). */
  fraction: number;
}

/** The defaults of {@link temporalHoldout}. */
export const HOLDOUT_DEFAULTS: HoldoutOptions = { fraction: 0.2 };

/**
 * Holds out the latest `round(n × fraction)` interactions of each user with n interactions, keeping at
 * least one in train. Ties in timestamp are broken by item id, so the split is deterministic.
 */
export function temporalHoldout(
  interactions: readonly Interaction[],
  options: Partial<HoldoutOptions> = {},
): Split {
  const { fraction } = { ...HOLDOUT_DEFAULTS, ...options };
  if (!(fraction >= 0 && fraction < 1))
    throw new Error(`holdout fraction must be in [0, 1), got ${fraction}`);
  const byUser = new Map<string, Interaction[]>();
  for (const x of interactions) {
    const list = byUser.get(x.user);
    if (list) list.push(x);
    else byUser.set(x.user, [x]);
  }
  const train: Interaction[] = [];
  const test: Interaction[] = [];
  for (const list of byUser.values()) {
    list.sort((a, b) => a.timestamp - b.timestamp || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
    const held = Math.min(Math.round(list.length * fraction), list.length - 1);
    const cut = list.length - held;
    for (let j = 0; j < list.length; j++) (j < cut ? train : test).push(list[j]);
  }
  return { train, test };
}
