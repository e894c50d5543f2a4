// The popularity baseline: every user gets the items most users have interacted with.
import { itemUserCounts, userItemSet } from './interactions';
import type { Recommender, Scored, Trainer } from './types';

/** Ranks items by how many distinct users have them (ties: lower index first). */
export const trainPopularity: Trainer = (data) => {
  const counts = itemUserCounts(data);
  const order = Array.from(counts.keys()).sort((a, b) => counts[b] - counts[a] || a - b);
  return {
    name: 'popularity',
    recommend(u: number, k: number, exclude?: ReadonlySet<number>): Scored[] {
      const skip = exclude ?? userItemSet(data, u);
      const out: Scored[] = [];
      for (const i of order) {
        if (out.length >= k) break;
        if (!skip.has(i)) out.push({ item: i, score: counts[i] });
      }
      return out;
    },
  } satisfies Recommender;
};
