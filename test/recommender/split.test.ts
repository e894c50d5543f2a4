import { temporalHoldout } from '../../src/recommender/split';
import type { Interaction } from '../../src/recommender/types';

const row = (user: string, item: string, timestamp: number): Interaction => ({
  user,
  item,
  value: 1,
  timestamp,
});

describe('temporalHoldout', () => {
  it('holds out the latest round(n × fraction) of each user, keeping at least one in train', () => {
    const rows = [
      ...['e', 'a', 'c', 'b', 'd'].map((item, j) => row('u1', item, [50, 10, 30, 20, 40][j])),
      row('u2', 'x', 1),
      row('u3', 'p', 2),
      row('u3', 'q', 1),
      row('u3', 'r', 3),
    ];
    const { train, test } = temporalHoldout(rows, { fraction: 0.2 });
    expect(test.map((r) => `${r.user}:${r.item}`)).toEqual(['u1:e', 'u3:r']);
    expect(train).toHaveLength(rows.length - 2);
    expect(temporalHoldout(rows, { fraction: 0.5 }).test.map((r) => r.item)).toEqual([
      'c',
      'd',
      'e',
      'p',
      'r',
    ]);
  });

  it('breaks timestamp ties by item id, so the split is deterministic', () => {
    const rows = [row('u', 'z', 5), row('u', 'a', 5), row('u', 'm', 5), row('u', 'b', 1)];
    expect(temporalHoldout(rows, { fraction: 0.5 }).test.map((r) => r.item)).toEqual(['m', 'z']);
  });

  it('rejects a fraction outside [0, 1)', () => {
    expect(() => temporalHoldout([], { fraction: 1 })).toThrow(/fraction/);
  });
});
