// Products like a given one, from catalog data: the same category, ranked by
// how close the price is and how many attribute values they share, in-stock
// first. A content-based neighbour list (the recommender refines this later).
import type { Product } from '../domain/schemas';
import { isInStock } from '../catalog/productFacts';

/** Up to `limit` products most like `product` among `candidates` (never the product itself). */
export function similarProducts(product: Product, candidates: readonly Product[], limit = 5): Product[] {
  const attrs = Object.entries(product.attributes);
  const score = (p: Product): number => {
    const priceCloseness = 1 - Math.min(1, Math.abs(p.price - product.price) / Math.max(product.price, 1));
    const shared = attrs.filter(([k, v]) => (p.attributes as Record<string, unknown>)[k] === v).length;
    const brand = p.brand === product.brand ? 0.25 : 0;
    return priceCloseness + shared / Math.max(attrs.length, 1) + brand + (isInStock(p) ? 0.5 : 0);
  };
  return candidates
    .filter((p) => p.id !== product.id && p.category === product.category)
    .map((p) => ({ p, s: score(p) }))
    .sort((a, b) => b.s - a.s || a.p.id.localeCompare(b.p.id))
    .slice(0, limit)
    .map(({ p }) => p);
}
