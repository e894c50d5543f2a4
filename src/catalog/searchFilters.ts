// Structured filters applied on top of keyword search. To add one, add a field to
// SearchFilters and a predicate builder to FILTER_PREDICATES; the compiler enforces the pair.
import type { Category, Product, ProductAttributes } from '../domain/schemas';

/** Structured constraints on search results; every field set must hold. */
export interface SearchFilters {
  category?: Category;
  /** Compared case-insensitively with the product's brand. */
  brand?: string;
  /** Inclusive, in the product's currency. */
  maxPrice?: number;
  /** Inclusive, in the product's currency. */
  minPrice?: number;
  /** The product has a variant in one of these colours (compared case-insensitively). */
  colours?: string[];
  /** Attribute values the product must have, e.g. `{ waterproof: true, persons: 2 }`. */
  attributes?: Partial<Record<keyof ProductAttributes, string | number | boolean>>;
}

type Predicate = (product: Product) => boolean;
type PredicateBuilders = {
  [K in keyof SearchFilters]-?: (value: NonNullable<SearchFilters[K]>) => Predicate;
};

const sameText = (a: string, b: string): boolean => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

/** One predicate builder per filter field. */
export const FILTER_PREDICATES: PredicateBuilders = {
  category: (category) => (p) => p.category === category,
  brand: (brand) => (p) => sameText(p.brand, brand.trim()),
  maxPrice: (max) => (p) => p.price <= max,
  minPrice: (min) => (p) => p.price >= min,
  colours: (colours) => (p) => p.variants.some((v) => colours.some((c) => sameText(v.color, c))),
  attributes: (wanted) => (p) =>
    Object.entries(wanted).every(([name, value]) => {
      const actual = p.attributes[name as keyof ProductAttributes];
      // Unisex products suit a shopper asking for men's or women's.
      return actual === value || (name === 'gender' && actual === 'unisex');
    }),
};

/** True when at least one filter is set. */
export function hasFilters(filters: SearchFilters = {}): boolean {
  return Object.values(filters).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
}

/** One predicate combining every filter that is set (always true when none are). */
export function filterPredicate(filters: SearchFilters = {}): Predicate {
  const predicates: Predicate[] = [];
  for (const key of Object.keys(FILTER_PREDICATES) as (keyof SearchFilters)[]) {
    const value = filters[key];
    if (value === undefined) continue;
    const build = FILTER_PREDICATES[key] as (v: NonNullable<typeof value>) => Predicate;
    predicates.push(build(value));
  }
  return (product) => predicates.every((matches) => matches(product));
}
