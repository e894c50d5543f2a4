import type { Entity } from '../../src/nlu/recognizer';
import { bestOfList, listPositions, superlativeAsked } from '../../src/catalog/listQuestions';
import { makeProduct } from '../helpers/fixtureProducts';

/** An entity over the first occurrence of `text` in `message`. */
function entity(message: string, type: string, text: string, value: Entity['value']): Entity {
  const start = message.indexOf(text);
  return { type, text, start, end: start + text.length, value, score: 1 };
}

describe('listPositions', () => {
  it.each([
    ['compare the first two', 5, [0, 1]],
    ['compare the top 3', 5, [0, 1, 2]],
    ['compare the last two', 5, [3, 4]],
    ['compare the first three', 2, [0, 1]],
    ['compare 1 and 3', 5, [0, 2]],
    ['#2 vs #4?', 5, [1, 3]],
    ['number 1, 2 and 5', 5, [0, 1, 4]],
    ['compare these', 5, [0, 1, 2]],
    ['compare them', 2, [0, 1]],
    ['compare 1 and 9', 5, [0]],
    ['compare tents', 5, []],
  ])('"%s" over %d listed → %j', (text, length, positions) => {
    expect(listPositions(text, [], length)).toEqual(positions);
  });

  it('takes ordinal entities in the order said, counting negative ones from the end', () => {
    const text = 'compare the fourth and the last one';
    const entities = [
      entity(text, 'ordinal', 'the fourth', { index: 3 }),
      entity(text, 'ordinal', 'the last one', { index: -1 }),
    ];
    expect(listPositions(text, entities, 5)).toEqual([3, 4]);
  });

  it('does not read the numbers in product names as list positions, and points at nothing without a list', () => {
    const text = 'compare the Summit 3 and the Stoat 2';
    const entities = [
      entity(text, 'product', 'Summit 3', 'TNT-1'),
      entity(text, 'product', 'Stoat 2', 'TNT-2'),
    ];
    expect(listPositions(text, entities, 5)).toEqual([]);
    expect(listPositions('compare the first two', [], 0)).toEqual([]);
  });
});

describe('superlativeAsked', () => {
  it.each([
    ['which is the lightest?', 'weightAsc'],
    ["what's the cheapest one", 'priceAsc'],
    ['which of these is the most expensive', 'priceDesc'],
    ['which one is best rated?', 'ratingDesc'],
    ['which is warmest', 'temperatureAsc'],
    ['which of them is the brightest', 'lumensDesc'],
    ['which is the roomiest', 'capacityDesc'],
    ['which is lighter?', 'weightAsc'],
    ['which one is cheaper', 'priceAsc'],
    ['which of the two is better rated?', 'ratingDesc'],
  ])('"%s" asks for %s', (text, sort) => {
    expect(superlativeAsked(text)).toBe(sort);
  });

  it.each(['show me the cheapest first', 'lightest ones please', 'which one is waterproof?', 'lighter ones'])(
    '"%s" is not a superlative question',
    (text) => {
      expect(superlativeAsked(text)).toBeUndefined();
    },
  );
});

describe('bestOfList', () => {
  const heavy = makeProduct({
    id: 'BPK-0001',
    name: 'Heavy Pack',
    category: 'backpacks',
    price: 80,
    attributes: { weightGrams: 1800 },
  });
  const light = makeProduct({
    id: 'BPK-0002',
    name: 'Light Pack',
    category: 'backpacks',
    price: 120,
    attributes: { weightGrams: 950 },
  });
  const unknown = makeProduct({ id: 'BPK-0003', name: 'Mystery Pack', category: 'backpacks', price: 60 });

  it('names the winner with its figure and unit, among the products that have the figure', () => {
    expect(bestOfList([heavy, unknown, light], 'weightAsc')).toEqual({
      kind: 'best',
      product: light,
      superlative: 'lightest',
      value: '950 g',
      among: 2,
      shown: 3,
    });
    expect(bestOfList([heavy, unknown, light], 'priceAsc')).toMatchObject({
      product: unknown,
      value: '$60.00',
      among: 3,
    });
    expect(bestOfList([heavy, light], 'priceDesc')).toMatchObject({
      product: light,
      superlative: 'most expensive',
    });
  });

  it('says the figure is unknown when no listed product has it, rather than picking one', () => {
    expect(bestOfList([heavy, light, unknown], 'lumensDesc')).toEqual({
      kind: 'unknown',
      figure: 'brightness',
    });
    expect(bestOfList([heavy, light], 'temperatureAsc')).toEqual({
      kind: 'unknown',
      figure: 'temperature rating',
    });
  });
});
