import { SynonymTable } from '../../src/knowledge/faqSynonyms';
import { isMisspeltStopWord, termsOf, words } from '../../src/knowledge/faqTerms';
import { stem } from '../../src/nlu/intent/tokens';

describe('FAQ terms', () => {
  it.each([
    ['How long does shipping to Canada take?', ['long', 'ship', 'canada', 'take']],
    ["What's your return policy", ['return', 'polici']],
    ['Café hours', ['cafe', 'hour']],
  ])('terms of "%s"', (text, expected) => expect(termsOf(text)).toEqual(expected));

  it.each([
    ['dose', true],
    ['waht', true],
    ['shoud', true],
    ['ship', false],
    ['xqzv', false],
  ])('"%s" is a misspelt stop word: %s', (word, expected) => {
    expect(isMisspeltStopWord(word, new Set(['ship']))).toBe(expected);
  });
});

describe('SynonymTable', () => {
  const table = new SynonymTable(
    [
      ['refund', 'money back'],
      ['return', 'send back'],
    ],
    words,
    stem,
  );

  it.each([
    ['i want my money back', { money: ['refund'], back: ['refund'] }],
    ['refunds please', { refunds: ['money', 'back'] }],
    ['can I send it back', {}],
    ['send back the boots', { send: ['return'], back: ['return'] }],
  ])('expands "%s"', (text, expected) => {
    const expanded = Object.fromEntries(
      table
        .expand(words(text))
        .filter((w) => w.synonyms.length > 0)
        .map((w) => [w.word, w.synonyms]),
    );
    expect(expanded).toEqual(expected);
  });
});
