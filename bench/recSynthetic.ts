// A seeded synthetic store for bench:rec:scale: `items` products in 200 categories with titles from
// per-category and shared words, Zipf-like item popularity (exponent 1), shoppers with power-law
// history lengths (2 to 2,000 events) who mostly buy in one to three favourite categories.
import { seededRandom, shuffleInPlace } from '../src/random';
import type { Interaction, ItemContent } from '../src/recommender/types';

/** Size and shape of the synthetic store. */
export interface SyntheticOptions {
  interactions: number;
  items: number;
  categories: number;
  /** Share of a shopper's events inside their favourite categories. */
  loyalty: number;
  seed: number;
}

/** The scale bench's defaults: 1,000,000 interactions over 50,000 products. */
export const SYNTHETIC_DEFAULTS: SyntheticOptions = {
  interactions: 1_000_000,
  items: 50_000,
  categories: 200,
  loyalty: 0.7,
  seed: 2024,
};

/** Draws an index with probability proportional to weights (cumulative array, binary search). */
function sampler(weights: readonly number[], rand: () => number): () => number {
  const cum = new Float64Array(weights.length);
  let s = 0;
  weights.forEach((w, j) => (cum[j] = s += w));
  return () => {
    const x = rand() * s;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** The synthetic interactions and item content. */
export function syntheticStore(options: Partial<SyntheticOptions> = {}): {
  interactions: Interaction[];
  items: ItemContent[];
} {
  const o = { ...SYNTHETIC_DEFAULTS, ...options };
  const rand = seededRandom(o.seed);
  const word = (n: number) => `w${n.toString(36)}`;
  // Popularity rank r (1-based) gets weight 1/r; ranks are spread over items at random.
  const rank = Array.from({ length: o.items }, (_, i) => i + 1);
  shuffleInPlace(rank, rand);
  const category = rank.map(() => Math.floor(rand() * o.categories));
  const items: ItemContent[] = rank.map((_, i) => {
    const c = category[i];
    const own = [0, 1, 2].map(() => word(1000 + c * 20 + Math.floor(rand() * 20)));
    const shared = [0, 1].map(() => word(Math.floor(rand() * 500)));
    return {
      item: `p${i}`,
      title: [...own, shared[0]].join(' '),
      categories: [`c${c}`],
      description: shared.join(' '),
    };
  });
  const weight = rank.map((r) => 1 / r);
  const anyItem = sampler(weight, rand);
  const members: number[][] = Array.from({ length: o.categories }, () => []);
  category.forEach((c, i) => members[c].push(i));
  const inCategory = members.map((m) => {
    const draw = sampler(
      m.map((i) => weight[i]),
      rand,
    );
    return () => m[draw()];
  });
  const interactions: Interaction[] = [];
  for (let u = 0; interactions.length < o.interactions; u++) {
    // History length: Pareto(α = 1.2) from 2, capped at 2,000 (mean ≈ 10).
    const n = Math.min(
      2000,
      Math.floor(2 / Math.pow(1 - rand(), 1 / 1.2)),
      o.interactions - interactions.length,
    );
    const favourites = Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
      Math.floor(rand() * o.categories),
    );
    const start = 1_600_000_000 + Math.floor(rand() * 3e7);
    for (let t = 0; t < n; t++) {
      const i = rand() < o.loyalty ? inCategory[favourites[t % favourites.length]]() : anyItem();
      interactions.push({ user: `s${u}`, item: `p${i}`, value: 1, timestamp: start + t * 3600 });
    }
  }
  return { interactions, items };
}
