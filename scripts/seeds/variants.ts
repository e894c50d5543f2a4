// Variants: apparel and boots by colour × size, gear by colour only ("one size").
import type { ProductAttributes, Variant } from '../../src/domain/schemas';
import type { Kind } from './kind';
import type { Rng } from './prng';
import {
  APPAREL_COLORS,
  APPAREL_SIZES,
  BOOT_SIZES,
  COLORS,
  GEAR_COLORS,
  GLOVE_SIZES,
  ONE_SIZE,
} from './vocab';

/** The sizes a product comes in. */
export function sizesFor(kind: Kind, attrs: ProductAttributes): string[] {
  switch (kind.sizing) {
    case 'apparel':
      return APPAREL_SIZES;
    case 'boots':
      return BOOT_SIZES[attrs.gender ?? 'unisex'];
    case 'gloves':
      return GLOVE_SIZES;
    case 'one':
      return [ONE_SIZE];
  }
}

/** The short code of a size inside a SKU: "M", "42", "OS". */
function sizeCode(size: string): string {
  if (size === ONE_SIZE) return 'OS';
  return size.replace(/^EU /, '');
}

/** Colour × size variants with stock 0–40 (about one in ten sold out). */
export function variantsFor(rng: Rng, productId: string, kind: Kind, attrs: ProductAttributes): Variant[] {
  const apparel = kind.sizing === 'apparel' || kind.sizing === 'boots';
  const colors = apparel ? rng.sample(APPAREL_COLORS, rng.int(2, 4)) : rng.sample(GEAR_COLORS, rng.int(1, 3));
  const sizes = sizesFor(kind, attrs);
  return colors.flatMap((color) =>
    sizes.map((size) => ({
      sku: `${productId}-${COLORS[color]}-${sizeCode(size)}`,
      color,
      size,
      stock: rng.chance(0.1) ? 0 : rng.int(1, 40),
    })),
  );
}
