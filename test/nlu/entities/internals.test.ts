// The building blocks: tokens with offsets, spelling correction, number words and overlap resolution.
import { NumberWords } from '../../../src/nlu/entities/patterns';
import { resolveOverlaps } from '../../../src/nlu/entities/resolve';
import { editDistance, Speller } from '../../../src/nlu/entities/spelling';
import { lowerSameLength, tokenize } from '../../../src/nlu/entities/tokens';
import type { ExtractedEntity } from '../../../src/nlu/entities/types';

describe('tokenize', () => {
  test('keeps offsets into the original text and folds case, accents, apostrophes and plurals', () => {
    const text = 'Men’s  Café-JACKETS 😀 x2';
    expect(tokenize(text).map((t) => [t.raw, t.key, text.slice(t.start, t.end)])).toEqual([
      ['Men’s', 'men', 'Men’s'],
      ['Café', 'cafe', 'Café'],
      ['JACKETS', 'jacket', 'JACKETS'],
      ['x2', 'x2', 'x2'],
    ]);
  });

  test('skips junk words longer than 40 characters', () => {
    expect(tokenize(`${'a'.repeat(41)} tent`).map((t) => t.key)).toEqual(['tent']);
  });

  test('lowerSameLength keeps offsets even where lower-casing changes length', () => {
    const text = 'İstanbul BLUE';
    expect(lowerSameLength(text)).toHaveLength(text.length);
    expect(lowerSameLength(text).indexOf('blue')).toBe(text.indexOf('BLUE'));
  });
});

describe('spelling', () => {
  test.each([
    ['ridgline', 'ridgeline', 2, 1],
    ['jaket', 'jacket', 1, 1],
    ['tnet', 'tent', 1, 1],
    ['abc', 'xyz', 1, 2],
    ['tent', 'tent', 0, 0],
  ])('editDistance(%s, %s, max %i) = %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });

  const speller = new Speller(
    new Map([
      ['tent', 3],
      ['jacket', 2],
      ['ridgeline', 1],
      ['rucksack', 1],
    ]),
    new Set(['went', 'rent']),
  );

  test.each([
    ['jaket', { word: 'jacket', edits: 1 }],
    ['ridgline', { word: 'ridgeline', edits: 1 }],
    ['ridglinee', { word: 'ridgeline', edits: 2 }],
    ['tnet', { word: 'tent', edits: 1 }],
    ['went', undefined],
    ['tant', undefined],
    ['jack', undefined],
    ['tent', undefined],
    ['t3nt', undefined],
  ])('corrects %s to %j', (word, expected) => {
    expect(speller.correct(word)).toEqual(expected);
  });

  describe('with a general-English lexicon', () => {
    const english = new Set(['stock', 'status', 'tents', 'compasses', 'frist']);
    const lexiconSpeller = new Speller(
      new Map([
        ['sock', 3],
        ['stratus', 1],
        ['tent', 2],
        ['compass', 1],
        ['first', 2],
        ['jacket', 1],
      ]),
      new Set(),
      undefined,
      (word) => english.has(word),
    );

    test.each([
      ['stock', undefined],
      ['status', undefined],
      ['tents', { word: 'tent', edits: 1 }],
      ['compasses', { word: 'compass', edits: 2 }],
      ['frist', { word: 'first', edits: 1 }],
      ['jaket', { word: 'jacket', edits: 1 }],
    ])('corrects %s to %j: a real word only by a swap or to its singular', (word, expected) => {
      expect(lexiconSpeller.correct(word)).toEqual(expected);
    });
  });
});

describe('number words', () => {
  const numbers = new NumberWords({ one: 1, two: 2, five: 5, twenty: 20, hundred: 100 });
  test.each([
    ['twenty-five', 25],
    ['twenty five', 25],
    ['1,250.50', 1250.5],
    ['two', 2],
    ['42', 42],
    ['seven', undefined],
  ])('parse(%s) = %s', (text, expected) => {
    expect(numbers.parse(text)).toBe(expected);
  });

  test('the pattern finds numbers written either way', () => {
    const re = new RegExp(numbers.pattern, 'gu');
    expect('one, twenty-five and 1,250.50'.match(re)).toEqual(['one', 'twenty-five', '1,250.50']);
  });
});

describe('resolveOverlaps', () => {
  const e = (type: ExtractedEntity['type'], start: number, end: number, score: number) =>
    ({ type, start, end, score, text: '', value: '' }) as ExtractedEntity;

  test('the longer span wins, then the more confident, then the type listed first; survivors in text order', () => {
    const kept = resolveOverlaps([
      e('quantity', 0, 1, 0.9),
      e('attribute', 0, 8, 0.9),
      e('colour', 10, 14, 0.8),
      e('category', 10, 14, 0.9),
      e('material', 20, 24, 0.9),
      e('attribute', 20, 24, 0.9),
      e('date', 30, 30, 1),
    ]);
    expect(kept.map((k) => [k.type, k.start])).toEqual([
      ['attribute', 0],
      ['category', 10],
      ['material', 20],
    ]);
  });
});
