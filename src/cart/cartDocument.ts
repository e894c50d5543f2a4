// The shopper's cart document in Storage: lines, plus the record of checkouts already turned into orders
// (the idempotency keys that make a repeated "yes" return the same order).
import { z } from 'zod';
import { ProductIdSchema } from '../domain/schemas';
import { shopperKey, type ShopperRef } from '../shopper/shopperRef';

/** One cart line: a variant (sku) of a product and how many. */
export const CartLineSchema = z
  .object({ productId: ProductIdSchema, sku: z.string().min(1), quantity: z.number().int().positive() })
  .strict();
export type CartLine = z.infer<typeof CartLineSchema>;

/** A shipping address as stored (validated by src/orders/address.ts). */
const StoredAddressSchema = z.record(z.string(), z.string());

/** The cart document. */
export const CartDocumentSchema = z
  .object({
    lines: z.array(CartLineSchema),
    /** checkout id → order number, for the most recent checkouts (idempotency). */
    placed: z.record(z.string(), z.string()),
    /** The shopper's order numbers, oldest first. */
    orders: z.array(z.string()),
    /** The address of the shopper's last order, offered again at the next checkout. */
    lastAddress: StoredAddressSchema.optional(),
    updatedAt: z.string().optional(),
  })
  .strict();
export type CartDocument = z.infer<typeof CartDocumentSchema>;

/** How many checkout ids a cart remembers. */
export const REMEMBERED_CHECKOUTS = 20;

/** An empty cart. */
export function emptyCart(): CartDocument {
  return { lines: [], placed: {}, orders: [] };
}

/** The cart's Storage key. */
export function cartKey(shopper: ShopperRef): string {
  return `${shopperKey(shopper)}/cart`;
}

/** Parses a stored cart; throws naming the key when it is damaged. */
export function parseCart(doc: unknown, key: string): CartDocument {
  if (doc === undefined) return emptyCart();
  const parsed = CartDocumentSchema.safeParse(doc);
  if (parsed.success) return parsed.data;
  throw new Error(`cart document ${key} is invalid: ${parsed.error.issues[0]?.message}`);
}
