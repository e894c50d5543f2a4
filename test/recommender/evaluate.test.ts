import { evaluate, looksExplicit, meanPredictor } from '../../src/recommender/evaluate';
import { buildInteractionMatrix } from '../../src/recommender/interactions';
import { trainPopularity } from '../../src/recommender/popularity';
import type { Interaction, Trainer } from '../../src/recommender/types';

const row = (user: string, item: string, value = 1): Interaction => ({ user, item, value, timestamp: 0 });
// Popularity order: a (3 users), b (2), c (1), d (1).
const train = [
  row('u1', 'a'),
  row('u1', 'b'),
  row('u2', 'a'),
  row('u2', 'b'),
  row('u3', 'a'),
  row('u3', 'c'),
];
train.push(row('u4', 'd'));
const data = buildInteractionMatrix(train);

describe('evaluate', () => {
  it('recommends for test users known to training and averages the metrics over them', () => {
    // u1 gets [c, d]: relevant {c} → hit at rank 1. u3 gets [b, d]: relevant {x} (unknown to training) → miss.
    const test = [row('u1', 'c'), row('u3', 'x'), row('stranger', 'a')];
    const result = evaluate(trainPopularity, data, test, { k: 2, explicit: false });
    expect(result.recs).toEqual([
      { user: 'u1', items: ['c', 'd'] },
      { user: 'u3', items: ['b', 'd'] },
    ]);
    expect(result.metrics).toMatchObject({
      users: 2,
      k: 2,
      precisionAtK: 0.25,
      recallAtK: 0.5,
      hitRateAtK: 0.5,
    });
    expect(result.metrics.ndcgAtK).toBeCloseTo(0.5, 10);
    expect(result.metrics.coverage).toBeCloseTo(3 / 4, 10);
    expect(result.latenciesMs).toHaveLength(2);
    expect(result.metrics.rmse).toBeUndefined();
    expect(result.predictions).toBeUndefined();
  });

  it('predicts every test row for explicit ratings: the model where it can, else user/item/global means', () => {
    const rated = buildInteractionMatrix([row('u1', 'a', 4), row('u1', 'b', 2), row('u2', 'a', 5)]);
    const withPredict: Trainer = (d) => {
      const popular = trainPopularity(d);
      return {
        name: popular.name,
        recommend: (u, k, exclude) => popular.recommend(u, k, exclude),
        predict: (u) => (u === 1 ? 4.5 : NaN),
      };
    };
    const test = [row('u2', 'b', 4), row('u1', 'a', 3), row('new', 'b', 2), row('new', 'zz', 4)];
    const result = evaluate(withPredict, rated, test, { k: 1, explicit: true });
    // u2/b → model 4.5; u1/a → NaN so u1's mean 3; new/b → b's mean 2; new/zz → global mean 11/3
    expect(result.predictions?.map((p) => p.prediction)).toEqual([4.5, 3, 2, 11 / 3]);
    const errors = [0.5, 0, 0, 4 - 11 / 3];
    expect(result.metrics.mae).toBeCloseTo(errors.reduce((a, b) => a + b) / 4, 10);
    expect(result.metrics.rmse).toBeCloseTo(Math.sqrt(errors.reduce((a, b) => a + b * b, 0) / 4), 10);
  });

  it('meanPredictor falls back from user to item to global mean', () => {
    const predict = meanPredictor(
      buildInteractionMatrix([row('u', 'a', 2), row('v', 'a', 4), row('v', 'b', 3)]),
    );
    expect(predict(0, 1)).toBe(2);
    expect(predict(undefined, 0)).toBe(3);
    expect(predict()).toBe(3);
  });
});

describe('looksExplicit', () => {
  it.each([
    ['1–5 stars', [1, 2, 3, 4, 5], true],
    ['half stars', [0.5, 3.5, 4], true],
    ['1–10 scale', [1, 7, 10], true],
    ['all ones (implicit)', [1, 1, 1], false],
    ['purchase counts', [1, 2, 3, 17], false],
    ['small counts', [1, 2, 3], false],
    ['nothing', [], false],
  ])('%s', (_name, values, expected) => {
    expect(looksExplicit(values.map((v, j) => row(`u${j}`, 'i', v)))).toBe(expected);
  });
});
