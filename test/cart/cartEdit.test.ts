import { cartEdit, type EditableLine } from '../../src/cart/cartEdit';
import type { Entity } from '../../src/nlu/recognizer';

const line = (productId: string, sku: string, colour: string, size: string): EditableLine => ({
  productId,
  sku,
  quantity: 1,
  colour,
  size,
});
const lines = [
  line('JKT-0001', 'JKT-0001-BLK-M', 'Black', 'M'),
  line('JKT-0001', 'JKT-0001-BLU-M', 'Glacier Blue', 'M'),
  line('TNT-0001', 'TNT-0001-GRN-OS', 'Green', 'one size'),
];
const e = (type: string, value: Entity['value']): Entity => ({
  type,
  value,
  text: '',
  start: 0,
  end: 0,
  score: 0.9,
});

describe('cartEdit', () => {
  it.each([
    [
      'a named product with one line',
      'remove the tent',
      [e('product', 'TNT-0001')],
      undefined,
      { kind: 'remove', sku: 'TNT-0001-GRN-OS' },
    ],
    [
      'a named product with two lines',
      'remove the jacket',
      [e('product', 'JKT-0001')],
      undefined,
      { kind: 'ambiguous' },
    ],
    [
      '… narrowed by colour',
      'remove the black jacket',
      [e('product', 'JKT-0001'), e('colour', { name: 'Black', colours: ['Black'] })],
      undefined,
      { kind: 'remove', sku: 'JKT-0001-BLK-M' },
    ],
    [
      'a list reference',
      'remove the second one',
      [e('ordinal', { index: 1 })],
      undefined,
      { kind: 'remove', sku: 'JKT-0001-BLU-M' },
    ],
    [
      'the last one',
      'remove the last one',
      [e('ordinal', { index: -1 })],
      undefined,
      { kind: 'remove', sku: 'TNT-0001-GRN-OS' },
    ],
    ['the product discussed', 'remove it', [], 'TNT-0001', { kind: 'remove', sku: 'TNT-0001-GRN-OS' }],
    [
      'a new quantity',
      'change the tent to 3',
      [e('product', 'TNT-0001')],
      undefined,
      { kind: 'setQuantity', sku: 'TNT-0001-GRN-OS', quantity: 3 },
    ],
    ['nothing to go on', 'remove it', [], undefined, { kind: 'ambiguous' }],
  ])('%s', (_what, text, entities, currentProductId, expected) => {
    expect(cartEdit(lines, { text, entities, currentProductId })).toEqual(expected);
  });

  it('the only line needs no naming; an empty cart says so', () => {
    expect(cartEdit([lines[2]], { text: 'make it 2', entities: [] })).toEqual({
      kind: 'setQuantity',
      sku: 'TNT-0001-GRN-OS',
      quantity: 2,
    });
    expect(cartEdit([], { text: 'remove it', entities: [] })).toEqual({ kind: 'empty' });
  });
});
