import { buildInteractionMatrix, itemUserCounts, transpose } from '../../src/recommender/interactions';
import {
  catalogCoverage,
  cooccurrenceSimilarity,
  hitRateAtK,
  intraListDiversity,
  mae,
  ndcgAtK,
  novelty,
  precisionAtK,
  quantile,
  recallAtK,
  rmse,
} from '../../src/recommender/metrics';

// Hand-computed: recs [1,2,3,4], relevant {2,4,9}. Hits at ranks 2 and 4.
// DCG@4 = 1/log2(3) + 1/log2(5) = 0.63093 + 0.43068; IDCG@4 (3 relevant) = 1 + 0.63093 + 0.5.
const recs = [1, 2, 3, 4];
const relevant = new Set([2, 4, 9]);

describe('ranking metrics on a hand-computed list', () => {
  it.each([
    ['precision@4', precisionAtK, 4, 0.5],
    ['recall@4', recallAtK, 4, 2 / 3],
    ['hit rate@4', hitRateAtK, 4, 1],
    ['NDCG@4', ndcgAtK, 4, 0.498191],
    ['precision@2', precisionAtK, 2, 0.5],
    ['recall@2', recallAtK, 2, 1 / 3],
    ['NDCG@2', ndcgAtK, 2, 0.386853],
    ['hit rate@1', hitRateAtK, 1, 0],
    ['NDCG@1', ndcgAtK, 1, 0],
    ['precision@10 (short list counts as misses)', precisionAtK, 10, 0.2],
  ])('%s', (_name, metric, k, expected) => {
    expect(metric(recs, relevant, k)).toBeCloseTo(expected, 5);
  });

  it('scores nothing relevant as 0 rather than NaN', () => {
    expect(recallAtK(recs, new Set(), 4)).toBe(0);
    expect(ndcgAtK(recs, new Set(), 4)).toBe(0);
    expect(ndcgAtK([2, 4, 9], relevant, 3)).toBeCloseTo(1, 10);
  });
});

describe('list and catalog metrics', () => {
  // u0 {0,1}, u1 {0,1}, u2 {1}, u3 {2}: item users 0 → {u0,u1}, 1 → {u0,u1,u2}, 2 → {u3}.
  const m = buildInteractionMatrix(
    [
      ['u0', 'a'],
      ['u0', 'b'],
      ['u1', 'a'],
      ['u1', 'b'],
      ['u2', 'b'],
      ['u3', 'c'],
    ].map(([user, item]) => ({ user, item, value: 1, timestamp: 0 })),
  );

  it('catalog coverage: distinct recommended items over the catalog', () => {
    expect(
      catalogCoverage(
        [
          [0, 1],
          [1, 2],
        ],
        5,
      ),
    ).toBeCloseTo(0.6, 10);
    expect(catalogCoverage([], 0)).toBe(0);
  });

  it('co-occurrence cosine: |Ua ∩ Ub| / √(|Ua|·|Ub|)', () => {
    const sim = cooccurrenceSimilarity(transpose(m));
    expect(sim(0, 1)).toBeCloseTo(2 / Math.sqrt(6), 10);
    expect(sim(1, 0)).toBeCloseTo(0.816497, 5);
    expect(sim(0, 2)).toBe(0);
    expect(sim(2, 2)).toBe(1);
  });

  it('intra-list diversity: 1 − mean pairwise similarity', () => {
    const table: Record<string, number> = { '0,1': 0.5, '0,2': 0, '1,2': 1 };
    const sim = (a: number, b: number) => table[`${Math.min(a, b)},${Math.max(a, b)}`];
    expect(intraListDiversity([0, 1, 2], sim)).toBeCloseTo(0.5, 10);
    expect(intraListDiversity([0, 2], sim)).toBe(1);
    expect(intraListDiversity([0], sim)).toBe(0);
    // with co-occurrence: pairs (0,1) 0.8165, (0,2) 0, (1,2) 0 → 1 − 0.8165/3
    expect(intraListDiversity([0, 1, 2], cooccurrenceSimilarity(transpose(m)))).toBeCloseTo(
      1 - 0.816497 / 3,
      5,
    );
  });

  it('novelty: mean −log2(users with the item / all users)', () => {
    const counts = itemUserCounts(m); // [2, 3, 1] of 4 users
    expect(novelty([0, 2], counts, 4)).toBeCloseTo((1 + 2) / 2, 10);
    expect(novelty([1], counts, 4)).toBeCloseTo(-Math.log2(3 / 4), 10);
    expect(novelty([0], [0], 4)).toBe(2); // an unseen item counts as one user
    expect(novelty([], counts, 4)).toBe(0);
  });
});

describe('rating and latency metrics', () => {
  // errors 0.5, −1, 0 → squares 0.25 + 1 + 0
  const pairs = [
    { actual: 3, predicted: 2.5 },
    { actual: 4, predicted: 5 },
    { actual: 1, predicted: 1 },
  ];

  it('RMSE and MAE', () => {
    expect(rmse(pairs)).toBeCloseTo(Math.sqrt(1.25 / 3), 10);
    expect(rmse(pairs)).toBeCloseTo(0.645497, 5);
    expect(mae(pairs)).toBeCloseTo(0.5, 10);
    expect(rmse([])).toBe(0);
    expect(mae([])).toBe(0);
  });

  it('quantile by nearest rank', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.99)).toBe(5);
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([], 0.99)).toBe(0);
  });
});
