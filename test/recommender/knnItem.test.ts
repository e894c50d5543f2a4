import { ItemKnnModel, trainItemKnn } from '../../src/recommender/itemKnn';
import { knnMatrix, knnRandomMatrix } from './knnFixture';

// Columns: a = [1,1,0,0], b = [1,1,1,0], c = [0,1,1,0], d = [0,0,0,1]; cold has no interactions.
const tiny = knnMatrix(
  ['a', 'b', 'c', 'd'],
  [
    ['u0', { a: 1, b: 1 }],
    ['u1', { a: 1, b: 1, c: 1 }],
    ['u2', { b: 1, c: 1 }],
    ['u3', { d: 1 }],
    ['cold', {}],
  ],
);
const [A, B, C, D] = [0, 1, 2, 3];
const ab = 2 / Math.sqrt(6);
const ac = 0.5;
const bc = 2 / Math.sqrt(6);

function plain(list: Array<{ item: number; score: number }>) {
  return list.map((s) => [s.item, Number(s.score.toFixed(5))]);
}
const r5 = (x: number) => Number(x.toFixed(5));

describe('item-kNN', () => {
  it('computes hand-checkable cosine similarities, best first, ties to the smaller index', () => {
    const m = trainItemKnn(tiny);
    expect(plain(m.neighbours(A))).toEqual([
      [B, r5(ab)],
      [C, r5(ac)],
    ]);
    expect(plain(m.neighbours(B))).toEqual([
      [A, r5(ab)],
      [C, r5(bc)],
    ]);
    expect(plain(m.neighbours(C))).toEqual([
      [B, r5(bc)],
      [A, r5(ac)],
    ]);
    expect(m.neighbours(D)).toEqual([]);
    expect(m.neighbours(99)).toEqual([]);
  });

  it('caps neighbours at K and applies shrinkage', () => {
    const m = trainItemKnn(tiny, { k: 1, shrinkage: 1 });
    expect(plain(m.neighbours(A))).toEqual([[B, r5(2 / (Math.sqrt(6) + 1))]]);
    expect(m.neighbours(C).map((s) => s.item)).toEqual([B]);
  });

  it('recommends by summed similarities × values, excluding training items by default', () => {
    const m = trainItemKnn(tiny);
    expect(plain(m.recommend(0, 10))).toEqual([[C, r5(ac + bc)]]);
    expect(plain(m.recommend(2, 10))).toEqual([[A, r5(ab + ac)]]);
    // Nothing co-occurs with d.
    expect(m.recommend(3, 10)).toEqual([]);
    // An explicit exclude set replaces the default one.
    expect(plain(m.recommend(0, 10, new Set()))).toEqual([
      [C, r5(ac + bc)],
      [A, r5(ab)],
      [B, r5(ab)],
    ]);
    expect(m.recommend(0, 10, new Set([C]))).toHaveLength(2);
    expect(m.recommend(0, 10, new Set([A, B, C]))).toEqual([]);
    expect(m.because(0, C)).toBe(B);
  });

  it("weights by the user's interaction values", () => {
    const weighted = knnMatrix(
      ['a', 'b', 'c', 'd'],
      [
        ['u0', { a: 3, c: 1 }],
        ['u1', { a: 1, b: 1 }],
        ['u2', { c: 1, d: 1 }],
      ],
    );
    const m = trainItemKnn(weighted);
    // sim(a,b) = 1/(√10·1) < sim(c,d) = 1/(√2·1), but u0's value 3 on a puts b first.
    expect(plain(m.recommend(0, 10))).toEqual([
      [B, r5(3 / Math.sqrt(10))],
      [D, r5(1 / Math.sqrt(2))],
    ]);
  });

  it('gives cold and unknown users an empty list', () => {
    const m = trainItemKnn(tiny);
    expect(m.recommend(4, 10)).toEqual([]);
    expect(m.recommend(-1, 10)).toEqual([]);
    expect(m.recommend(42, 10)).toEqual([]);
    expect(m.recommend(0, 0)).toEqual([]);
  });

  it('matches brute-force cosine on a random matrix and never recommends excluded items', () => {
    const data = knnRandomMatrix(60, 40, 8, 7);
    const k = 5;
    const m = trainItemKnn(data, { k });
    const col = (i: number) =>
      data.users.map((_, u) => {
        for (let p = data.rowPtr[u]; p < data.rowPtr[u + 1]; p++) if (data.cols[p] === i) return data.vals[p];
        return 0;
      });
    const cols = data.items.map((_, i) => col(i));
    const cos = (x: number[], y: number[]) => {
      const dot = x.reduce((s, v, t) => s + v * y[t], 0);
      const nx = Math.hypot(...x);
      const ny = Math.hypot(...y);
      return nx && ny ? dot / (nx * ny) : 0;
    };
    for (let i = 0; i < data.items.length; i++) {
      const expected = cols
        .map((c, j) => ({ item: j, score: cos(cols[i], c) }))
        .filter((s) => s.item !== i && s.score > 0)
        .sort((x, y) => y.score - x.score || x.item - y.item)
        .slice(0, k);
      const got = m.neighbours(i);
      expect(got.map((s) => s.item)).toEqual(expected.map((s) => s.item));
      got.forEach((s, t) => expect(s.score).toBeCloseTo(expected[t].score, 5));
    }
    for (let u = 0; u < data.users.length; u++) {
      const own = new Set(data.cols.subarray(data.rowPtr[u], data.rowPtr[u + 1]));
      const recs = m.recommend(u, 10);
      expect(recs.length).toBeLessThanOrEqual(10);
      for (const r of recs) expect(own.has(r.item)).toBe(false);
      for (let t = 1; t < recs.length; t++) expect(recs[t - 1].score).toBeGreaterThanOrEqual(recs[t].score);
      const banned = new Set([1, 2, 3]);
      for (const r of m.recommend(u, 10, banned)) expect(banned.has(r.item)).toBe(false);
    }
  });

  it("scores a history outside training (a new shopper's session) the same way", () => {
    const m = trainItemKnn(tiny);
    expect(
      m.recommendFromHistory(
        [
          { item: A, score: 1 },
          { item: B, score: 1 },
        ],
        10,
      ),
    ).toEqual(m.recommend(0, 10));
    expect(m.recommendFromHistory([{ item: A, score: 1 }], 10).map((s) => s.item)).toEqual([B, C]);
    expect(m.recommendFromHistory([{ item: A, score: 1 }], 10, new Set([B])).map((s) => s.item)).toEqual([C]);
    expect(m.recommendFromHistory([{ item: 99, score: 1 }], 10)).toEqual([]);
    expect(m.recommendFromHistory([], 10)).toEqual([]);
  });

  it('round-trips through JSON', () => {
    const m = trainItemKnn(knnRandomMatrix(30, 20, 5, 11), { k: 4 });
    const data = knnRandomMatrix(30, 20, 5, 11);
    const back = ItemKnnModel.fromJSON(JSON.parse(JSON.stringify(m)), data);
    for (let u = 0; u < 30; u++) expect(back.recommend(u, 5)).toEqual(m.recommend(u, 5));
    expect(() => ItemKnnModel.fromJSON(m.toJSON(), tiny)).toThrow(/saved model has 20 items/);
  });

  it('rejects a bad K', () => {
    expect(() => trainItemKnn(tiny, { k: 0 })).toThrow(/k must be a positive integer/);
  });
});
