// Baskets offers are judged against: the cart as viewed, or one product in view before anything is added.
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

/** One of a product, as a basket. */
export function basketOfProduct(product: Product): OfferBasket {
  return {
    lines: [
      {
        productId: product.id,
        category: product.category,
        unitCents: Math.round(product.price * 100),
        quantity: 1,
      },
    ],
  };
}
