// What a kind of product is (a shell jacket, a family tent …) and helpers to describe one.
import type { Category, ProductAttributes } from '../../src/domain/schemas';
import type { Rng } from './prng';

/** How a kind's variants are sized. */
export type Sizing = 'apparel' | 'boots' | 'gloves' | 'one';

/** A kind of product within a category; `q` is the product's quality (0..1). */
export interface Kind {
  category: Category;
  key: string;
  /** Relative frequency within its category. */
  weight: number;
  /** The noun used in names, e.g. "Shell Jacket". */
  label: string;
  /** Price range (USD) from the lowest to the highest quality. */
  price: [number, number];
  tags: string[];
  /** Phrases like "for wet alpine days", used in descriptions. */
  uses: string[];
  sizing: Sizing;
  /** Gendered kinds get a gender attribute and a "Men's"/"Women's" name prefix. */
  gendered?: boolean;
  attrs(rng: Rng, q: number): ProductAttributes;
  /** Builds the product name from a line name; defaults to "<line> <label>". */
  name?(line: string, a: ProductAttributes): string;
}

/** Linear interpolation from a (q = 0) to b (q = 1). */
export const lerp = (a: number, b: number, q: number): number => a + (b - a) * q;

/** Rounds to a multiple of step. */
export const snap = (x: number, step: number): number => Math.round(x / step) * step;

/** A weight in grams: heavy at low quality, light at high quality, with a little noise. */
export function grams(rng: Rng, heavy: number, light: number, q: number): number {
  return snap(lerp(heavy, light, q) * rng.float(0.93, 1.07), 5);
}

/** A value that rises with quality, with noise, snapped to step. */
export function rising(rng: Rng, low: number, high: number, q: number, step: number): number {
  const x = lerp(low, high, Math.min(1, Math.max(0, q + rng.float(-0.1, 0.1))));
  return snap(x, step);
}

/** A packed size string such as "48 x 16 cm". */
export function packed(rng: Rng, length: [number, number], diameter: [number, number]): string {
  return `${rng.int(length[0], length[1])} x ${rng.int(diameter[0], diameter[1])} cm`;
}

/** A garment fit, "regular" most often. */
export function pickFit(rng: Rng): 'slim' | 'regular' | 'relaxed' {
  return rng.pick(['slim', 'regular', 'regular', 'relaxed'] as const);
}
