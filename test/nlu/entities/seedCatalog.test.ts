// Against the real demo catalog (326 products); skipped when seeds/products.json is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ProductSchema, type Product } from '../../../src/domain/schemas';
import type { EntityExtractor } from '../../../src/nlu/entities';
import { PROJECT_ROOT } from '../../../src/paths';
import { makeExtractor, table, type Case } from './entityCases';

const SEEDS = join(PROJECT_ROOT, 'seeds', 'products.json');
const describeSeeds = existsSync(SEEDS) ? describe : describe.skip;

describeSeeds('the real catalog', () => {
  let products: Product[];
  let extractor: EntityExtractor;
  beforeAll(async () => {
    products = z.array(ProductSchema).parse(JSON.parse(readFileSync(SEEDS, 'utf8')));
    extractor = await makeExtractor(products);
  });
  const get = () => extractor;

  // prettier-ignore
  const cases: Case[] = [
    ['the summit tent', [['product', 'TNT-0001', 'summit tent']]],
    ['ridgline jaket', [['product', 'JKT-0001', 'ridgline jaket']]],
    ["women's aurora mid hiker size eu 39", [['product', 'BOT-0015', "women's aurora mid hiker"], ['size', 'EU 39', 'size eu 39']]],
    ['do you have the orion ul tent in sand?', [['product', 'TNT-0005', 'orion ul tent'], ['colour', { name: 'Sand', colours: ['Sand'] }, 'sand']]],
    ['compare the heron 40 and the talon 40', [['product', 'BPK-0003', 'heron 40'], ['product', 'BPK-0011', 'talon 40']]],
    ['ember ridge tent', [['product', 'TNT-0009', 'ember ridge tent']]],
    ['an ember jacket', [['colour', { name: 'Ember', colours: ['Ember'] }, 'ember'], ['category', 'jackets', 'jacket']]],
    ['grey fleece', [['colour', { name: 'grey', colours: ['Slate', 'Storm Grey'] }, 'grey'], ['material', 'fleece', 'fleece']]],
    ['navy blue', [['colour', { name: 'Navy', colours: ['Navy'] }, 'navy blue']]],
    ['anything from larchwood?', [['brand', 'Larchwood Outfitters', 'larchwood']]],
    ['featherpeak tents', [['brand', 'Featherpeak', 'featherpeak'], ['category', 'tents', 'tents']]],
    ['cheapest 2 person tent under $300', [['priceRange', { band: 'low' }, 'cheapest'], ['attribute', { name: 'persons', value: 2 }, '2 person'], ['category', 'tents', 'tent'], ['priceRange', { max: 300, currency: 'USD' }, 'under $300']]],
    ['buy 2 canyon daypacks', [['quantity', 2, '2'], ['product', 'BPK-0007', 'canyon daypacks']]],
  ];
  table('utterances', cases, get);

  test('every product name, as written, finds that product', () => {
    const misses = products.filter((p) => {
      const found = extractor.extract(p.name).filter((e) => e.type === 'product');
      return found.length !== 1 || found[0].value !== p.id || found[0].text !== p.name;
    });
    expect(misses.map((p) => p.name)).toEqual([]);
  });

  test('descriptive phrases that share words with product names name no product', () => {
    const phrases = ['family tent', 'tunnel tent', 'expedition tent', 'commuter pack', 'kids pack', 'climbing pants',
      'down jacket', 'merino tee', 'trail running socks', 'winter down bag', 'two-burner stove', 'dry bag']; // prettier-ignore
    const named = phrases.filter((text) => extractor.extract(text).some((e) => e.type === 'product'));
    expect(named).toEqual([]);
  });

  test('names with one letter dropped from a long word still find the product (most of them)', () => {
    const typo = (name: string) => name.replace(/\b(\w{3})\w(\w{3,})/, '$1$2');
    const hits = products.filter((p) =>
      extractor.extract(`do you have the ${typo(p.name)}?`).some((e) => e.value === p.id),
    );
    expect(hits.length / products.length).toBeGreaterThan(0.9);
  });
});
