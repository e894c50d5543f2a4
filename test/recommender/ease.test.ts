import {
  linalgCholesky,
  linalgCholeskySolve,
  linalgSpdInverse,
  linalgTopK,
} from '../../src/recommender/linalg';
import { seededRandom } from '../../src/random';
import { csrMatrix } from './csrFixture';
import { trainEase } from '../../src/recommender/ease';
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
  return csrMatrix(rows, items);
}

describe('linalg', () => {
  it.each([7, 33])('inverts a symmetric positive-definite %i×%i matrix through Cholesky', (n) => {
    const rand = seededRandom(3);
    const m = new Float64Array(n * n);
    for (let j = 0; j < m.length; j++) m[j] = rand() - 0.5;
    const a = new Float64Array(n * n); // MᵀM + I
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let s = i === j ? 1 : 0;
        for (let r = 0; r < n; r++) s += m[r * n + i] * m[r * n + j];
        a[i * n + j] = s;
      }
    const inv = linalgSpdInverse(a.slice(), n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let r = 0; r < n; r++) s += a[i * n + r] * inv[r * n + j];
        expect(s).toBeCloseTo(i === j ? 1 : 0, 10);
      }
    const l = a.slice();
    linalgCholesky(l, n);
    const b = Float64Array.from({ length: n }, (_, i) => i + 1);
    const x = b.slice();
    linalgCholeskySolve(l, n, x);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let r = 0; r < n; r++) s += a[i * n + r] * x[r];
      expect(s).toBeCloseTo(b[i], 10);
    }
    expect(() => linalgCholesky(Float64Array.from([1, 2, 2, 1]), 2)).toThrow(/positive definite/);
  });

  it('top-K keeps the best scores, skips exclusions and non-finite values, breaks ties by index', () => {
    const scores = [0.5, 3, NaN, 3, -1, 2, Infinity];
    expect(linalgTopK(scores, 3, new Set([5]))).toEqual([
      { item: 1, score: 3 },
      { item: 3, score: 3 },
      { item: 0, score: 0.5 },
    ]);
    expect(linalgTopK(scores, 0)).toEqual([]);
    expect(linalgTopK([1, 2], 5).map((s) => s.item)).toEqual([1, 0]);
  });
});

describe('EASE', () => {
  const data = planted();

  it('recommends items of the user’s own group, never one already in training', () => {
    const model = trainEase(data, { lambda: 5 });
    for (let u = 0; u < 40; u++) {
      const recs = model.recommend(u, 3);
      expect(recs).toHaveLength(3);
      const own = new Set(Array.from(data.cols.subarray(data.rowPtr[u], data.rowPtr[u + 1])));
      for (const r of recs) {
        expect(own.has(r.item)).toBe(false);
        expect(r.item < 10).toBe(u < 20);
      }
      for (let j = 1; j < recs.length; j++) expect(recs[j - 1].score).toBeGreaterThanOrEqual(recs[j].score);
    }
  });

  it('honours an explicit exclusion set and the closed-form solution’s zero diagonal', () => {
    const model = trainEase(data, { lambda: 5 });
    const first = model.recommend(0, 20);
    const banned = new Set([first[0].item, first[1].item]);
    const again = model.recommend(0, 20, banned);
    expect(again.some((r) => banned.has(r.item))).toBe(false);
    // With an explicit exclusion set, training items may be recommended (the caller decides).
    expect(again).toHaveLength(18);
    for (let i = 0; i < 20; i++) expect(model.weights[i * 20 + i]).toBe(0);
  });

  it('gives cold users an empty list', () => {
    const m = csrMatrix([[0, 1], [], [1, 2]], 3);
    const model = trainEase(m);
    expect(model.recommend(1, 5)).toEqual([]);
    expect(model.recommend(99, 5)).toEqual([]);
    expect(model.recommend(0, 5).map((r) => r.item)).toEqual([2]);
  });

  it('refuses too many items with a clear error', () => {
    expect(() => trainEase(csrMatrix([[0]], 50), { maxItems: 10 })).toThrow(/50 items exceed maxItems 10/);
    expect(() => trainEase(data, { lambda: 0 })).toThrow(/lambda/);
  });
});
