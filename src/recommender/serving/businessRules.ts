// The store's rules on what may be recommended, applied after scoring: in stock, not already bought,
// within the price range and filters asked for, and a little diversity (no more than a couple of
// products of one brand in one category, so five near-identical jackets never fill the carousel).
import { isInStock } from '../../catalog/productFacts';
import { filterPredicate, type SearchFilters } from '../../catalog/searchFilters';
import type { Product } from '../../domain/schemas';
import type { RecommendationReason } from './reasons';

/** A scored product with the reason it was suggested. */
export interface Candidate {
  product: Product;
  score: number;
  reason: RecommendationReason;
}

/** What the rules need to know. */
export interface RecommendationRules {
  /** Product ids never to suggest (bought, in the cart, the product being discussed). */
  exclude?: ReadonlySet<string>;
  /** Search filters that must hold (category, price range, colour, …). */
  filters?: SearchFilters;
  /** Only products with stock (default true). */
  inStockOnly?: boolean;
  /** At most this many products of one brand within one category (default 2). */
  maxPerBrandCategory?: number;
  /** At most this many products of one category, unless the filters fix the category (default 3). */
  maxPerCategory?: number;
}

/** The defaults of {@link applyRules}. */
export const RULE_DEFAULTS = { inStockOnly: true, maxPerBrandCategory: 2, maxPerCategory: 3 };

/**
 * The best `k` candidates (by score, ties by id) that pass the rules, diversified greedily: a candidate
 * over a brand/category cap is skipped while others remain, and used only to fill a short list.
 */
export function applyRules(
  candidates: readonly Candidate[],
  rules: RecommendationRules,
  k: number,
): Candidate[] {
  const { inStockOnly, maxPerBrandCategory, maxPerCategory } = { ...RULE_DEFAULTS, ...definedOnly(rules) };
  const passes = filterPredicate(rules.filters);
  const seen = new Set<string>();
  const eligible = [...candidates]
    .sort((a, b) => b.score - a.score || a.product.id.localeCompare(b.product.id))
    .filter((c) => {
      const ok = !seen.has(c.product.id) && !rules.exclude?.has(c.product.id);
      seen.add(c.product.id);
      return ok && (!inStockOnly || isInStock(c.product)) && passes(c.product);
    });
  const categoryCap = rules.filters?.category ? Infinity : maxPerCategory;
  const picked: Candidate[] = [];
  const overflow: Candidate[] = [];
  const perBrand = new Map<string, number>();
  const perCategory = new Map<string, number>();
  for (const c of eligible) {
    if (picked.length === k) break;
    const brandKey = `${c.product.category}/${c.product.brand}`;
    if (
      (perBrand.get(brandKey) ?? 0) >= maxPerBrandCategory ||
      (perCategory.get(c.product.category) ?? 0) >= categoryCap
    ) {
      overflow.push(c);
      continue;
    }
    picked.push(c);
    perBrand.set(brandKey, (perBrand.get(brandKey) ?? 0) + 1);
    perCategory.set(c.product.category, (perCategory.get(c.product.category) ?? 0) + 1);
  }
  return [...picked, ...overflow.slice(0, k - picked.length)];
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
