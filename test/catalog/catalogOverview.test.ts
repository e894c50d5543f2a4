import { brandNames, catalogOverviewAsk, categoryCounts } from '../../src/catalog/catalogOverview';
import { makeProduct } from '../helpers/fixtureProducts';

describe('catalogOverviewAsk', () => {
  it.each([
    ['what do you sell?', 'categories'],
    ['So what do you have here?', 'categories'],
    ['what kind of products do you have', 'categories'],
    ['What categories do you have?', 'categories'],
    ['what products do you sell', 'categories'],
    ["what's in the store?", 'categories'],
    ['what can I buy here?', 'categories'],
    ['show me everything', 'categories'],
    ['what brands do you carry?', 'brands'],
    ['which brands of tents do you have?', 'brands'],
    ['list your brands', 'brands'],
  ])('%s → %s', (text, expected) => {
    expect(catalogOverviewAsk(text)).toBe(expected);
  });

  // Questions that name what they want are searches, and questions about the bot or the shopper are not this.
  it.each([
    'what do you have in blue?',
    'what tents do you have',
    'what kinds of jackets do you have',
    'what do you sell for kids?',
    'what do you do?',
    'what do you recommend?',
    'what do you know about me',
    'show me tents',
  ])('%s → nothing', (text) => {
    expect(catalogOverviewAsk(text)).toBeUndefined();
  });
});

describe('categoryCounts and brandNames', () => {
  const products = [
    makeProduct({ id: 'TNT-0001', name: 'Tent One', category: 'tents', brand: 'Campfield' }),
    makeProduct({ id: 'TNT-0002', name: 'Tent Two', category: 'tents', brand: 'Featherpeak' }),
    makeProduct({ id: 'TNT-0003', name: 'Tent Three', category: 'tents', brand: 'Featherpeak' }),
    makeProduct({ id: 'BOT-0001', name: 'Boot One', category: 'boots', brand: 'Stridewell' }),
  ];

  it('counts the products of each category, most first', () => {
    expect(categoryCounts(products)).toEqual([
      { category: 'tents', count: 3 },
      { category: 'boots', count: 1 },
    ]);
  });

  it('lists brands with the most products first, of one category when asked', () => {
    expect(brandNames(products)).toEqual(['Featherpeak', 'Campfield', 'Stridewell']);
    expect(brandNames(products, 'boots')).toEqual(['Stridewell']);
  });
});
