// Hostile and odd input never throws: it yields [] or whatever is found in the first maxChars characters.
import {
  buildEntityExtractor,
  ENTITY_DEFAULTS,
  loadLexicons,
  type EntityExtractor,
  type Lexicons,
} from '../../../src/nlu/entities';
import { composeExtractor } from '../../../src/nlu/entities/buildEntityExtractor';
import { buildStages } from '../../../src/nlu/entities/entityStages';
import { fixtureProducts } from '../../helpers/fixtureProducts';
import { NOW, rows } from './entityCases';

let lexicons: Lexicons;
let extractor: EntityExtractor;
beforeAll(async () => {
  lexicons = await loadLexicons();
  extractor = buildEntityExtractor({ products: fixtureProducts(), lexicons });
});

/** A reproducible string of arbitrary UTF-16 code units, lone surrogates and control characters included. */
function junk(length: number, seed = 7): string {
  let x = seed;
  return Array.from({ length }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return String.fromCharCode(x % 65536);
  }).join('');
}

// prettier-ignore
test.each<[string, string]>([
  ['empty', ''],
  ['whitespace', '   \n\t  '],
  ['emoji only', '😀🎒⛺️🔦 👍🏽👍🏽'],
  ['a script tag', '<script>alert("hi")</script>'],
  ['markup with no entities', '<div class="x"><img src=x onerror=alert(1)></div>'],
  ['SQL', "'; DROP TABLE orders; --"],
  ['Chinese', '我想买一个帐篷'],
  ['Arabic', 'أريد خيمة'],
  ['German', 'Ich möchte einen Schlafsack'],
  ['control characters', '\u0000\u0001\u0002\u001b[31m\u007f'],
  ['lone surrogates', '\ud800\udc00\udfff\ud83d'],
  ['one 10,000-letter word', 'a'.repeat(10_000)],
  ['punctuation', '?!?!...,,,;;;:::---$$$€€€###'],
])('%s never throws and finds nothing', (_name, text) => {
  expect(rows(text, extractor.extract(text, { now: NOW }))).toEqual([]);
});

test('binary junk never throws; whatever it finds keeps the span invariants', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const text = junk(3000, seed);
    rows(text, extractor.extract(text, { now: NOW }));
  }
});

test('non-string input yields nothing', () => {
  for (const bad of [undefined, null, 42, {}, ['blue']])
    expect(extractor.extract(bad as unknown as string)).toEqual([]);
});

test('tags around words do not hide them', () => {
  const text = '<b>blue</b> <i>jacket</i>';
  expect(rows(text, extractor.extract(text))).toEqual([
    ['colour', { name: 'Blue', colours: ['Blue'] }, 'blue'],
    ['category', 'jackets', 'jacket'],
  ]);
});

test('a 10,000-character message is read up to maxChars', () => {
  const text = `blue jacket ${'lorem ipsum '.repeat(900)} red tent`;
  const found = extractor.extract(text);
  expect(found.map((e) => e.text)).toEqual(['blue', 'jacket']);
  expect(Math.max(...found.map((e) => e.end))).toBeLessThanOrEqual(ENTITY_DEFAULTS.maxChars);
});

test('the cap never splits a surrogate pair', () => {
  const small = buildEntityExtractor({
    products: fixtureProducts(),
    lexicons,
    options: { maxChars: 6 },
  });
  expect(() => small.extract('blue 😀 jacket')).not.toThrow();
});

test('an invalid "now" loses the dates, not the rest', () => {
  const found = extractor.extract('red tent yesterday', { now: new Date(Number.NaN) });
  expect(found.map((e) => e.type)).toEqual(['colour', 'category']);
});

test('a stage that throws is reported and skipped; the other stages still answer', () => {
  const errors: string[] = [];
  const stages = buildStages(fixtureProducts(), lexicons);
  const boom = () => {
    throw new Error('boom');
  };
  const faulty = composeExtractor(
    { ...stages, stages: [{ name: 'boom', run: boom }, ...stages.stages] },
    { onError: (stage) => errors.push(stage) },
  );
  expect(faulty.extract('red tent').map((e) => e.type)).toEqual(['colour', 'category']);
  expect(errors).toEqual(['boom']);
});
