// Products, brands, categories, colours, sizes, materials and attributes against the fixture catalog.
import type { EntityExtractor } from '../../../src/nlu/entities';
import { makeExtractor, table, type Case } from './entityCases';

let extractor: EntityExtractor;
beforeAll(async () => {
  extractor = await makeExtractor();
});
const get = () => extractor;

// prettier-ignore
const products: Case[] = [
  ['ridgeline shell jacket', [['product', 'JKT-0001', 'ridgeline shell jacket']]],
  ['ridgline jaket', [['product', 'JKT-0001', 'ridgline jaket']]],
  ['Ridgeline Trail Boot in EU 43', [['product', 'BOT-0001', 'Ridgeline Trail Boot'], ['size', 'EU 43', 'EU 43']]],
  ['ridgeline', [['product', 'JKT-0001', 'ridgeline']]],
  ['the summit down jacket please', [['product', 'JKT-0002', 'summit down jacket']]],
  ['summer breeze bag', [['product', 'SLB-0002', 'summer breeze bag']]],
  ['arctic dream', [['product', 'SLB-0001', 'arctic dream']]],
  ['voyager 45', [['product', 'BPK-0001', 'voyager 45']]],
  ['is the beacon 350 headlamp waterproof?', [['product', 'LGT-0001', 'beacon 350 headlamp'], ['attribute', { name: 'waterproof', value: true }, 'waterproof']]],
  ['trailhead footprint', [['product', 'ACC-0001', 'trailhead footprint']]],
  ['carbon trekking pole', [['product', 'ACC-0005', 'carbon trekking pole']]],
  ['granit peak boots', [['product', 'BOT-0002', 'granit peak boots']]],
  ['compare the summit down jacket and the ridgeline shell jacket', [['product', 'JKT-0002', 'summit down jacket'], ['product', 'JKT-0001', 'ridgeline shell jacket']]],
  ['2 ridgeline jackets', [['quantity', 2, '2'], ['product', 'JKT-0001', 'ridgeline jackets']]],
];

// prettier-ignore
const brands: Case[] = [
  ['anything by alpine forge?', [['brand', 'Alpine Forge', 'alpine forge']]],
  ['Granite Outdoors tents', [['brand', 'Granite Outdoors', 'Granite Outdoors'], ['category', 'tents', 'tents']]],
  ['trailcraft', [['brand', 'Trailcraft', 'trailcraft']]],
];

// prettier-ignore
const categories: Case[] = [
  ['show me rucksacks and daypacks', [['category', 'backpacks', 'rucksacks'], ['category', 'backpacks', 'daypacks']]],
  ['a parka or a coat', [['category', 'jackets', 'parka'], ['category', 'jackets', 'coat']]],
  ['hiking shoes', [['category', 'boots', 'hiking shoes']]],
  ['headlamp, torch or lantern', [['category', 'lights', 'headlamp'], ['category', 'lights', 'torch'], ['category', 'lights', 'lantern']]],
  ['sleeping bags', [['category', 'sleeping-bags', 'sleeping bags']]],
  ['thermals or a base layer', [['category', 'base-layers', 'thermals'], ['category', 'base-layers', 'base layer']]],
  ['trousers or pants', [['category', 'trousers', 'trousers'], ['category', 'trousers', 'pants']]],
  ['merino socks', [['material', 'merino', 'merino'], ['category', 'accessories', 'socks']]],
];

// prettier-ignore
const colours: Case[] = [
  ['in blue', [['colour', { name: 'Blue', colours: ['Blue'] }, 'blue']]],
  ['navy', [['colour', { name: 'Navy', colours: ['Blue'] }, 'navy']]],
  ['red or black', [['colour', { name: 'Red', colours: ['Red'] }, 'red'], ['colour', { name: 'Black', colours: ['Black'] }, 'black']]],
  ['light blue jacket', [['colour', { name: 'Glacier Blue', colours: ['Blue'] }, 'light blue'], ['category', 'jackets', 'jacket']]],
  ['grey', [['colour', { name: 'grey', colours: [] }, 'grey']]],
  ['crimson', [['colour', { name: 'red', colours: ['Red'] }, 'crimson']]],
];

