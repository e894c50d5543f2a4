import { chooseVariant, variantLabel } from '../../src/cart/variantChoice';
import { shoppingProducts } from './shoppingFixtures';

const [jacket, tent] = shoppingProducts();

describe('chooseVariant', () => {
  it.each([
    ['nothing said: colour first', {}, { kind: 'ask', slot: 'colour', options: ['Glacier Blue', 'Black'] }],
    ['a colour: then the size', { colours: ['Black'] }, { kind: 'ask', slot: 'size', options: ['M', 'L'] }],
    [
      'a size that leaves two colours',
      { size: 'm' },
      { kind: 'ask', slot: 'colour', options: ['Glacier Blue', 'Black'] },
    ],
    [
      'a colour family',
      { colours: ['Navy', 'Glacier Blue'], size: 'M' },
      { kind: 'variant', variant: jacket.variants[0] },
    ],
    ['a colour it does not come in', { colours: ['Red'] }, { kind: 'none', asked: 'Red' }],
    ['a size it does not come in', { colours: ['Black'], size: 'XS' }, { kind: 'none', asked: 'Black, XS' }],
  ])('%s', (_what, hints, expected) => {
    expect(chooseVariant(jacket, hints)).toEqual(expected);
  });

  it('never asks about a product with one variant', () => {
    expect(chooseVariant(tent, {})).toEqual({ kind: 'variant', variant: tent.variants[0] });
    expect(variantLabel(tent.variants[0])).toBe('Green');
  });
});
