// A shopper's taste: their persona, personalised with a little noise, as weights over the catalogue.
import { CATEGORIES, type Category } from '../../src/domain/schemas';
import type { Shopper } from './customers';
import type { Rng } from './prng';
import type { CatalogItem } from './products';

/** How much a shopper likes each category and each product. */
export interface Taste {
  categoryWeights: Record<Category, number>;
  /** Within-category appeal of each catalogue item (same index as the catalogue). */
  scores: number[];
  /** Appeal relative to the best item of the same category, 0..1: "is this their kind of thing?". */
  fit: number[];
}

/** Computes a shopper's taste from their persona plus personal jitter. */
export function tasteOf(rng: Rng, shopper: Shopper, catalog: CatalogItem[]): Taste {
  const { persona } = shopper;
  const categoryWeights = Object.fromEntries(
    CATEGORIES.map((c) => [c, (persona.categories[c] ?? 0.15) * Math.exp(rng.normal(0, 0.45))]),
  ) as Record<Category, number>;
  const budget = clamp01(persona.budget + rng.normal(0, 0.1));
  const favourite = rng.weightedKey(persona.brands);
  const scores = catalog.map((item) => {
    const brand = (persona.brands[item.brand.name] ?? 1) * (item.brand.name === favourite ? 1.5 : 1);
    const tags = Math.min(
      8,
      Math.max(
        0.1,
        item.product.tags.reduce((m, t) => m * (persona.tags[t] ?? 1), 1),
      ),
    );
    return (
      brand *
      tags *
      budgetFit(budget, item.pricePercentile) *
      genderFit(shopper, item) *
      item.popularity ** 0.7
    );
  });
  return { categoryWeights, scores, fit: relativeFit(catalog, scores) };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Cheaper than the budget is tolerated more than dearer. */
function budgetFit(budget: number, percentile: number): number {
  const width = percentile < budget ? 0.45 : 0.22;
  return Math.max(0.03, Math.exp(-0.5 * ((percentile - budget) / width) ** 2));
}

function genderFit(shopper: Shopper, item: CatalogItem): number {
  const g = item.product.attributes.gender;
  if (!g || g === 'unisex') return 1;
  if (shopper.gender === 'unknown') return 0.6;
  return g === shopper.gender ? 1 : 0.06;
}

function relativeFit(catalog: CatalogItem[], scores: number[]): number[] {
  const best = new Map<Category, number>();
  catalog.forEach((item, i) =>
    best.set(item.product.category, Math.max(best.get(item.product.category) ?? 0, scores[i])),
  );
  return catalog.map((item, i) => scores[i] / (best.get(item.product.category) ?? 1));
}
