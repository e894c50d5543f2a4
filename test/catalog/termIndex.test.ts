import { boundedEditDistance } from '../../src/catalog/editDistance';
import { TermIndex } from '../../src/catalog/termIndex';

describe('boundedEditDistance', () => {
  it.each([
    ['tent', 'tent', 2, 0],
    ['tent', 'tents', 2, 1],
    ['jaket', 'jacket', 2, 1],
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 2, 3],
    ['a', 'abcdef', 2, 3],
    ['', 'ab', 2, 2],
  ])('%s → %s (limit %d) = %d', (a, b, limit, expected) => {
    expect(boundedEditDistance(a, b, limit)).toBe(expected);
  });
});

describe('TermIndex', () => {
  // Fields: name (boost 2, expandable), description (boost 1, whole words only).
  const index = new TermIndex([2, 1], [true, false]);
  const docs = [
    [
      ['ridgeline', 'jacket'],
      ['waterproof', 'shell'],
    ],
    [
      ['summit', 'jacket'],
      ['warm', 'down'],
    ],
    [
      ['trail', 'boot'],
      ['jacketed', 'leather', 'boot'],
    ],
    [['headlamp'], ['bright', 'light']],
  ];
  docs.forEach((fields, doc) => index.add(doc, fields));
  const ids = (result: ReturnType<TermIndex['search']>) =>
    [...result.docs].sort((a, b) => result.scores[b] - result.scores[a]);

  it('knows which terms are indexed, and where', () => {
    expect(index.has('leather')).toBe(true);
    expect(index.hasExpandable('leather')).toBe(false);
    expect(index.hasExpandable('jacket')).toBe(true);
  });

  it('scores exact matches, and more matched terms higher', () => {
    const result = index.search([
      { term: 'ridgeline', prefix: false, maxDistance: 0 },
      { term: 'jacket', prefix: false, maxDistance: 0 },
    ]);
    expect(ids(result)).toEqual([0, 1]);
    expect(result.matched[0]).toBe(2);
    expect(result.matched[1]).toBe(1);
  });

  it('expands prefixes and typos in expandable fields only', () => {
    expect(ids(index.search([{ term: 'head', prefix: true, maxDistance: 0 }]))).toEqual([3]);
    // "jacketed" is only in a description: no prefix match there.
    expect(ids(index.search([{ term: 'jack', prefix: true, maxDistance: 0 }]))).toEqual([0, 1]);
    expect(ids(index.search([{ term: 'jaket', prefix: false, maxDistance: 1 }]))).toEqual([0, 1]);
  });

  it('weights expansions below exact matches', () => {
    const exact = index.search([{ term: 'boot', prefix: false, maxDistance: 0 }]).scores[2];
    const fuzzy = index.search([{ term: 'bot', prefix: false, maxDistance: 1 }]).scores[2];
    expect(fuzzy).toBeGreaterThan(0);
    expect(fuzzy).toBeLessThan(exact);
  });

  it('tries alternatives as exact spellings', () => {
    expect(
      ids(index.search([{ term: 'tnet', alternatives: ['trail'], prefix: false, maxDistance: 0 }])),
    ).toEqual([2]);
  });

  it('refuses documents out of order', () => {
    expect(() => index.add(9, [[], []])).toThrow(/expected document 4/);
  });
});
