// Phrase indexes built from the lexicons and the catalog: one per lexicon-backed entity type.
import type { Category, Product } from '../../domain/schemas';
import type { Lexicons } from './lexiconSchemas';
import { PhraseIndex } from './phraseIndex';
import { phraseWords } from './tokens';
import type { AttributeValue, PriceRangeValue } from './types';

/** Base scores of lexicon matches; weak words are ambiguous on their own ("bag", "shell"). */
export const LEXICON_SCORES = {
  category: 0.9,
  categoryWeak: 0.6,
  material: 0.85,
  attribute: 0.85,
  priceBand: 0.8,
  priceRelative: 0.85,
  brand: 0.95,
  brandPart: 0.8,
  size: 0.85,
};

/** Category words → category. */
export function buildCategoryIndex(lexicon: Lexicons['categories']): PhraseIndex<Category> {
  const index = new PhraseIndex<Category>();
  const entries = Object.entries(lexicon.categories) as [Category, { words: string[]; weak: string[] }][];
  for (const [category, { words }] of entries)
    for (const w of words) index.add(w, category, LEXICON_SCORES.category);
  for (const [category, { weak }] of entries)
    for (const w of weak) index.add(w, category, LEXICON_SCORES.categoryWeak);
  return index;
}

/** Single words that name a category ("tent", "jacket"), for clash and countability checks. */
export function categoryWordMap(lexicon: Lexicons['categories']): Map<string, Category> {
  const map = new Map<string, Category>();
  for (const [category, { words }] of Object.entries(lexicon.categories) as [Category, { words: string[] }][])
    for (const w of words) {
      const keys = phraseWords(w);
      if (keys.length === 1 && !map.has(keys[0])) map.set(keys[0], category);
    }
  return map;
}

/** Material words → canonical material name. */
export function buildMaterialIndex(lexicon: Lexicons['materials']): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const m of lexicon.materials) for (const w of m.words) index.add(w, m.name, LEXICON_SCORES.material);
  return index;
}

/** Attribute words → `{ name, value }`. */
export function buildAttributeIndex(lexicon: Lexicons['attributes']): PhraseIndex<AttributeValue> {
  const index = new PhraseIndex<AttributeValue>();
  for (const f of lexicon.flags)
    for (const w of f.words) index.add(w, { name: f.name, value: f.value }, LEXICON_SCORES.attribute);
  return index;
}

/** Price words → a band ("cheap" → low) or a direction ("cheaper" → lower). */
export function buildPriceWordIndex(lexicon: Lexicons['prices']): PhraseIndex<PriceRangeValue> {
  const index = new PhraseIndex<PriceRangeValue>();
  for (const r of lexicon.relative)
    for (const w of r.words) index.add(w, { relative: r.direction }, LEXICON_SCORES.priceRelative);
  for (const b of lexicon.bands)
    for (const w of b.words) index.add(w, { band: b.band }, LEXICON_SCORES.priceBand);
  return index;
}

/** Apparel size words → catalog size ("extra large" → "XL"). */
export function buildApparelSizeIndex(lexicon: Lexicons['sizes']): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const s of lexicon.apparel) for (const w of s.words) index.add(w, s.name, LEXICON_SCORES.size);
  return index;
}

/**
 * Catalog brands → brand name; a multi-word brand is also found by its first word when that word
 * is in no product name and no other lexicon ("larchwood" → Larchwood Outfitters).
 */
export function buildBrandIndex(
  products: readonly Product[],
  taken: ReadonlySet<string>,
): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  const brands = [...new Set(products.map((p) => p.brand))];
  for (const brand of brands) index.add(brand.toLowerCase(), brand, LEXICON_SCORES.brand);
  for (const brand of brands) {
    const words = phraseWords(brand.toLowerCase());
    if (words.length > 1 && !taken.has(words[0]) && words[0].length > 2)
      index.add(words[0], brand, LEXICON_SCORES.brandPart);
  }
  return index;
}
