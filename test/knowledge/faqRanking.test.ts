import { confidence } from '../../src/knowledge/faqConfidence';
import { EXPANSION_DEFAULTS, expandWord } from '../../src/knowledge/faqExpansion';
import { PhrasingIndex } from '../../src/knowledge/faqPhrasings';
import type { FaqArticle } from '../../src/knowledge/faqSchema';
import { askingTermsOf } from '../../src/knowledge/faqTerms';

const vocabulary = new Set(['wool', 'ship', 'refund', 'return', 'cancel']);
const word = (term: string, synonyms: string[] = []) => ({ term, variants: [], synonyms });

describe('expandWord', () => {
  it.each([
    ['a known word reaches itself only', word('ship'), { ship: 1 }],
    ['an unknown word reaches the term it starts with', word('woollen'), { wool: EXPANSION_DEFAULTS.prefix }],
    ['a typo reaches the term within the tolerance', word('refnd'), { refund: EXPANSION_DEFAULTS.fuzzy }],
    ['a synonym counts at its weight', word('money', ['refund']), { refund: EXPANSION_DEFAULTS.synonym }],
    ['a short unknown word reaches nothing', word('xyz'), {}],
  ])('%s', (_, queryWord, expected) => {
    expect(Object.fromEntries(expandWord(queryWord, vocabulary).reach)).toEqual(expected);
  });
});

const article = (id: string, title: string, questions: string[]): FaqArticle => ({
  id,
  title,
  answer: 'An answer long enough to be an answer of the FAQ.',
  questions,
  tags: [],
  category: 'test',
  source: 'test.json',
});

describe('PhrasingIndex', () => {
  const index = new PhrasingIndex([
    article('timing', 'How long refunds take', ['when will my refund be processed', 'where is my refund']),
    article('method', 'How refunds are paid', ['how do I get my refund', 'refund to a different card']),
  ]);
  const query = (terms: string[]) => terms.map((t) => ({ word: word(t), reach: new Map([[t, 1]]) }));

  it.each([
    ['refund ?when', 'timing'],
    ['differ card', 'method'],
  ])('"%s" is closest to a phrasing of %s', (terms, expected) => {
    const scores = [...index.score(query(terms.split(' ')))].sort((a, b) => b[1] - a[1]);
    expect(scores[0][0]).toBe(expected);
    expect(scores[0][1]).toBeLessThanOrEqual(1);
  });

  it('scores an exact phrasing 1', () => {
    expect(index.score(query(['refund', 'differ', 'card'])).get('method')).toBeCloseTo(1);
  });
});

describe('asking words and confidence', () => {
  it.each([
    ['When will my refund arrive?', ['?when']],
    ['who delivers and where to', ['?who', '?where']],
    ['how much is it', []],
  ])('asking terms of "%s"', (text, expected) => expect(askingTermsOf(text)).toEqual(expected));

  it.each([
    ['a tie of two is at most 0.5', 1, 2, [2, 2], 0.5],
    ['a lone hit is sure', 1, 2, [2], 1],
    ['coverage scales it', 0.5, 2, [2], 0.5],
  ])('%s', (_, cover, score, top, expected) => {
    expect(confidence(cover, score, top)).toBeCloseTo(expected);
  });

  it('grows with the lead over the runner-up', () => {
    expect(confidence(1, 2, [2, 1.5])).toBeGreaterThan(confidence(1, 2, [2, 1.9]));
  });
});
