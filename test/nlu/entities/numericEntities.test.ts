// Quantities, money, price ranges, order numbers, dates and list references against the fixture catalog.
import type { EntityExtractor } from '../../../src/nlu/entities';
import { makeExtractor, NOW, table, type Case } from './entityCases';

let extractor: EntityExtractor;
beforeAll(async () => {
  extractor = await makeExtractor();
});
const get = () => extractor;

// prettier-ignore
const quantities: Case[] = [
  ['I want 2 of them', [['quantity', 2, '2 of them']]],
  ['three', [['quantity', 3, 'three']]],
  ['x2', [['quantity', 2, 'x2']]],
  ['merino socks 2x', [['material', 'merino', 'merino'], ['category', 'accessories', 'socks'], ['quantity', 2, '2x']]],
  ["I'll take three", [['quantity', 3, 'three']]],
  ['2 tents please', [['quantity', 2, '2'], ['category', 'tents', 'tents']]],
  ['twenty-five mugs', [['quantity', 25, 'twenty-five'], ['category', 'accessories', 'mugs']]],
  ['a pair of boots', [['quantity', 2, 'a pair of'], ['category', 'boots', 'boots']]],
  ['qty: 4', [['quantity', 4, '4']]],
  ['a tent under 1.5 kg', [['category', 'tents', 'tent'], ['attribute', { name: 'weightGrams', value: 1500 }, '1.5 kg']]],
  ['it weighs 2 lbs', [['attribute', { name: 'weightGrams', value: 907.2 }, 'weighs 2 lbs']]],
  ['change the quantity to 2', [['quantity', 2, '2']]],
  ['make that 4', [['quantity', 4, '4']]],
  ['a 2 person tent', [['attribute', { name: 'persons', value: 2 }, '2 person'], ['category', 'tents', 'tent']]],
];

// prettier-ignore
const money: Case[] = [
  ['$120', [['money', { amount: 120, currency: 'USD' }, '$120']]],
  ['is it 120 dollars?', [['money', { amount: 120, currency: 'USD' }, '120 dollars']]],
  ['€80 headlamp', [['money', { amount: 80, currency: 'EUR' }, '€80'], ['category', 'lights', 'headlamp']]],
  ['£1,250.50', [['money', { amount: 1250.5, currency: 'GBP' }, '£1,250.50']]],
  ['fifty bucks', [['money', { amount: 50, currency: 'USD' }, 'fifty bucks']]],
];

// prettier-ignore
const priceRanges: Case[] = [
  ['under 100', [['priceRange', { max: 100 }, 'under 100']]],
  ['tents under $300', [['category', 'tents', 'tents'], ['priceRange', { max: 300, currency: 'USD' }, 'under $300']]],
  ['between 50 and 80 dollars', [['priceRange', { min: 50, max: 80, currency: 'USD' }, 'between 50 and 80 dollars']]],
  ['between 500 and 100', [['priceRange', { min: 100, max: 500 }, 'between 500 and 100']]],
  ['over $200', [['priceRange', { min: 200, currency: 'USD' }, 'over $200']]],
  ['around 150', [['priceRange', { around: 150, min: 120, max: 180 }, 'around 150']]],
  ['$50-$80', [['priceRange', { min: 50, max: 80, currency: 'USD' }, '$50-$80']]],
  ['150 or less', [['priceRange', { max: 150 }, '150 or less']]],
  ['$200+', [['priceRange', { min: 200, currency: 'USD' }, '$200+']]],
  ['less than 60 euros', [['priceRange', { max: 60, currency: 'EUR' }, 'less than 60 euros']]],
  ['cheap sleeping bag', [['priceRange', { band: 'low' }, 'cheap'], ['category', 'sleeping-bags', 'sleeping bag']]],
  ['something premium', [['priceRange', { band: 'high' }, 'premium']]],
  ['cheaper please', [['priceRange', { relative: 'lower' }, 'cheaper']]],
  ['under 2kg', [['attribute', { name: 'weightGrams', value: 2000 }, '2kg']]], // a weight, not a price
];

// prettier-ignore
const orders: Case[] = [
  ['where is my order #10234', [['orderNumber', '10234', '10234']]],
  ['order number is 204518', [['orderNumber', '204518', '204518']]],
  ['10234', [['orderNumber', '10234', '10234']]],
  ['$10234', [['money', { amount: 10234, currency: 'USD' }, '$10234']]],
  ['call 5551234567', []],
];

// prettier-ignore
const dates: Case[] = [
  ['I ordered it yesterday', [['date', '2025-03-11', 'yesterday']]],
  ['order 10234 placed last Tuesday', [['orderNumber', '10234', '10234'], ['date', '2025-03-11', 'last Tuesday']]],
  ['delivered on March 3rd', [['date', '2025-03-03', 'March 3rd']]],
  ['it arrived on the 20th', [['date', '2025-02-20', 'the 20th']]],
  ['2 weeks ago', [['date', '2025-02-26', '2 weeks ago']]],
  ['May I return it?', []],
  ['at 5pm', []],
];

// prettier-ignore
const ordinals: Case[] = [
  ['the second one', [['ordinal', { index: 1 }, 'the second one']]],
  ['the last one', [['ordinal', { index: -1 }, 'the last one']]],
  ['that one', [['ordinal', { ref: 'current' }, 'that one']]],
  ['this one please', [['ordinal', { ref: 'current' }, 'this one']]],
  ['number 3', [['ordinal', { index: 2 }, 'number 3']]],
  ['the 2nd', [['ordinal', { index: 1 }, 'the 2nd']]],
  ['the second jacket', [['ordinal', { index: 1 }, 'the second'], ['category', 'jackets', 'jacket']]],
  ['option 2', [['ordinal', { index: 1 }, 'option 2']]],
  ['second to last', [['ordinal', { index: -2 }, 'second to last']]],
  ['the first time', []],
  ['first aid kit', []],
];

table('quantities', quantities, get);
table('money', money, get);
table('price ranges', priceRanges, get);
table('order numbers', orders, get);
table('dates', dates, get);
table('ordinals and list references', ordinals, get);

describe('confidence of numbers', () => {
  const scoreOf = (text: string, type: string) =>
    extractor.extract(text, { now: NOW }).find((e) => e.type === type)?.score;

  test('an order number near "order" or "#" is surer than a bare one', () => {
    expect(scoreOf('order #10234', 'orderNumber')).toBeGreaterThan(scoreOf('10234', 'orderNumber') ?? 1);
  });

  test('a price range with a currency is surer than one without', () => {
    expect(scoreOf('under $100', 'priceRange')).toBeGreaterThan(scoreOf('under 100', 'priceRange') ?? 1);
  });

  test('dates default to now when no reference is given', () => {
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(extractor.extract('today').map((e) => e.value)).toEqual([iso]);
  });
});
