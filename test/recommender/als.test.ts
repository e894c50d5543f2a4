import { trainAls } from '../../src/recommender/als';
import { seededRandom } from '../../src/random';
import { csrMatrix as matrix } from './csrFixture';
import type { InteractionMatrix } from '../../src/recommender/types';

/** Two user groups, each liking its own half of the items: user u has 6 random items of its group. */
function planted(users = 40, items = 20, seed = 1): InteractionMatrix {
  const rand = seededRandom(seed);
  const rows: number[][] = [];
  const half = items / 2;
  for (let u = 0; u < users; u++) {
    const base = u < users / 2 ? 0 : half;
    const chosen = new Set<number>();
    while (chosen.size < 6) chosen.add(base + Math.floor(rand() * half));
    rows.push([...chosen].sort((a, b) => a - b));
  }
  return matrix(rows, items);
}

describe('implicit ALS', () => {
  const data = planted();
  const opts = { factors: 2, iterations: 8, regularization: 0.1, alpha: 10 };

  it('recommends items of the user’s own group, never one already in training', () => {
    const model = trainAls(data, opts);
    for (let u = 0; u < 40; u++) {
      const recs = model.recommend(u, 3);
      expect(recs).toHaveLength(3);
      const own = new Set(Array.from(data.cols.subarray(data.rowPtr[u], data.rowPtr[u + 1])));
      for (const r of recs) {
        expect(own.has(r.item)).toBe(false);
        expect(r.item < 10).toBe(u < 20);
      }
    }
  });

  it('honours an explicit exclusion set', () => {
    const model = trainAls(data, opts);
    const banned = new Set(model.recommend(5, 2).map((r) => r.item));
    expect(model.recommend(5, 20, banned).some((r) => banned.has(r.item))).toBe(false);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = trainAls(data, { ...opts, seed: 7 });
    const b = trainAls(data, { ...opts, seed: 7 });
    const c = trainAls(data, { ...opts, seed: 8 });
    expect(Array.from(a.userFactors)).toEqual(Array.from(b.userFactors));
    expect(a.recommend(3, 5)).toEqual(b.recommend(3, 5));
    expect(Array.from(a.userFactors)).not.toEqual(Array.from(c.userFactors));
  });

  it('recovers the structure with the log confidence too', () => {
    const model = trainAls(data, { ...opts, confidence: 'log', alpha: 20 });
    for (let u = 0; u < 40; u++) for (const r of model.recommend(u, 3)) expect(r.item < 10).toBe(u < 20);
  });

  it('gives cold users an empty list and rejects bad options', () => {
    const m = matrix([[0, 1], [], [1, 2]], 3);
    const model = trainAls(m, { factors: 2 });
    expect(model.recommend(1, 5)).toEqual([]);
    expect(model.recommend(-1, 5)).toEqual([]);
    expect(model.recommend(0, 5).map((r) => r.item)).toEqual([2]);
    expect(() => trainAls(m, { factors: 0 })).toThrow(/factors/);
    expect(() => trainAls(m, { alpha: Number.NaN })).toThrow(/alpha/);
    expect(() => trainAls(m, { confidence: 'square' as 'log' })).toThrow(/confidence/);
  });
});
