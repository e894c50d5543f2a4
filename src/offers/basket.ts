// The basket offers are judged against: the cart as viewed.
import type { Category, Product } from '../domain/schemas';
import type { OfferBasket } from './eligibility';

/** The cart's lines (product, unit price in cents, quantity) as a basket. */
export function basketOf(
  lines: readonly { productId: string; unitCents: number; quantity: number }[],
  products: { byId(id: string): Product | undefined },
  shippingCents?: number,
): OfferBasket {
  return {
    lines: lines.flatMap((l) => {
      const category: Category | undefined = products.byId(l.productId)?.category;
      return category
        ? [{ productId: l.productId, category, unitCents: l.unitCents, quantity: l.quantity }]
        : [];
    }),
    shippingCents,
  };
}
