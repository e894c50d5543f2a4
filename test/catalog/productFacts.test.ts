import {
  allAttributes,
  categoryLabel,
  colours,
  formatPrice,
  keyAttributes,
  sizes,
  stockLabel,
  totalStock,
} from '../../src/catalog/productFacts';
import type { Category, Variant } from '../../src/domain/schemas';
import { makeProduct, type ProductFields } from '../helpers/fixtureProducts';

const variant = (color: string, size: string, stock: number): Variant => ({
  sku: `V-${color}-${size}`.toUpperCase(),
  color,
  size,
  stock,
});
const withVariants = (...variants: Variant[]) =>
  makeProduct({ id: 'TST-0001', name: 'Test Item', category: 'jackets', variants });
const product = (category: Category, attributes: ProductFields['attributes']) =>
  makeProduct({ id: 'TST-0002', name: 'Test Item', category, attributes });

describe('stock', () => {
  test.each([
    { variants: [variant('Red', 'M', 0)], total: 0, label: 'Out of stock' },
    { variants: [variant('Red', 'M', 0), variant('Red', 'L', 0)], total: 0, label: 'Out of stock' },
    { variants: [variant('Red', 'M', 1)], total: 1, label: 'Only 1 left' },
    { variants: [variant('Red', 'M', 2), variant('Red', 'L', 1)], total: 3, label: 'Only 3 left' },
    { variants: [variant('Red', 'M', 5)], total: 5, label: 'Only 5 left' },
    { variants: [variant('Red', 'M', 6)], total: 6, label: 'In stock' },
    { variants: [variant('Red', 'M', 0), variant('Red', 'L', 40)], total: 40, label: 'In stock' },
  ])('$total units → "$label"', ({ variants, total, label }) => {
    const p = withVariants(...variants);
    expect(totalStock(p)).toBe(total);
    expect(stockLabel(p)).toBe(label);
  });
});

describe('colours and sizes', () => {
  it('lists each once, in catalog order', () => {
    const p = withVariants(
      variant('Red', 'S', 1),
      variant('Blue', 'S', 0),
      variant('Red', 'M', 2),
      variant('Blue', 'L', 3),
    );
    expect(colours(p)).toEqual(['Red', 'Blue']);
    expect(sizes(p)).toEqual(['S', 'M', 'L']);
  });
});

describe('formatPrice', () => {
  test.each([
    { amount: 249, text: '$249.00' },
    { amount: 19.5, text: '$19.50' },
    { amount: 1299.99, text: '$1,299.99' },
    { amount: 0.01, text: '$0.01' },
  ])('$amount → $text', ({ amount, text }) => expect(formatPrice(amount, 'USD')).toBe(text));
});

describe('categoryLabel', () => {
  test.each([
    { category: 'sleeping-bags', label: 'sleeping bags' },
    { category: 'base-layers', label: 'base layers' },
    { category: 'tents', label: 'tents' },
  ] as const)('$category → $label', ({ category, label }) => expect(categoryLabel(category)).toBe(label));
});

describe('keyAttributes', () => {
  test.each([
    {
      category: 'jackets',
      attributes: {
        waterproofRatingMm: 20000,
        weightGrams: 450,
        material: 'Nylon',
        breathabilityGm2: 15000,
        insulation: 'none',
        fit: 'slim',
      },
      facts: [
        'Waterproof rating: 20,000 mm',
        'Breathability: 15,000 g/m²/24h',
        'Insulation: None',
        'Weight: 450 g',
      ],
    },
    {
      category: 'sleeping-bags',
      attributes: { temperatureRatingC: -7, insulation: 'down', weightGrams: 1100 },
      facts: ['Temperature rating: -7 °C', 'Insulation: Down', 'Weight: 1,100 g'],
    },
    {
      category: 'backpacks',
      attributes: { capacityLiters: 45, waterproof: false },
      facts: ['Capacity: 45 L', 'Waterproof: No'],
    },
    {
      category: 'tents',
      attributes: { persons: 2, seasons: 3, packedSizeCm: '45 x 15' },
      facts: ['Sleeps: 2', 'Seasons: 3-season', 'Packed size: 45 x 15 cm'],
    },
    {
      category: 'lights',
      attributes: { lumens: 350, batteryLifeHours: 40 },
      facts: ['Brightness: 350 lm', 'Battery life: 40 h'],
    },
    {
      category: 'stoves',
      attributes: { fuelType: 'canister', boilTimeMinutes: 3.5 },
      facts: ['Fuel: Canister', 'Boil time: 3.5 min'],
    },
    {
      category: 'boots',
      attributes: { waterproof: true, ankleHeight: 'mid' },
      facts: ['Waterproof: Yes', 'Ankle height: Mid'],
    },
    { category: 'accessories', attributes: {}, facts: [] },
  ] as { category: Category; attributes: ProductFields['attributes']; facts: string[] }[])(
    '$category',
    ({ category, attributes, facts }) => {
      const shown = keyAttributes(product(category, attributes)).map(
        ({ label, value }) => `${label}: ${value}`,
      );
      expect(shown).toEqual(facts);
    },
  );

  it('lists every attribute in the details view', () => {
    const p = product('jackets', {
      waterproofRatingMm: 20000,
      weightGrams: 450,
      material: 'Nylon',
      fit: 'slim',
      gender: 'women',
    });
    expect(allAttributes(p).map((f) => f.label)).toEqual([
      'Waterproof rating',
      'Weight',
      'Material',
      'Fit',
      'Gender',
    ]);
  });
});
