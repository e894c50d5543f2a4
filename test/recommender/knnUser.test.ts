import { UserKnnModel, trainUserKnn } from '../../src/recommender/userKnn';
import { knnPairSimilarity, knnRowNorms } from '../../src/recommender/knnUserSimilarity';
import { knnMatrix, knnRandomMatrix } from './knnFixture';

const r5 = (x: number) => Number(x.toFixed(5));
function plain(list: Array<{ item: number; score: number }>) {
  return list.map((s) => [s.item, r5(s.score)]);
}

// The textbook example (Jannach et al., "Recommender Systems: An Introduction", ch. 2): predict Alice's item5.
const ratings = knnMatrix(
  ['item1', 'item2', 'item3', 'item4', 'item5'],
  [
    ['alice', { item1: 5, item2: 3, item3: 4, item4: 4 }],
    ['user1', { item1: 3, item2: 1, item3: 2, item4: 3, item5: 3 }],
    ['user2', { item1: 4, item2: 3, item3: 4, item4: 3, item5: 5 }],
    ['user3', { item1: 3, item2: 3, item3: 1, item4: 5, item5: 4 }],
    ['user4', { item1: 1, item2: 5, item3: 5, item4: 2, item5: 1 }],
    ['cold', {}],
  ],
);
// Pearson over co-rated items 1–4, each centred on its co-rated mean.
const simU1 = 2 / (Math.sqrt(2) * Math.sqrt(2.75)); // ≈ 0.85
const simU2 = 1 / Math.sqrt(2); // ≈ 0.71

// Rows: u0 = [1,1,0,0], u1 = [1,1,1,0], u2 = [0,1,1,0], u3 = [0,0,0,1].
const tiny = knnMatrix(
  ['a', 'b', 'c', 'd'],
  [
    ['u0', { a: 1, b: 1 }],
    ['u1', { a: 1, b: 1, c: 1 }],
    ['u2', { b: 1, c: 1 }],
    ['u3', { d: 1 }],
  ],
);

describe('user-kNN, Pearson', () => {
  it('finds positively correlated neighbours, best first (user3 at 0 and user4 negative are left out)', () => {
    const m = trainUserKnn(ratings, { similarity: 'pearson' });
    expect(plain(m.neighbours(0))).toEqual([
      [1, r5(simU1)],
      [2, r5(simU2)],
    ]);
    expect(m.name).toBe('user-knn-pearson');
  });

  it('predicts mean-centred: 4 + (0.85·(3 − 2.4) + 0.71·(5 − 3.8)) / (0.85 + 0.71) ≈ 4.87', () => {
    const m = trainUserKnn(ratings, { similarity: 'pearson' });
    const expected = 4 + (simU1 * (3 - 2.4) + simU2 * (5 - 3.8)) / (simU1 + simU2);
    expect(m.predict(0, 4)).toBeCloseTo(expected, 5);
    expect(m.predict(0, 4)).toBeCloseTo(4.87, 2);
    // Capped at K = 1: only user1 speaks.
    expect(trainUserKnn(ratings, { similarity: 'pearson', k: 1 }).predict(0, 4)).toBeCloseTo(4.6, 5);
    const stored = trainUserKnn(ratings, { similarity: 'pearson', predictFrom: 'neighbours' });
    expect(stored.predict(0, 4)).toBeCloseTo(expected, 5);
  });

  it('predicts from the most similar users who rated the item, not only the stored top-K', () => {
    // alice's stored top-1 is user1, who has not rated item5; user2 has.
    const data = knnMatrix(
      ['item1', 'item2', 'item3', 'item4', 'item5'],
      [
        ['alice', { item1: 5, item2: 3, item3: 4, item4: 4 }],
        ['user1', { item1: 3, item2: 1, item3: 2, item4: 3 }],
        ['user2', { item1: 4, item2: 3, item3: 4, item4: 3, item5: 4 }],
      ],
    );
    const raters = trainUserKnn(data, { similarity: 'pearson', k: 1 });
    expect(raters.neighbours(0).map((n) => n.item)).toEqual([1]);
    expect(raters.predict(0, 4)).toBeCloseTo(4 + (4 - 18 / 5), 5);
    const stored = trainUserKnn(data, { similarity: 'pearson', k: 1, predictFrom: 'neighbours' });
    expect(stored.predict(0, 4)).toBeCloseTo(4, 5);
  });

  it('falls back to the user mean, then the global mean, and stays in the rating range', () => {
    const m = trainUserKnn(ratings, { similarity: 'pearson' });
    const global = (16 + 12 + 19 + 16 + 14) / 24;
    expect(m.predict(5, 0)).toBeCloseTo(global, 5);
    expect(m.predict(99, 0)).toBeCloseTo(global, 5);
    for (let u = 0; u < 5; u++) {
      for (let i = 0; i < 5; i++) {
        expect(m.predict(u, i)).toBeGreaterThanOrEqual(1);
        expect(m.predict(u, i)).toBeLessThanOrEqual(5);
      }
    }
  });

  it("recommends items neighbours rated above their mean, never Alice's own", () => {
    const m = trainUserKnn(ratings, { similarity: 'pearson' });
    expect(plain(m.recommend(0, 10))).toEqual([[4, r5(simU1 * (3 - 2.4) + simU2 * (5 - 3.8))]]);
  });
});

