import {
  asksForMore,
  asksGoBack,
  describeSearch,
  goBack,
  HISTORY_DEPTH,
  pushSearch,
  type SearchHistory,
  type SearchSnapshot,
} from '../../src/catalog/searchHistory';
import type { ListSearch } from '../../src/catalog/refineSearch';

const snap = (query: string, results: string[]): SearchSnapshot => ({ query, filters: {}, results });

describe('pushSearch and goBack', () => {
  const tents = snap('tents', ['A', 'B', 'C']);
  const twoPerson = snap('tents 2p', ['A', 'B']);

  it('a new list makes the current one the latest earlier one', () => {
    expect(pushSearch({ current: tents, earlier: [] }, twoPerson)).toEqual({
      current: twoPerson,
      earlier: [tents],
    });
  });

  it('a list with the same products replaces the current one', () => {
    const sorted = { ...snap('tents', ['A', 'B', 'C']), sort: 'priceAsc' as const };
    expect(pushSearch({ current: tents, earlier: [] }, sorted)).toEqual({ current: sorted, earlier: [] });
  });

  it(`keeps at most ${HISTORY_DEPTH} earlier lists`, () => {
    let history: SearchHistory = { earlier: [] };
    for (let i = 0; i < HISTORY_DEPTH + 3; i++) history = pushSearch(history, snap(`q${i}`, [`P${i}`]));
    expect(history.earlier.map((s) => s.query)).toEqual(['q2', 'q3', 'q4', 'q5', 'q6']);
  });

  it.each([
    ['the current list is on screen: the previous search', ['A', 'B'], 'tents', []],
    ['another list replaced it (recommendations): the current search', ['X', 'Y'], 'tents 2p', [tents]],
  ] as [string, string[], string, SearchSnapshot[]][])('%s', (_, showing, shown, earlierAfter) => {
    const back = goBack({ current: twoPerson, earlier: [tents] }, showing);
    expect([back?.show.query, back?.history.earlier]).toEqual([shown, earlierAfter]);
  });

  it('nothing earlier: nothing to go back to', () => {
    expect(goBack({ current: tents, earlier: [] }, ['A', 'B', 'C'])).toBeUndefined();
    expect(goBack({ earlier: [] }, [])).toBeUndefined();
  });
});

describe('asksGoBack', () => {
  it.each([
    ['go back', true],
    ['Go back please', true],
    ['ok go back to the previous list', true],
    ['back', true],
    ['back to the previous results', true],
    ['show me the previous list', true],
    ['previous results', true],
    ["let's go back", true],
    ['undo that', true],
    ['can I send it back?', false],
    ['how do I go back to my order', false],
    ['back pack', false],
    ['backpacks', false],
  ])('%s → %s', (text, expected) => {
    expect(asksGoBack(text)).toBe(expected);
  });
});

describe('asksForMore', () => {
  it.each([
    ['show more', true],
    ['Show me more please', true],
    ['more', true],
    ['more results', true],
    ['any more?', true],
    ['next page', true],
    ['ok next', true],
    ['show me the next ones', true],
    ['the next five please', true],
    ['what else do you have?', true],
    ['show me more of those', true],
    ['more like the second one', false],
    ['show me more tents', false],
    ['tell me more about it', false],
    ['more expensive ones', false],
  ])('%s → %s', (text, expected) => {
    expect(asksForMore(text)).toBe(expected);
  });
});

describe('describeSearch', () => {
  it.each([
    [
      { query: 'tents', filters: { attributes: { persons: 2 }, maxPrice: 200 } },
      'tents, 2-person, up to $200',
    ],
    [
      { query: '', filters: { category: 'tents', colours: ['Olive', 'Forest'] }, colourName: 'green' },
      'tents, green',
    ],
    [
      { query: 'jackets', filters: { maxPrice: 189.99, inStock: true }, sort: 'priceAsc' },
      'jackets, up to $189.99, in stock, cheapest first',
    ],
    [
      { query: 'tents', filters: { excludeBrands: ['Featherpeak', 'Campfield'] } },
      'tents, not Featherpeak or Campfield',
    ],
    [
      { query: 'tents', filters: { maxWeightGrams: 2339, attributes: { waterproof: true } } },
      'tents, waterproof, under 2339 g',
    ],
    [
      {
        query: 'waterproof jackets for women in blue',
        filters: {
          attributes: { waterproof: true, gender: 'women' },
          colours: ['Glacier Blue'],
          brand: 'Cairnward',
        },
        colourName: 'blue',
      },
      'waterproof jackets for women in blue, Cairnward',
    ],
  ] as [ListSearch, string][])('%j → %s', (search, expected) => {
    expect(describeSearch(search)).toBe(expected);
  });
});
