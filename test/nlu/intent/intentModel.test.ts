import { IntentModel } from '../../../src/nlu/intent/intentModel';
import { trainIntentModel, type IntentExample } from '../../../src/nlu/intent/trainIntentModel';
import { normalize } from '../../../src/nlu/intent/normalize';
import { SHOP_PHRASES } from '../shopPhrases';

const PHRASES = SHOP_PHRASES;
const EXAMPLES: IntentExample[] = Object.entries(PHRASES).flatMap(([intent, texts]) =>
  texts.map((text) => ({ text, intent })),
);

let model: IntentModel;
beforeAll(() => {
  model = trainIntentModel(EXAMPLES, { oosLabel: 'oos', wordVectors: null, lexiconSize: 0 });
});

describe('normalize', () => {
  it('lower-cases, expands contractions, separates punctuation and drops markup', () => {
    expect(normalize("Where's my ORDER?!")).toBe('where is my order ? !');
    expect(normalize('<b>red</b> tent <script>alert(1)</script>')).toBe('red tent');
    expect(normalize('ﬁne\u0000 caf\u00e9')).toBe('fine café');
  });

  it('bounds its output whatever it is given', () => {
    expect(normalize('word '.repeat(5000)).length).toBeLessThanOrEqual(500);
    expect(normalize(undefined)).toBe('');
    expect(normalize(42)).toBe('42');
  });
});

describe('IntentModel', () => {
  it('recognises unseen phrasings of the trained intents', () => {
    expect(model.predict('where is my parcel').intent).toBe('order_status');
    expect(model.predict('show me whats in my basket').intent).toBe('view_cart');
    expect(model.predict('can i get a refund on these boots').intent).toBe('return_refund');
    expect(model.predict('hello!').intent).toBe('greeting');
  });

  it('tolerates typos of training words', () => {
    expect(model.predict('wher is my ordr').intent).toBe('order_status');
  });

  it('gives calibrated alternatives, best first, and never offers the out-of-scope class as one', () => {
    const p = model.predict('track my order');
    expect(p.alternatives.length).toBeGreaterThan(1);
    expect(p.alternatives[0].intent).toBe('order_status');
    for (let i = 1; i < p.alternatives.length; i++) {
      expect(p.alternatives[i].score).toBeLessThanOrEqual(p.alternatives[i - 1].score);
    }
    expect(p.alternatives.map((a) => a.intent)).not.toContain('oos');
    expect(model.intents).not.toContain('oos');
  });

  it.each([
    ['empty text', ''],
    ['whitespace', '   \n\t '],
    ['10,000 characters', 'x'.repeat(10_000)],
    ['10,000 characters of words', 'lorem ipsum dolor '.repeat(600)],
    ['emoji only', '🙂🎉🔥👍'],
    ['a script tag', '<script>alert("hi")</script>'],
    ['HTML only', '<div><img src=x onerror=alert(1)></div>'],
    ['another language', 'je voudrais acheter des chaussures rouges'],
    ['another script', '我想买一双红色的鞋子'],
    ['binary junk', '\u0000\u0001\u0002\ufffd\ufffd\u001b[31m\u0007'],
    ['keyboard mashing', 'asdkjh qwpeoiru zxmcnv'],
  ])('answers none for %s, without throwing', (_name, text) => {
    const p = model.predict(text);
    expect(p.intent).toBe('none');
    expect(p.oos).toBe(true);
  });

  it('answers none for non-string input', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol.iterator]) {
      expect(model.predict(input).intent).toBe('none');
    }
  });

  it('survives a JSON round trip with identical predictions', () => {
    const copy = IntentModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    for (const text of ['where is my order', 'show basket', 'hi', 'tell me a joke', 'refund']) {
      expect(copy.predict(text)).toEqual(model.predict(text));
    }
  });

  it('rejects a damaged model file', () => {
    const json = model.toJSON() as unknown as Record<string, unknown>;
    expect(() => IntentModel.fromJSON({ ...json, labels: 'nope' })).toThrow();
    expect(() => IntentModel.fromJSON(null)).toThrow();
  });

  it('applies a stricter policy when given one', () => {
    const text = 'hey where is my stuff';
    const strict = model.withPolicy({ threshold: 0.999, margin: 0 });
    expect(model.predict(text).intent).not.toBe('none');
    expect(strict.predict(text).intent).toBe('none');
    expect(strict.predict(text).alternatives[0].intent).toBe(model.predict(text).alternatives[0].intent);
  });

  it('needs at least two intents to train', () => {
    expect(() => trainIntentModel([{ text: 'hi', intent: 'greeting' }], { wordVectors: null })).toThrow(
      /at least 2/,
    );
  });
});
