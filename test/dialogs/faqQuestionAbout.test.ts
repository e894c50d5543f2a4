import { faqQuestionAbout } from '../../dialogs/faqReplies';

describe('faqQuestionAbout', () => {
  it.each([
    ['how should I wash it?', 'how should I wash the Finch Rain Jacket?'],
    ['can I return this one?', 'can I return the Finch Rain Jacket?'],
    ['how do I clean this?', 'how do I clean the Finch Rain Jacket?'],
    // not a pronoun for the product, or nothing to replace
    ["can I return a jacket that I've worn?", "can I return a jacket that I've worn?"],
    ['what is your return policy?', 'what is your return policy?'],
    ['how do I wash the finch rain jacket?', 'how do I wash the finch rain jacket?'],
  ])('%s → %s', (text, expected) => {
    expect(faqQuestionAbout(text, 'Finch Rain Jacket')).toBe(expected);
  });

  it('leaves the question alone when no product is being discussed', () => {
    expect(faqQuestionAbout('how should I wash it?', undefined)).toBe('how should I wash it?');
  });
});
