import { asksToStartReturn } from '../../src/orders/returnPhrases';

describe('asksToStartReturn', () => {
  it.each([
    ['I want to return my order', true],
    ['start a return', true],
    ['open a return request', true],
    ["I'd like to return my jacket", true],
    ['i need to send these boots back', true],
    ['return my order please', true],
    ['how long do I have to return something', false],
    ["what's your return policy", false],
    ['can I return the Stoat 2 tent', false],
    ['how do I send it back', false],
    ['where is my refund', false],
  ])('%s → %s', (text, expected) => {
    expect(asksToStartReturn(text)).toBe(expected);
  });
});
