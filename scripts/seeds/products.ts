// The catalogue: products with attributes, prices, variants and descriptions.
import { CATEGORIES, type Category, type Product, type ProductAttributes } from '../../src/domain/schemas';
import { describe } from './descriptions';
import type { Kind } from './kind';
import { kindsOf } from './kinds';
import type { Rng } from './prng';
import { productTags } from './tags';
import { variantsFor } from './variants';
import {
  BRANDS,
  CATEGORY_CODES,
  CATEGORY_COUNTS,
  DAY_MS,
  LINE_NAMES,
  REFERENCE_DATE,
  TIER_QUALITY,
  type Brand,
} from './vocab';
import { isoAt } from './time';

/** A product plus the hidden facts the behaviour generator uses. */
export interface CatalogItem {
  product: Product;
  kind: Kind;
  brand: Brand;
  /** 0..1, drives price, attributes and ratings. */
  quality: number;
  /** Hidden popularity multiplier (log-normal around 1). */
  popularity: number;
  /** Position of the price within its category, 0 (cheapest) .. 1. */
  pricePercentile: number;
  createdMs: number;
}

/** A product whose identity is fixed because tests and docs refer to it. */
interface Forced {
  kindKey: string;
  brand: string;
  line: string;
  attrs: ProductAttributes;
}
const FORCED: Partial<Record<Category, Forced>> = {
  jackets: {
    kindKey: 'shell',
    brand: 'Cairnward',
    line: 'Ridgeline',
    attrs: { waterproofRatingMm: 20000, gender: 'unisex' },
  },
};

/** Generates the whole catalogue, category by category. */
export function generateCatalog(rng: Rng): CatalogItem[] {
  const names = new Set<string>();
  const items = CATEGORIES.flatMap((category) => generateCategory(rng, category, names));
  for (const category of CATEGORIES)
    assignPricePercentiles(items.filter((i) => i.product.category === category));
  return items;
}

function generateCategory(rng: Rng, category: Category, names: Set<string>): CatalogItem[] {
  const kinds = kindsOf(category);
  const count = CATEGORY_COUNTS[category];
  const forced = FORCED[category];
  // Every kind at least once, the rest by weight; shuffled so ids don't follow kinds.
  // The forced product comes first, so it gets the category's first id.
  const rest = Array.from({ length: count - kinds.length - (forced ? 1 : 0) }, () =>
    rng.weighted(kinds, (k) => k.weight),
  );
  const chosen = rng.shuffle([...kinds, ...rest]);
  const lines = rng.shuffle(LINE_NAMES.filter((l) => l !== forced?.line));
  const idOf = (i: number) => `${CATEGORY_CODES[category]}-${String(i + 1).padStart(4, '0')}`;
  const first = forced ? [buildItem(rng, idOf(0), kindByKey(kinds, forced.kindKey), forced, names)] : [];
  const others = chosen.map((kind, i) =>
    buildItem(rng, idOf(i + first.length), kind, undefined, names, lines),
  );
  return [...first, ...others];
}

function kindByKey(kinds: Kind[], key: string): Kind {
  const kind = kinds.find((k) => k.key === key);
  if (!kind) throw new Error(`no kind ${key}`);
  return kind;
}

function buildItem(
  rng: Rng,
  id: string,
  kind: Kind,
  forced: Forced | undefined,
  names: Set<string>,
  lines: string[] = [],
): CatalogItem {
  const brand = forced ? BRANDS.find((b) => b.name === forced.brand)! : pickBrand(rng, kind);
  const [qLow, qHigh] = TIER_QUALITY[brand.tier];
  const quality = rng.float(qLow, qHigh);
  const attrs: ProductAttributes = { ...kind.attrs(rng, quality), ...genderOf(rng, kind), ...forced?.attrs };
  const name = uniqueName(kind, attrs, forced ? [forced.line] : lines, names);
  const tags = productTags(kind, brand, attrs);
  const createdMs = forced ? REFERENCE_DATE - 700 * DAY_MS : createdTime(rng);
  const product: Product = {
    id,
    name,
    brand: brand.name,
    category: kind.category,
    price: priceOf(rng, kind, quality),
    currency: 'USD',
    description: describe(rng, { name, brand, kind, attrs, tags }),
    attributes: attrs,
    variants: variantsFor(rng, id, kind, attrs),
    rating: Math.round(Math.min(5, Math.max(3, rng.normal(3.5 + 1.2 * quality, 0.35))) * 10) / 10,
    reviewCount: 0,
    tags,
    createdAt: isoAt(createdMs),
  };
  const popularity = Math.exp(rng.normal(0, 0.6));
  product.reviewCount = Math.max(1, Math.round(Math.exp(rng.normal(3.2, 0.9)) * popularity));
  return { product, kind, brand, quality, popularity, pricePercentile: 0, createdMs };
}

function pickBrand(rng: Rng, kind: Kind): Brand {
  const makers = BRANDS.filter((b) => (b.focus[kind.category] ?? 0) > 0);
  const overlap = (b: Brand) => b.affinity.filter((t) => kind.tags.includes(t)).length;
  const fit = (b: Brand) => (overlap(b) > 0 ? 1 + 2 * overlap(b) : 0.35);
  return rng.weighted(makers, (b) => (b.focus[kind.category] ?? 0) * fit(b));
}

function genderOf(rng: Rng, kind: Kind): ProductAttributes {
  if (!kind.gendered) return {};
  return {
    gender: rng.weighted(['men', 'women', 'unisex'] as const, (g) => ({ men: 42, women: 40, unisex: 18 })[g]),
  };
}

/** Line names are used once per category; names are unique across the store. */
function uniqueName(kind: Kind, attrs: ProductAttributes, lines: string[], names: Set<string>): string {
  const prefix = attrs.gender === 'men' ? "Men's " : attrs.gender === 'women' ? "Women's " : '';
  while (lines.length > 0) {
    const line = lines.shift()!;
    const name = prefix + (kind.name ? kind.name(line, attrs) : `${line} ${kind.label}`);
    if (!names.has(name)) {
      names.add(name);
      return name;
    }
  }
  throw new Error(`ran out of line names for ${kind.category}`);
}

/** Price from quality within the kind's range, ending in .99 or .00 (a multiple of 5). */
function priceOf(rng: Rng, kind: Kind, quality: number): number {
  const [low, high] = kind.price;
  const raw = Math.min(high, Math.max(low, (low + (high - low) * quality) * rng.float(0.94, 1.06)));
  if (raw < 20) return (Math.round(raw) * 100 - 1) / 100;
  const five = Math.max(5, Math.round(raw / 5) * 5);
  return rng.chance(0.7) ? (five * 100 - 1) / 100 : five;
}

/** Most of the catalogue predates the behaviour window; about a third are newer arrivals. */
function createdTime(rng: Rng): number {
  const daysAgo = rng.chance(0.68) ? rng.int(545, 729) : rng.int(10, 544);
  return REFERENCE_DATE - daysAgo * DAY_MS - rng.int(0, 86399) * 1000;
}

function assignPricePercentiles(items: CatalogItem[]): void {
  const sorted = [...items].sort((a, b) => a.product.price - b.product.price);
  sorted.forEach((item, rank) => (item.pricePercentile = items.length > 1 ? rank / (items.length - 1) : 0.5));
}
