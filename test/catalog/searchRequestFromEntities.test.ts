import { filtersFromEntities, searchKeywords } from '../../src/catalog/searchRequestFromEntities';
import type { Entity } from '../../src/nlu/recognizer';

const at = (text: string, part: string, type: string, value: Entity['value'], score = 0.9): Entity => {
  const start = text.indexOf(part);
  return { type, text: part, start, end: start + part.length, value, score };
};

describe('searchKeywords', () => {
  it.each([
    ['show me tents', [], 'tents'],
    ['Can you show me waterproof jackets?', [], 'waterproof jackets'],
    ["i'm looking for a headlamp", [], 'a headlamp'],
    ['do you have boots under $150', [['under $150', 'priceRange', { max: 150 }]], 'boots'],
    [
      'tents between 100 and 300 dollars for 2 people',
      [['between 100 and 300 dollars', 'priceRange', { min: 100, max: 300 }]],
      'tents for 2 people',
    ],
    ['ridgline jaket', [], 'ridgline jaket'],
    ['what do you have in blue?', [], 'in blue'],
    ['tents that are', [], 'tents'],
    ["what's your tent?", [], 'tent'],
    ['headlamps with 600 lumens', [['600 lumens', 'attribute', { name: 'lumens', value: 600 }]], 'headlamps'],
    ['I want to buy something', [], ''],
    ['show me some new gear please', [], ''],
    ['tents in stock', [], 'tents'],
    ['any headlamps available now?', [], 'headlamps'],
    ['in-stock boots under $150', [['under $150', 'priceRange', { max: 150 }]], 'boots'],
    [
      'sleeping bags rated below -10',
      [['rated below -10', 'attribute', { name: 'temperatureRatingC', value: -10 }]],
      'sleeping bags',
    ],
    ['45l packs', [['45l', 'attribute', { name: 'capacityLiters', value: 45 }]], '45l packs'],
  ] as [string, [string, string, Entity['value']][], string][])('%s → %s', (text, found, expected) => {
    const entities = found.map(([part, type, value]) => at(text, part, type, value));
    expect(searchKeywords(text, entities)).toBe(expected);
  });
});

describe('filtersFromEntities', () => {
  const text = 'blue waterproof jackets from Ridgeline Co under 200 for 2';
  it('maps confident entities to filters', () => {
    const entities = [
      at(text, 'blue', 'colour', { name: 'blue', colours: ['Glacier Blue', 'Navy'] }),
      at(text, 'waterproof', 'attribute', { name: 'waterproof', value: true }),
      at(text, 'jackets', 'category', 'jackets'),
      at(text, 'Ridgeline Co', 'brand', 'Ridgeline Co'),
      at(text, 'under 200', 'priceRange', { max: 200 }),
      at(text, 'for 2', 'attribute', { name: 'capacityLiters', value: 2 }),
    ];
    expect(filtersFromEntities(entities)).toEqual({
      colours: ['Glacier Blue', 'Navy'],
      attributes: { waterproof: true },
      category: 'jackets',
      brand: 'Ridgeline Co',
      maxPrice: 200,
    });
  });

  it('maps sizes, once each', () => {
    const sized = 'boots in EU 43 or size 43 or M';
    const entities = [
      at(sized, 'EU 43', 'size', 'EU 43'),
      at(sized, 'size 43', 'size', 'EU 43'),
      at(sized, 'M', 'size', 'M'),
    ];
    expect(filtersFromEntities(entities)).toEqual({ sizes: ['EU 43', 'M'] });
  });

  it('asks for stock when the message does', () => {
    expect(filtersFromEntities([], 'tents in stock')).toEqual({ inStock: true });
    expect(filtersFromEntities([], 'boots available now please')).toEqual({ inStock: true });
    expect(filtersFromEntities([], 'do you have boots')).toEqual({});
    expect(filtersFromEntities([])).toEqual({});
  });

  it('bounds temperature ratings and light output: "rated to -10" or colder, "600 lumens" or more', () => {
    const asked = 'bags rated to -10 and lamps with 600 lumens';
    const entities = [
      at(asked, 'rated to -10', 'attribute', { name: 'temperatureRatingC', value: -10 }),
      at(asked, '600 lumens', 'attribute', { name: 'lumens', value: 600 }),
    ];
    expect(filtersFromEntities(entities)).toEqual({ maxTemperatureC: -10, minLumens: 600 });
  });

  it('filters on insulation for a material that is one ("synthetic sleeping bags"), not for others', () => {
    const bags = 'synthetic sleeping bags';
    expect(filtersFromEntities([at(bags, 'synthetic', 'material', 'synthetic')])).toEqual({
      attributes: { insulation: 'synthetic' },
    });
    expect(filtersFromEntities([at('merino socks', 'merino', 'material', 'merino')])).toEqual({});
  });

  it('reads "winter" as rated -5 °C or colder for sleeping bags and four-season for tents', () => {
    const bag = 'a sleeping bag for winter camping';
    expect(filtersFromEntities([at(bag, 'sleeping bag', 'category', 'sleeping-bags')], bag)).toEqual({
      category: 'sleeping-bags',
      maxTemperatureC: -5,
    });
    const tent = 'a winter tent';
    expect(filtersFromEntities([at(tent, 'tent', 'category', 'tents')], tent)).toEqual({
      category: 'tents',
      attributes: { seasons: 4 },
    });
    const boots = 'winter boots';
    expect(filtersFromEntities([at(boots, 'boots', 'category', 'boots')], boots)).toEqual({
      category: 'boots',
    });
  });

  it('ignores entities it is not sure of', () => {
    expect(filtersFromEntities([at(text, 'jackets', 'category', 'jackets', 0.5)])).toEqual({});
  });
});
