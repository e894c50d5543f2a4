import { KeywordRecognizer } from '../../src/nlu/keywordRecognizer';
import { Intents } from '../../src/nlu/recognizer';

const recognizer = new KeywordRecognizer();

describe('KeywordRecognizer', () => {
  it.each([
    ['hi', Intents.greeting, undefined],
    ['Hello there!', Intents.greeting, undefined],
    ['help', Intents.help, undefined],
    ['What can you do?', Intents.help, undefined],
    ['cancel', Intents.cancel, undefined],
    ['never mind', Intents.cancel, undefined],
    ['start over', Intents.startOver, undefined],
    ['thanks!', Intents.thanks, undefined],
    ['show me tents', Intents.productSearch, 'tents'],
    ['Do you have waterproof jackets?', Intents.productSearch, 'waterproof jackets'],
    ["I'm looking for a headlamp", Intents.productSearch, 'a headlamp'],
    ['cancel my order', Intents.productSearch, 'cancel my order'],
    ['???', Intents.help, undefined],
    ['search', Intents.productSearch, undefined],
    ['I want to buy something', Intents.productSearch, undefined],
    ['!!!', Intents.none, undefined],
  ])('%s → %s', async (text, intent, query) => {
    const r = await recognizer.recognize(text);
    expect(r.intent).toBe(intent);
    expect(r.query).toBe(query);
  });
});
