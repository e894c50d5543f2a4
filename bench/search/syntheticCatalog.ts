// A deterministic synthetic catalog of any size grown from the seeded products: each synthetic
// product copies a seeded one and varies its model name, brand, price, rating, attributes and
// stock, so its words, categories and filters look like the store's but the vocabulary grows.
import type { Product, ProductAttributes, Variant } from '../../src/domain/schemas';
import { seededRandom } from '../../src/random';

const SYLLABLES =
  'ka lo ri ven tor mar sil bra quen dal fen gor hal ith jor kel lun mor nax pel ros sar tam ul var wen yor zel ash bri cor dun'.split(
    ' ',
  );
const BRAND_SUFFIXES = ['', ' Outdoors', ' Gear', ' Co', ' Works', ' Mountain', ' Supply'];
const MODEL_MARKS = ['', '', ' II', ' Pro', ' Lite', ' XT', ' 2.0', ' Plus'];
const EXTRA_TAGS = [
  'trail',
  'alpine',
  'budget',
  'premium',
  'lightweight',
  'durable',
  'family',
  'travel',
  'winter',
];

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A made-up word of two or three syllables ("Venmarsil"). */
function coined(rand: () => number): string {
  const count = rand() < 0.6 ? 2 : 3;
  return capitalise(Array.from({ length: count }, () => pick(rand, SYLLABLES)).join(''));
}

/** Three capital letters for the i-th block of 9,999 ids (AAA, AAB, …). */
function idPrefix(block: number): string {
  const letter = (n: number) => String.fromCharCode(65 + (n % 26));
  return letter(Math.floor(block / 676)) + letter(Math.floor(block / 26)) + letter(block);
}

/** The seeded name with its model word replaced: "Men's Basalt Hiking Boot" → "Men's Torven Hiking Boot XT". */
function rename(rand: () => number, name: string): string {
  const words = name.split(' ');
  const model = words.findIndex((w) => !/['’]s$/.test(w) && /^[A-Z]/.test(w));
  if (model >= 0) words[model] = coined(rand);
  return (words.join(' ') + pick(rand, MODEL_MARKS)).slice(0, 80);
}

function jitter(rand: () => number, value: number, spread: number): number {
  return value * (1 - spread + 2 * spread * rand());
}

function varyAttributes(rand: () => number, attributes: ProductAttributes): ProductAttributes {
  const out: ProductAttributes = { ...attributes };
  if (out.weightGrams !== undefined) out.weightGrams = Math.round(jitter(rand, out.weightGrams, 0.2));
  if (out.capacityLiters !== undefined)
    out.capacityLiters = Math.max(1, Math.round(jitter(rand, out.capacityLiters, 0.2)));
  if (out.lumens !== undefined) out.lumens = Math.max(1, Math.round(jitter(rand, out.lumens, 0.3)));
  if (out.waterproof !== undefined && rand() < 0.2) out.waterproof = !out.waterproof;
  if (out.persons !== undefined && rand() < 0.3)
    out.persons = Math.max(1, out.persons + (rand() < 0.5 ? -1 : 1));
  return out;
}

function varyVariants(rand: () => number, variants: Variant[], id: string): Variant[] {
  const soldOut = rand() < 0.15;
  return variants.map((v, i) => ({
    ...v,
    sku: `${id}-${i}`,
    stock: soldOut || rand() < 0.2 ? 0 : Math.floor(rand() * 40),
  }));
}

/** `count` products grown from `base` with a seeded generator; ids are unique and schema-shaped. */
export function syntheticCatalog(base: readonly Product[], count: number, seed = 42): Product[] {
  const rand = seededRandom(seed); // the same seed gives the same catalog
  const brands = Array.from({ length: 400 }, () => coined(rand) + pick(rand, BRAND_SUFFIXES));
  const products: Product[] = [];
  for (let i = 0; i < count; i++) {
    const from = base[i % base.length];
    const id = `${idPrefix(Math.floor(i / 9999))}-${String((i % 9999) + 1).padStart(4, '0')}`;
    const name = rename(rand, from.name);
    const brand = rand() < 0.3 ? from.brand : pick(rand, brands);
    products.push({
      ...from,
      id,
      name,
      brand,
      price: Math.max(1, Math.round(jitter(rand, from.price, 0.35) * 100) / 100),
      description: from.description.replace(from.name, name).replace(from.brand, brand),
      attributes: varyAttributes(rand, from.attributes),
      variants: varyVariants(rand, from.variants, id),
      rating: Math.round(Math.min(5, Math.max(1, jitter(rand, from.rating, 0.15))) * 10) / 10,
      reviewCount: Math.floor(rand() * 500),
      tags: rand() < 0.5 ? [...from.tags, pick(rand, EXTRA_TAGS)] : from.tags,
    });
  }
  return products;
}