describe('user-kNN, cosine', () => {
  it('computes hand-checkable similarities on full rows', () => {
    const m = trainUserKnn(tiny);
    expect(plain(m.neighbours(0))).toEqual([
      [1, r5(2 / Math.sqrt(6))],
      [2, 0.5],
    ]);
    expect(plain(m.neighbours(1))).toEqual([
      [0, r5(2 / Math.sqrt(6))],
      [2, r5(2 / Math.sqrt(6))],
    ]);
    expect(m.neighbours(3)).toEqual([]);
    expect(plain(trainUserKnn(tiny, { k: 1 }).neighbours(0))).toEqual([[1, r5(2 / Math.sqrt(6))]]);
    // Support shrinkage: u0 and u1 share 2 items → × 2 / (2 + 2).
    expect(plain(trainUserKnn(tiny, { k: 1, shrinkage: 2 }).neighbours(0))).toEqual([
      [1, r5(1 / Math.sqrt(6))],
    ]);
  });

  it('recommends from neighbours, excluding training items and the given exclusions', () => {
    const m = trainUserKnn(tiny);
    expect(plain(m.recommend(0, 10))).toEqual([[2, r5(2 / Math.sqrt(6) + 0.5)]]);
    expect(m.recommend(0, 10, new Set([2]))).toHaveLength(2);
    expect(m.recommend(0, 10, new Set([0, 1, 2]))).toEqual([]);
    expect(m.recommend(3, 10)).toEqual([]);
    expect(m.recommend(-1, 10)).toEqual([]);
    expect(m.recommend(7, 10)).toEqual([]);
  });

  it('keeps at most K sorted neighbours (never itself) and never recommends a training item', () => {
    const data = knnRandomMatrix(80, 50, 10, 3);
    for (const similarity of ['cosine', 'pearson'] as const) {
      const m = trainUserKnn(data, { k: 7, similarity });
      for (let u = 0; u < data.users.length; u++) {
        const nb = m.neighbours(u);
        expect(nb.length).toBeLessThanOrEqual(7);
        for (let t = 0; t < nb.length; t++) {
          expect(nb[t].item).not.toBe(u);
          expect(nb[t].score).toBeGreaterThan(0);
          if (t > 0) expect(nb[t - 1].score).toBeGreaterThanOrEqual(nb[t].score);
        }
        const own = new Set(data.cols.subarray(data.rowPtr[u], data.rowPtr[u + 1]));
        for (const r of m.recommend(u, 10)) expect(own.has(r.item)).toBe(false);
      }
    }
  });

  it('round-trips through JSON', () => {
    const data = knnRandomMatrix(40, 25, 6, 5);
    const m = trainUserKnn(data, { similarity: 'pearson', k: 5 });
    const back = UserKnnModel.fromJSON(JSON.parse(JSON.stringify(m)), data);
    expect(back.name).toBe('user-knn-pearson');
    for (let u = 0; u < 40; u++) {
      expect(back.recommend(u, 5)).toEqual(m.recommend(u, 5));
      expect(back.predict(u, 3)).toBe(m.predict(u, 3));
    }
    expect(() => UserKnnModel.fromJSON(m.toJSON(), tiny)).toThrow(/saved model has 40 users/);
  });

  it('agrees with the pairwise similarity (row merge) for every stored neighbour', () => {
    const data = knnRandomMatrix(50, 30, 8, 9);
    for (const similarity of ['cosine', 'pearson'] as const) {
      const options = { similarity, shrinkage: 3 };
      const m = trainUserKnn(data, { ...options, k: 50 });
      const norms = knnRowNorms(data, data.users.length);
      for (let u = 0; u < data.users.length; u++) {
        const nb = m.neighbours(u);
        for (const n of nb)
          expect(n.score).toBeCloseTo(knnPairSimilarity(data, norms, options, u, n.item), 5);
        const listed = new Set(nb.map((n) => n.item));
        for (let v = 0; v < data.users.length; v++) {
          if (v !== u && !listed.has(v))
            expect(knnPairSimilarity(data, norms, options, u, v)).toBeLessThanOrEqual(0);
        }
      }
    }
  });

  it('rejects an unknown similarity', () => {
    expect(() => trainUserKnn(tiny, { similarity: 'jaccard' as never })).toThrow(/cosine or pearson/);
  });
});
