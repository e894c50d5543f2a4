import { algorithm, DEFAULT_ALGORITHM } from '../../src/recommender/algorithms';
import { blendLists, normaliseList } from '../../src/recommender/hybridBlend';
import { trainHybrid, type HybridModel } from '../../src/recommender/hybrid';
import { learnBlend } from '../../src/recommender/hybridWeights';
import { loadRecommender } from '../../src/recommender/loadRecommender';
import { validationSplit } from '../../src/recommender/validationSplit';
import type { Recommender, Scored, Trainer } from '../../src/recommender/types';
import { at, clusterStore } from './clusterFixture';
import { csrMatrix } from './csrFixture';

const list = (...pairs: [number, number][]): Scored[] => pairs.map(([item, score]) => ({ item, score }));

describe('normaliseList', () => {
  it.each([
    ['minmax', list([1, 10], [2, 5], [3, 0]), [1, 0.5, 0]],
    ['minmax', list([1, -2], [2, -4]), [1, 0]],
    ['minmax', list([1, 3], [2, 3]), [1, 1]],
    ['rank', list([1, 99], [2, 1], [3, 0]), [1, 10 / 11, 10 / 12]],
  ] as const)('%s of %j', (how, scored, expected) => {
    Array.from(normaliseList(scored, how)).forEach((v, j) => expect(v).toBeCloseTo(expected[j], 12));
  });
});

describe('blendLists', () => {
  const a = list([1, 1], [2, 0.5], [3, 0]);
  const b = list([3, 9], [4, 1]);
  it.each([
    [
      [1, 0],
      [1, 2],
    ],
    [[0, 1], [3]],
    [
      [1, 1],
      [1, 3, 2],
    ], // 1: 1; 3: 0 + 1; 2: 0.5; 4: 0 (dropped at k = 3 by tie order)
    [
      [1, 3],
      [3, 1, 2],
    ],
  ])('weights %j give %j', (weights, expected) => {
    expect(
      blendLists([a, b], weights, 3, 'minmax')
        .filter((s) => s.score > 0)
        .map((s) => s.item),
    ).toEqual(expected);
  });
});

describe('validationSplit', () => {
  const data = {
    ...csrMatrix([[0, 1, 2, 3, 4], [1], [2, 3]], 5),
    times: Float64Array.from([5, 4, 3, 2, 1, 9, 1, 2]),
  };
  it('holds out the latest round(n·f) per user, keeping one, on the same indices', () => {
    const { fit, heldOut } = validationSplit(data, 0.4);
    expect([...heldOut.entries()].map(([u, s]) => [u, [...s].sort()])).toEqual([
      [0, [0, 1]],
      [2, [3]],
    ]);
    expect(Array.from(fit.rowPtr)).toEqual([0, 3, 4, 5]);
    expect(Array.from(fit.cols)).toEqual([2, 3, 4, 1, 2]);
    expect(Array.from(fit.times ?? [])).toEqual([3, 2, 1, 9, 1]);
    expect(fit.items).toBe(data.items);
  });

  it('without times, holds out a seeded random part (the same for the same seed)', () => {
    const plain = csrMatrix([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]], 10);
    const one = validationSplit(plain, 0.3, 1).heldOut.get(0);
    expect(one?.size).toBe(3);
    expect(validationSplit(plain, 0.3, 1).heldOut.get(0)).toEqual(one);
  });

  it.each([0, 1, -0.1])('rejects fraction %p', (f) => {
    expect(() => validationSplit(data, f)).toThrow(/fraction/);
  });
});

describe('learnBlend', () => {
  it('gives the informative component the weight and reaches its NDCG', () => {
    const relevant = [new Set([7]), new Set([8]), new Set([9])];
    const good = relevant.map((r) => list([[...r][0], 1], [1, 0.5], [2, 0]));
    const noise = relevant.map(() => list([3, 5], [4, 4], [5, 3]));
    const learned = learnBlend(
      good.map((g, u) => [noise[u], g]),
      relevant,
      1,
    );
    expect(learned.validationNdcg).toBe(1);
    expect(learned.componentNdcg).toEqual([0, 1]);
    expect(learned.weights[1]).toBeGreaterThan(learned.weights[0]);
  });
});

describe('hybrid', () => {
  const { data, content } = clusterStore();
  const options = {
    components: ['content', 'item-knn', 'popularity'],
    validationFraction: 0.3,
    candidates: 20,
  };
  const model = algorithm('hybrid')(data, options, content) as HybridModel;

  it('is the default algorithm', () => {
    expect(DEFAULT_ALGORITHM).toBe('hybrid');
  });

  it('learns its weights on a validation split of the training data and reports them', () => {
    expect(model.report?.components).toEqual(options.components);
    expect(model.report?.validationUsers).toBeGreaterThan(20);
    expect(model.report?.validationNdcg).toBeGreaterThanOrEqual(
      Math.max(...(model.report?.componentNdcg ?? [])) - 1e-12,
    );
    expect(model.components.length).toBe(model.weights.length);
  });

  it('drops a useless component (weight 0) and never refits it', () => {
    let fits = 0;
    const useless: Trainer = () => {
      fits++; // always the never-bought product: never relevant
      return { name: 'useless', recommend: () => [{ item: at(data, 12), score: 1 }] };
    };
    const lookup = (name: string) => (name === 'useless' ? useless : algorithm(name));
    const hybrid = trainHybrid(data, lookup, { ...options, components: ['content', 'useless'] }, content);
    expect(hybrid.report?.weights[1]).toBe(0);
    expect(hybrid.components.map((c) => c.name)).toEqual(['content']);
    expect(fits).toBe(1);
  });

  it('recommends by taste for users and ad-hoc histories, including the never-bought product', () => {
    const kitchen = (i: number) => Number(data.items[i].slice(1)) >= 6 && data.items[i] !== 'p12';
    const recs = model.recommendForHistory([{ item: at(data, 7), value: 1 }], 3);
    expect(recs.filter((r) => kitchen(r.item)).length).toBeGreaterThanOrEqual(2);
    const gardenFan = model.recommendForHistory([{ item: at(data, 0), value: 1 }], 12).map((r) => r.item);
    expect(gardenFan).toContain(at(data, 12));
  });

  it('answers cold users with the popular fallback', () => {
    const items = (recs: Scored[]) => recs.map((r) => r.item);
    expect(items(model.recommend(999, 2))).toEqual(items(algorithm('popularity')(data).recommend(999, 2)));
  });

  it('survives a JSON round trip through loadRecommender', () => {
    const back = loadRecommender(JSON.parse(JSON.stringify(model.toJSON()))) as Recommender;
    expect(back.name).toBe('hybrid');
    for (const u of [0, 3, 8]) expect(back.recommend(u, 5)).toEqual(model.recommend(u, 5));
    const history = [{ item: at(data, 2), value: 3 }];
    expect(back.recommendForHistory?.(history, 5)).toEqual(model.recommendForHistory(history, 5));
  });

  it('rejects itself or nothing as components', () => {
    expect(() => algorithm('hybrid')(data, { components: [] })).toThrow(/components/);
    expect(() => algorithm('hybrid')(data, { components: ['hybrid'] })).toThrow(/components/);
  });
});
