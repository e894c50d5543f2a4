// Small choices a shopper makes at checkout and afterwards: which variant, how many, what rating.
import type { Variant } from '../../src/domain/schemas';
import type { Shopper } from './customers';
import type { Rng } from './prng';
import type { CatalogItem } from './products';

const GLOVE_SIZE: Record<string, string> = { S: 'S', M: 'M', L: 'L', XL: 'L' };

/** The variant a shopper buys: their size when the product is sized, any colour. */
export function variantFor(rng: Rng, shopper: Shopper, item: CatalogItem): Variant {
  const { variants } = item.product;
  const size = sizeFor(shopper, item);
  const mine = variants.filter((v) => v.size === size);
  return rng.pick(mine.length > 0 ? mine : variants);
}

function sizeFor(shopper: Shopper, item: CatalogItem): string | undefined {
  switch (item.kind.sizing) {
    case 'apparel':
      return shopper.apparelSize;
    case 'boots':
      return shopper.bootSize;
    case 'gloves':
      return GLOVE_SIZE[shopper.apparelSize];
    case 'one':
      return undefined;
  }
}

/** Mostly one; socks and other small consumables sometimes come in twos and threes. */
export function quantityFor(rng: Rng, item: CatalogItem): number {
  if (item.product.tags.includes('socks')) return rng.weighted([1, 2, 3], (n) => [5, 3, 2][n - 1]);
  if (item.product.category === 'accessories' && item.product.price < 30) return rng.chance(0.2) ? 2 : 1;
  return rng.chance(0.02) ? 2 : 1;
}

/** A 1–5 star rating: high for items that fit the shopper's taste, better for better products. */
export function ratingFor(rng: Rng, fit: number, item: CatalogItem): number {
  const mean = 2.7 + 1.9 * Math.sqrt(fit) + (item.quality - 0.5) * 0.8;
  return Math.min(5, Math.max(1, Math.round(rng.normal(mean, 0.7))));
}
