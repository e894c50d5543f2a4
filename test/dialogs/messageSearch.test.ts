import { isSpecific, isUnsureSearch, messageSearch } from '../../dialogs/messageSearch';
import type { Recognition } from '../../src/nlu/recognizer';

const recognition = (over: Partial<Recognition>): Recognition => ({
  text: '',
  intent: 'product_search',
  score: 0.9,
  alternatives: [],
  entities: [],
  ...over,
});

describe('isUnsureSearch', () => {
  const rivals = [
    { intent: 'product_search', score: 0.45 },
    { intent: 'order_status', score: 0.4 },
  ];

  it('is a search barely chosen over another intent', () => {
    expect(isUnsureSearch(recognition({ score: 0.45, alternatives: rivals }))).toBe(true);
  });

  it('is not a sure search, nor an unsure one with no rival', () => {
    expect(isUnsureSearch(recognition({ score: 0.8, alternatives: rivals }))).toBe(false);
    expect(isUnsureSearch(recognition({ score: 0.45, alternatives: [rivals[0]!] }))).toBe(false);
  });
});

describe('messageSearch', () => {
  it('ranks "the cheapest tents" by price and leaves "cheapest" out of the words', () => {
    const search = messageSearch(recognition({ text: 'the cheapest tents' }));
    expect(search.sort).toBe('priceAsc');
    expect(search.query).not.toMatch(/cheapest/);
    expect(isSpecific(search)).toBe(true);
  });

  it('"tents that aren\'t too heavy" lists the lightest first', () => {
    const search = messageSearch(recognition({ text: "tents that aren't too heavy" }));
    expect(search).toMatchObject({ sort: 'weightAsc', query: 'tents' });
  });
});
