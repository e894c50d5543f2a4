// Structured filters applied on top of keyword search. Product-level filters (category, brand,
// price, attributes) test the product; variant-level filters (colours, sizes, inStock) must all
// hold for one and the same variant, so "blue, medium, in stock" means a blue M that has stock.
// To add a filter, add a field to SearchFilters and a predicate builder to PRODUCT_PREDICATES or
// VARIANT_PREDICATES; the compiler enforces the pair.
import type { Category, Product, ProductAttributes, Variant } from '../domain/schemas';

/** Structured constraints on search results; every field set must hold. */
export interface SearchFilters {
  category?: Category;
  /** Compared case-insensitively with the product's brand. */
  brand?: string;
  /** Brands not wanted ("no Trailhound"), compared like `brand`. */
  excludeBrands?: string[];
  /** Inclusive, in the product's currency. */
  maxPrice?: number;
  /** Inclusive, in the product's currency. */
  minPrice?: number;
  /** Inclusive; products without a weight do not pass. */
  maxWeightGrams?: number;
  /** Inclusive: rated for this temperature or colder ("warmer"); products without a rating do not pass. */
  maxTemperatureC?: number;
  /** Inclusive; products without a capacity do not pass. */
  minCapacityLiters?: number;
  /** Inclusive: for at least this many people; products without a number do not pass. */
  minPersons?: number;
  /** Inclusive; products without a light output do not pass. */
  minLumens?: number;
  /** The product has a variant in one of these colours (compared case-insensitively). */
  colours?: string[];
  /** The product has a variant in one of these sizes, as the catalog writes them ("M", "EU 43"). */
  sizes?: string[];
  /** When true, a variant matching the colour and size filters (if any) has stock; false filters nothing. */
  inStock?: boolean;
  /** Attribute values the product must have, e.g. `{ waterproof: true, persons: 2 }`. */
  attributes?: Partial<Record<keyof ProductAttributes, string | number | boolean>>;
}

/** Filters tested on each variant; a product passes when one variant passes them all. */
export const VARIANT_FILTERS = ['colours', 'sizes', 'inStock'] as const;
type VariantKey = (typeof VARIANT_FILTERS)[number];
type ProductKey = Exclude<keyof SearchFilters, VariantKey>;

type Predicate<T> = (item: T) => boolean;
type Builders<K extends keyof SearchFilters, T> = {
  [P in K]-?: (value: NonNullable<SearchFilters[P]>) => Predicate<T>;
};

/** Lower case without accents: how filter values and catalog values are compared. */
const fold = (text: string): string => {
  const lower = text.trim().toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '');
};
/** A predicate true for any text equal to one of `wanted`, ignoring case and accents (fast for ASCII). */
const oneOf = (wanted: readonly string[]): ((text: string) => boolean) => {
  const folded = new Set(wanted.map(fold));
  return (text) => folded.has(fold(text));
};
const always = (): boolean => true;

/** One predicate builder per product-level filter. */
export const PRODUCT_PREDICATES: Builders<ProductKey, Product> = {
  category: (category) => (p) => p.category === category,
  brand: (brand) => {
    const matches = oneOf([brand]);
    return (p) => matches(p.brand);
  },
  excludeBrands: (brands) => {
    const excluded = oneOf(brands);
    return (p) => !excluded(p.brand);
  },
  maxPrice: (max) => (p) => p.price <= max,
  minPrice: (min) => (p) => p.price >= min,
  maxWeightGrams: (max) => (p) => p.attributes.weightGrams !== undefined && p.attributes.weightGrams <= max,
  maxTemperatureC: (max) => (p) =>
    p.attributes.temperatureRatingC !== undefined && p.attributes.temperatureRatingC <= max,
  minCapacityLiters: (min) => (p) =>
    p.attributes.capacityLiters !== undefined && p.attributes.capacityLiters >= min,
  minPersons: (min) => (p) => p.attributes.persons !== undefined && p.attributes.persons >= min,
  minLumens: (min) => (p) => p.attributes.lumens !== undefined && p.attributes.lumens >= min,
  attributes: (wanted) => (p) =>
    Object.entries(wanted).every(([name, value]) => {
      const actual = p.attributes[name as keyof ProductAttributes];
      // Unisex products suit a shopper asking for men's or women's.
      return actual === value || (name === 'gender' && actual === 'unisex');
    }),
};

/** One predicate builder per variant-level filter. */
export const VARIANT_PREDICATES: Builders<VariantKey, Variant> = {
  colours: (colours) => {
    const matches = oneOf(colours);
    return (v) => matches(v.color);
  },
  sizes: (sizes) => {
    const matches = oneOf(sizes);
    return (v) => matches(v.size);
  },
  inStock: (wanted) => (wanted ? (v) => v.stock > 0 : always),
};

/** True when a filter value constrains anything (unset, false, [] and {} do not). */
export function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** True when at least one filter is set. */
export function hasFilters(filters: SearchFilters = {}): boolean {
  return Object.values(filters).some(isSet);
}

function predicates<K extends keyof SearchFilters, T>(
  filters: SearchFilters,
  builders: Builders<K, T>,
): Predicate<T>[] {
  const out: Predicate<T>[] = [];
  for (const key of Object.keys(builders) as K[]) {
    const value = filters[key];
    if (!isSet(value)) continue;
    out.push(
      (builders[key] as (v: NonNullable<typeof value>) => Predicate<T>)(value as NonNullable<typeof value>),
    );
  }
  return out;
}

/** One predicate combining every filter that is set (always true when none are). */
export function filterPredicate(filters: SearchFilters = {}): Predicate<Product> {
  const onProduct = predicates(filters, PRODUCT_PREDICATES);
  const onVariant = predicates(filters, VARIANT_PREDICATES);
  const variantMatches = (v: Variant) => onVariant.every((matches) => matches(v));
  return (product) =>
    onProduct.every((matches) => matches(product)) &&
    (onVariant.length === 0 || product.variants.some(variantMatches));
}
