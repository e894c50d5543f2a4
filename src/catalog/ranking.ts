// Ranking contract: text relevance (raw BM25 from the term index) is normalised so the best
// hit scores 1, then a small product-quality bonus is added:
//   score = relevance / bestRelevance + ratingWeight · rating/5 + inStockWeight · (in stock ? 1 : 0)
// where rating is shrunk towards a prior by the review count, (rating·n + mean·m) / (n + m), so
// a 5.0 from one review does not outrank a 4.8 from three hundred.
// With the default weights the bonus is at most 0.1, so it only reorders hits whose relevance
// is within 10% of the best hit's: text relevance first, then rating and stock (an in-stock
// product beats an out-of-stock one of equal relevance unless it is rated over 3 stars lower).
// Hits below minRelevance of the best (a stray word in a description) are dropped as noise.
// Ties are broken by id, so results are deterministic.
import type { Product } from '../domain/schemas';
import { isInStock } from './productFacts';

/** One product with a score (raw relevance before ranking, blended after). */
export interface ScoredProduct {
  product: Product;
  score: number;
}

/** The weights the ranking contract names. */
export interface RankingWeights {
  ratingWeight: number;
  inStockWeight: number;
  minRelevance: number;
  ratingPrior: { mean: number; reviews: number };
}

/** The product's rating shrunk towards the prior by its review count. */
export function shrunkRating(product: Product, prior: RankingWeights['ratingPrior']): number {
  const n = product.reviewCount;
  if (n + prior.reviews <= 0) return product.rating;
  return (product.rating * n + prior.mean * prior.reviews) / (n + prior.reviews);
}

const better = (a: ScoredProduct, b: ScoredProduct): boolean =>
  a.score > b.score || (a.score === b.score && a.product.id < b.product.id);

/**
 * The best `limit` matches ranked by the contract above, and how many passed the relevance
 * floor in all. Selects the top hits without sorting every match (50,000-product catalogs).
 */
export function rankMatches(
  matches: readonly ScoredProduct[],
  weights: RankingWeights,
  limit: number,
): { hits: ScoredProduct[]; total: number } {
  let best = 0;
  for (const match of matches) if (match.score > best) best = match.score;
  const floor = weights.minRelevance * best;
  const top: ScoredProduct[] = [];
  let total = 0;
  for (const { product, score } of matches) {
    if (score < floor || score <= 0) continue;
    total++;
    const blended = {
      product,
      score:
        score / best +
        (weights.ratingWeight * shrunkRating(product, weights.ratingPrior)) / 5 +
        (isInStock(product) ? weights.inStockWeight : 0),
    };
    if (top.length === limit && (limit === 0 || !better(blended, top[limit - 1]))) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && better(blended, top[at - 1])) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = blended;
  }
  return { hits: top, total };
}
