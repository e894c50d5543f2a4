import {
  buildInteractionMatrix,
  itemUserCounts,
  nnz,
  transpose,
  userItems,
  userItemSet,
  userValues,
} from '../../src/recommender/interactions';
import type { Interaction } from '../../src/recommender/types';

const row = (user: string, item: string, value = 1, timestamp = 0): Interaction => ({
  user,
  item,
  value,
  timestamp,
});

describe('buildInteractionMatrix', () => {
  const rows = [
    row('u1', 'b', 2),
    row('u1', 'a', 1),
    row('u2', 'a', 3),
    row('u1', 'b', 1),
    row('u3', 'c', 5),
  ];

  it('indexes users and items by first appearance and sorts each row by item index', () => {
    const m = buildInteractionMatrix(rows);
    expect(m.users).toEqual(['u1', 'u2', 'u3']);
    expect(m.items).toEqual(['b', 'a', 'c']);
    expect(m.itemIndex.get('c')).toBe(2);
    expect(Array.from(m.rowPtr)).toEqual([0, 2, 3, 4]);
    expect(Array.from(m.cols)).toEqual([0, 1, 1, 2]);
    expect(nnz(m)).toBe(4);
  });

  it('sums duplicates by default and keeps the latest with duplicates: last', () => {
    expect(Array.from(userValues(buildInteractionMatrix(rows), 0))).toEqual([3, 1]);
    const last = buildInteractionMatrix([row('u', 'a', 4, 10), row('u', 'a', 2, 20), row('u', 'a', 5, 5)], {
      duplicates: 'last',
    });
    expect(Array.from(last.vals)).toEqual([2]);
  });

  it('adds catalog items without interactions after the seen ones', () => {
    const m = buildInteractionMatrix(rows, { extraItems: ['a', 'z'] });
    expect(m.items).toEqual(['b', 'a', 'c', 'z']);
    expect(Array.from(itemUserCounts(m))).toEqual([1, 2, 1, 0]);
  });

  it('reads rows, sets and the transpose', () => {
    const m = buildInteractionMatrix(rows);
    expect(Array.from(userItems(m, 0))).toEqual([0, 1]);
    expect(userItems(m, 9).length).toBe(0);
    expect([...userItemSet(m, 1)]).toEqual([1]);
    const t = transpose(m);
    expect(Array.from(t.rowPtr)).toEqual([0, 1, 3, 4]);
    expect(Array.from(t.cols)).toEqual([0, 0, 1, 2]);
    expect(Array.from(t.vals)).toEqual([3, 1, 3, 5]);
  });
});
