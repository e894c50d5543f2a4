// An order placed in the chat, as stored in Storage (`orders/<number>`): the store's Order shape with the
// shopper who owns it instead of a customer id, plus address, method, payment link and idempotency key.
import { z } from 'zod';
import { OrderSchema } from '../domain/schemas';
import { ShopperRefSchema } from '../shopper/shopperRef';
import { AddressSchema } from './address';
import { ReturnRequestSchema } from './returns';

/** A chat order. */
export const PlacedOrderSchema = OrderSchema.omit({ customerId: true }).extend({
  shopper: ShopperRefSchema,
  checkoutId: z.string().min(1),
  shippingMethod: z.enum(['standard', 'express']),
  shippingAddress: AddressSchema,
  paymentLink: z.string().min(1),
  cancelledAt: z.iso.datetime({ offset: true }).optional(),
  /** A coupon taken off the total (src/offers), and how much. */
  couponCode: z.string().optional(),
  discountCents: z.number().int().min(0).optional(),
  /** The shopper's return request (src/orders/returns), at most one per order. */
  returnRequest: ReturnRequestSchema.optional(),
});
export type PlacedOrder = z.infer<typeof PlacedOrderSchema>;

/** The Storage key of an order. */
export const orderKey = (number: string): string => `orders/${number}`;

/** The Storage key of the order-number sequence. */
export const ORDER_SEQUENCE_KEY = 'orders/sequence';

/** Statuses an order can still be cancelled from (nothing has left the warehouse). */
export const CANCELLABLE: ReadonlySet<PlacedOrder['status']> = new Set(['awaiting_payment', 'processing']);
