// Pure, presentation-ready facts about a product, shared by cards and text replies.
import type { Category, Product, ProductAttributes } from '../domain/schemas';

/** At or below this many units (and above zero) the stock label says "Only N left". */
export const LOW_STOCK_THRESHOLD = 5;

/** Most attributes shown on a compact card. */
export const MAX_KEY_ATTRIBUTES = 4;

/** A labelled, unit-formatted attribute ready to show. */
export interface AttributeFact {
  label: string;
  value: string;
}

type AttributeKey = keyof ProductAttributes;

// Intl formatters are costly to build (toLocaleString builds one per call): build each once.
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const number = (n: number): string => numberFormat.format(n);
const priceFormats = new Map<string, Intl.NumberFormat>();
/** The text with its first letter in upper case. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const withUnit = (unit: string) => (n: number) => `${number(n)} ${unit}`;

/** Label and unit of every attribute, in the order the details view lists them. */
const ATTRIBUTE_FORMATS: {
  [K in AttributeKey]-?: { label: string; format: (value: NonNullable<ProductAttributes[K]>) => string };
} = {
  persons: { label: 'Sleeps', format: (n: number) => number(n) },
  seasons: { label: 'Seasons', format: (n: number) => `${n}-season` },
  capacityLiters: { label: 'Capacity', format: withUnit('L') },
  temperatureRatingC: { label: 'Temperature rating', format: withUnit('°C') },
  insulation: { label: 'Insulation', format: capitalise },
  fillPower: { label: 'Fill power', format: (n: number) => number(n) },
  waterproof: { label: 'Waterproof', format: (b: boolean) => (b ? 'Yes' : 'No') },
  waterproofRatingMm: { label: 'Waterproof rating', format: withUnit('mm') },
  breathabilityGm2: { label: 'Breathability', format: withUnit('g/m²/24h') },
  lumens: { label: 'Brightness', format: withUnit('lm') },
  batteryLifeHours: { label: 'Battery life', format: withUnit('h') },
  fuelType: { label: 'Fuel', format: capitalise },
  boilTimeMinutes: { label: 'Boil time', format: withUnit('min') },
  ankleHeight: { label: 'Ankle height', format: capitalise },
  weightGrams: { label: 'Weight', format: withUnit('g') },
  packedSizeCm: { label: 'Packed size', format: (s: string) => (/cm\s*$/i.test(s) ? s : `${s} cm`) },
  material: { label: 'Material', format: (s: string) => s },
  fit: { label: 'Fit', format: capitalise },
  gender: { label: 'Gender', format: capitalise },
};

/** Attributes that matter most per category, most important first. */
const KEY_ATTRIBUTES: Record<Category, AttributeKey[]> = {
  jackets: ['waterproofRatingMm', 'breathabilityGm2', 'insulation', 'weightGrams', 'fit'],
  boots: ['waterproof', 'ankleHeight', 'weightGrams', 'material'],
  tents: ['persons', 'seasons', 'weightGrams', 'waterproofRatingMm', 'packedSizeCm'],
  backpacks: ['capacityLiters', 'weightGrams', 'waterproof', 'material'],
  'sleeping-bags': ['temperatureRatingC', 'insulation', 'fillPower', 'weightGrams', 'packedSizeCm'],
  stoves: ['fuelType', 'boilTimeMinutes', 'weightGrams', 'packedSizeCm'],
  lights: ['lumens', 'batteryLifeHours', 'waterproof', 'weightGrams'],
  'base-layers': ['material', 'fit', 'weightGrams', 'gender'],
  trousers: ['waterproof', 'material', 'fit', 'weightGrams'],
  accessories: ['material', 'weightGrams', 'capacityLiters', 'waterproof'],
};

function fact(attributes: ProductAttributes, key: AttributeKey): AttributeFact | undefined {
  const value = attributes[key];
  if (value === undefined) return undefined;
  const { label, format } = ATTRIBUTE_FORMATS[key];
  return { label, value: (format as (v: unknown) => string)(value) };
}

function facts(attributes: ProductAttributes, keys: readonly AttributeKey[]): AttributeFact[] {
  return keys.map((key) => fact(attributes, key)).filter((f): f is AttributeFact => f !== undefined);
}

/** Human label of a category slug: 'sleeping-bags' → 'sleeping bags'. */
export function categoryLabel(category: Category): string {
  return category.replace(/-/g, ' ');
}

/** Units in stock across all variants. */
export function totalStock(product: Product): number {
  return product.variants.reduce((sum, v) => sum + v.stock, 0);
}

/** True when at least one variant has stock. */
export function isInStock(product: Product): boolean {
  return product.variants.some((v) => v.stock > 0);
}

/** "In stock", "Only 3 left" or "Out of stock". */
export function stockLabel(product: Product): string {
  const stock = totalStock(product);
  if (stock === 0) return 'Out of stock';
  return stock <= LOW_STOCK_THRESHOLD ? `Only ${stock} left` : 'In stock';
}

const unique = (values: string[]): string[] => [...new Set(values)];

/** Distinct variant colours, in catalog order. */
export function colours(product: Product): string[] {
  return unique(product.variants.map((v) => v.color));
}

/** Distinct variant sizes, in catalog order. */
export function sizes(product: Product): string[] {
  return unique(product.variants.map((v) => v.size));
}

/** A money amount for display: formatPrice(249, 'USD') → "$249.00". */
export function formatPrice(amount: number, currency: string): string {
  let format = priceFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    priceFormats.set(currency, format);
  }
  return format.format(amount);
}

/** Up to four attributes that matter for the product's category, with units. */
export function keyAttributes(product: Product): AttributeFact[] {
  return facts(product.attributes, KEY_ATTRIBUTES[product.category]).slice(0, MAX_KEY_ATTRIBUTES);
}

/** One attribute of the product with its label and unit, or undefined when the product does not have it. */
export function attributeFact(product: Product, key: AttributeKey): AttributeFact | undefined {
  return fact(product.attributes, key);
}

/** Every attribute the product has, with units, in a stable order. */
export function allAttributes(product: Product): AttributeFact[] {
  return facts(product.attributes, Object.keys(ATTRIBUTE_FORMATS) as AttributeKey[]);
}
