// Product tags: the kind's own tags, plus tags derived from attributes and the brand tier.
import type { Category, ProductAttributes } from '../../src/domain/schemas';
import type { Kind } from './kind';
import { TIER_TAGS, type Brand } from './vocab';

/** Under this weight (grams) a product counts as ultralight. */
const ULTRALIGHT_GRAMS: Partial<Record<Category, number>> = {
  jackets: 250,
  tents: 1200,
  'sleeping-bags': 700,
  backpacks: 1000,
  stoves: 80,
  boots: 500,
};

/** The tag list of one product, without duplicates, in a stable order. */
export function productTags(kind: Kind, brand: Brand, a: ProductAttributes): string[] {
  const tags = [...kind.tags];
  if (a.waterproof) tags.push('waterproof');
  if (a.insulation === 'down') tags.push('down');
  if (a.material?.includes('merino')) tags.push('merino');
  if (a.seasons === 4) tags.push('4-season');
  if (a.persons !== undefined && a.persons >= 4) tags.push('family');
  if (a.temperatureRatingC !== undefined && a.temperatureRatingC <= -8) tags.push('winter');
  if (isUltralight(kind.category, a)) tags.push('ultralight');
  tags.push(TIER_TAGS[brand.tier]);
  return [...new Set(tags)];
}

function isUltralight(category: Category, a: ProductAttributes): boolean {
  const limit = ULTRALIGHT_GRAMS[category];
  if (limit === undefined || a.weightGrams === undefined || a.weightGrams > limit) return false;
  // A light daypack is just a daypack: for packs, only big-but-light ones count.
  return category !== 'backpacks' || (a.capacityLiters ?? 0) >= 35;
}
