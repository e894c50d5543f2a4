import { ALGORITHMS, algorithm, DEFAULT_ALGORITHM } from '../../src/recommender/algorithms';
import { buildInteractionMatrix } from '../../src/recommender/interactions';
import { trainPopularity } from '../../src/recommender/popularity';
import type { Recommender } from '../../src/recommender/types';

// Item users: a 3, b 2, c 2, d 1. Ties (b, c) keep index order.
const data = buildInteractionMatrix(
  [
    ['u1', 'a'],
    ['u1', 'b'],
    ['u2', 'a'],
    ['u2', 'c'],
    ['u3', 'a'],
    ['u3', 'b'],
    ['u3', 'c'],
    ['u4', 'd'],
  ].map(([user, item]) => ({ user, item, value: 1, timestamp: 0 })),
);
const ids = (list: { item: number }[]) => list.map((s) => data.items[s.item]);

describe('popularity', () => {
  const model = trainPopularity(data);

  it('ranks by distinct users, never an item the user has in training', () => {
    expect(ids(model.recommend(data.userIndex.get('u4') as number, 3))).toEqual(['a', 'b', 'c']);
    expect(ids(model.recommend(data.userIndex.get('u1') as number, 10))).toEqual(['c', 'd']);
    expect(model.recommend(0, 1)[0].score).toBe(2);
  });

  it('honours an explicit exclusion and answers unknown users with the most popular', () => {
    expect(ids(model.recommend(0, 2, new Set([0])))).toEqual(['b', 'c']);
    expect(ids(model.recommend(99, 2))).toEqual(['a', 'b']);
    expect((model as Recommender).predict).toBeUndefined();
  });
});

describe('algorithm registry', () => {
  it('has the hybrid as the default and names the known ones for an unknown name', () => {
    expect(DEFAULT_ALGORITHM).toBe('hybrid');
    expect(algorithm('popularity')).toBe(trainPopularity);
    expect(Object.keys(ALGORITHMS)).toContain('popularity');
    expect(() => algorithm('nope')).toThrow(/unknown algorithm "nope"; known: .*popularity/);
    expect(() => algorithm('toString')).toThrow(/unknown algorithm/);
  });
});