// prettier-ignore
const sizes: Case[] = [
  ['size M', [['size', 'M', 'size M']]],
  ['do you have it in XL', [['size', 'XL', 'XL']]],
  ['medium or large', [['size', 'M', 'medium'], ['size', 'L', 'large']]],
  ['extra large', [['size', 'XL', 'extra large']]],
  ['2xl', [['size', 'XXL', '2xl']]],
  ['size 10 hiking boots', [['size', 'US 10', 'size 10'], ['category', 'boots', 'hiking boots']]],
  ['eu 43', [['size', 'EU 43', 'eu 43']]],
  ['size 42', [['size', 'EU 42', 'size 42']]],
  ['one size', [['size', 'one size', 'one size']]],
  ['send us 10 jackets', [['quantity', 10, '10'], ['category', 'jackets', 'jackets']]],
];

// prettier-ignore
const materials: Case[] = [
  ['gore-tex shell', [['material', 'gore-tex', 'gore-tex'], ['category', 'jackets', 'shell']]],
  ['down or synthetic', [['material', 'down', 'down'], ['material', 'synthetic', 'synthetic']]],
  ['leather boots', [['material', 'leather', 'leather'], ['category', 'boots', 'boots']]],
];

// prettier-ignore
const attributes: Case[] = [
  ['waterproof jacket for women', [['attribute', { name: 'waterproof', value: true }, 'waterproof'], ['category', 'jackets', 'jacket'], ['attribute', { name: 'gender', value: 'women' }, 'for women']]],
  ['water resistant', [['attribute', { name: 'waterResistant', value: true }, 'water resistant']]],
  ['not waterproof', [['attribute', { name: 'waterproof', value: false }, 'not waterproof']]],
  ['ultralight insulated', [['attribute', { name: 'ultralight', value: true }, 'ultralight'], ['attribute', { name: 'insulated', value: true }, 'insulated']]],
  ['a warm lightweight layer', [['attribute', { name: 'warm', value: true }, 'warm'], ['attribute', { name: 'lightweight', value: true }, 'lightweight']]],
  ['2-person 4-season tent', [['attribute', { name: 'persons', value: 2 }, '2-person'], ['attribute', { name: 'seasons', value: 4 }, '4-season'], ['category', 'tents', 'tent']]],
  ['a tent that sleeps three', [['category', 'tents', 'tent'], ['attribute', { name: 'persons', value: 3 }, 'sleeps three']]],
  ["men's boots", [['attribute', { name: 'gender', value: 'men' }, "men's"], ['category', 'boots', 'boots']]],
  ['45l pack', [['attribute', { name: 'capacityLiters', value: 45 }, '45l'], ['category', 'backpacks', 'pack']]],
  ['sleeping bag rated to -5°C', [['category', 'sleeping-bags', 'sleeping bag'], ['attribute', { name: 'temperatureRatingC', value: -5 }, 'rated to -5°C']]],
  ['600 lumens', [['attribute', { name: 'lumens', value: 600 }, '600 lumens']]],
  ['bags rated below -10', [['category', 'sleeping-bags', 'bags'], ['attribute', { name: 'temperatureRatingC', value: -10 }, 'rated below -10']]],
  // A number another unit follows is that unit's, not a temperature.
  ['tents rated for 4 seasons', [['category', 'tents', 'tents'], ['attribute', { name: 'seasons', value: 4 }, '4 seasons']]],
  ['rated 4 stars', []],
];

table('products', products, get);
table('brands', brands, get);
table('categories', categories, get);
table('colours', colours, get);
table('sizes', sizes, get);
table('materials', materials, get);
table('attributes', attributes, get);

describe('product confidence', () => {
  const score = (text: string) => extractor.extract(text).find((e) => e.type === 'product')?.score ?? 0;

  test('a full name is surer than a typo, which is surer than an ambiguous part', () => {
    expect(score('ridgeline shell jacket')).toBeGreaterThan(score('ridgline jaket'));
    expect(score('ridgline jaket')).toBeGreaterThan(score('ridgeline'));
  });

  test('a name followed by another category word is doubted ("summit tent" names a jacket)', () => {
    expect(score('the summit tent')).toBeLessThan(0.5);
    expect(score('the summit jacket')).toBeGreaterThan(0.7);
  });

  test('ordinary words are not corrected into product words ("went" is not "tent")', () => {
    expect(extractor.extract('I went hiking').map((e) => e.type)).toEqual([]);
  });
});
