// A tiny catalog for cart and order tests: a jacket in two colours × two sizes (one variant sold out),
// a one-size tent and a cheap accessory.
import { MemoryStorage } from 'botbuilder';
import type { Product } from '../../src/domain/schemas';
import { makeProduct } from '../helpers/fixtureProducts';
import type { ShopperRef } from '../../src/shopper/shopperRef';

/** Fresh products (stock is mutable, so every test gets its own). */
export function shoppingProducts(): Product[] {
  return [
    makeProduct({
      id: 'JKT-0001',
      name: 'Ridgeline Shell Jacket',
      category: 'jackets',
      price: 249.5,
      variants: [
        { sku: 'JKT-0001-BLU-M', color: 'Glacier Blue', size: 'M', stock: 3 },
        { sku: 'JKT-0001-BLU-L', color: 'Glacier Blue', size: 'L', stock: 0 },
        { sku: 'JKT-0001-BLK-M', color: 'Black', size: 'M', stock: 5 },
        { sku: 'JKT-0001-BLK-L', color: 'Black', size: 'L', stock: 1 },
      ],
    }),
    makeProduct({
      id: 'TNT-0001',
      name: 'Summit Dome Tent',
      category: 'tents',
      price: 399,
      variants: [{ sku: 'TNT-0001-GRN-OS', color: 'Green', size: 'one size', stock: 2 }],
    }),
    makeProduct({
      id: 'ACC-0001',
      name: 'Trail Mug',
      category: 'accessories',
      price: 12.99,
      variants: [{ sku: 'ACC-0001-GRY-OS', color: 'Grey', size: 'one size', stock: 50 }],
    }),
  ];
}

/** A product lookup over some products. */
export function lookup(products: Product[]) {
  const byId = new Map(products.map((p) => [p.id, p]));
  return { byId: (id: string) => byId.get(id) };
}

/** A storage and two shoppers. */
export function shoppingWorld() {
  const products = shoppingProducts();
  return {
    products,
    catalog: lookup(products),
    storage: new MemoryStorage(),
    alice: { channelId: 'directline', userId: 'alice' } satisfies ShopperRef,
    bob: { channelId: 'directline', userId: 'bob' } satisfies ShopperRef,
  };
}
