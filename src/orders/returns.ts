// Returns of delivered chat orders: the window (the FAQ's return-policy article states the same number of
// days; a test keeps them equal), the reasons a shopper picks from, and whether an order can be returned
// now. Recording the request is OrderService.startReturn (an eTag-checked update of the order).
import { z } from 'zod';
import type { PlacedOrder } from './orderRecord';

/** Days after delivery within which an order can be returned (knowledge/faq/returns.json says the same). */
export const RETURN_WINDOW_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a shopper returns something: the ids are stored. */
export const RETURN_REASON_IDS = [
  'doesnt_fit',
  'damaged',
  'not_as_described',
  'wrong_item',
  'changed_mind',
  'other',
] as const;

/** A return reason id. */
export const ReturnReasonSchema = z.enum(RETURN_REASON_IDS);
export type ReturnReason = z.infer<typeof ReturnReasonSchema>;

/** A return request recorded on an order (one per order). */
export const ReturnRequestSchema = z
  .object({
    returnNumber: z.string().regex(/^R\d{5,6}$/),
    reason: ReturnReasonSchema,
    lines: z
      .array(z.object({ sku: z.string().min(1), quantity: z.number().int().positive() }).strict())
      .min(1),
    requestedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type ReturnRequest = z.infer<typeof ReturnRequestSchema>;

/** The return number of an order (one return per order): R + the order number. */
export const returnNumberOf = (orderNumber: string): string => `R${orderNumber}`;

/** Whether an order can be returned now. */
export type ReturnEligibility =
  | { kind: 'eligible'; deliveredAt: Date; deadline: Date }
  | { kind: 'notDelivered'; status: PlacedOrder['status'] }
  | { kind: 'outsideWindow'; deliveredAt: Date; deadline: Date }
  | { kind: 'alreadyRequested'; request: ReturnRequest }
  /** Cancelled, or already returned without a chat request. */
  | { kind: 'closed'; status: PlacedOrder['status'] };

/**
 * Whether `order` can be returned at `now`: delivered, no request yet, and `now` at most
 * RETURN_WINDOW_DAYS after delivery (a delivered order without a delivery date counts from shipping, else
 * from placing — never more generous than the truth).
 */
export function returnEligibility(order: PlacedOrder, now: Date): ReturnEligibility {
  if (order.returnRequest) return { kind: 'alreadyRequested', request: order.returnRequest };
  if (order.status === 'cancelled' || order.status === 'returned')
    return { kind: 'closed', status: order.status };
  if (order.status !== 'delivered') return { kind: 'notDelivered', status: order.status };
  const deliveredAt = new Date(order.deliveredAt ?? order.shippedAt ?? order.placedAt);
  const deadline = new Date(deliveredAt.getTime() + RETURN_WINDOW_DAYS * DAY_MS);
  return now.getTime() <= deadline.getTime()
    ? { kind: 'eligible', deliveredAt, deadline }
    : { kind: 'outsideWindow', deliveredAt, deadline };
}

/** The lines to return: the skus picked (all of each line), or every line when none are; throws on skus not in the order. */
export function returnLines(order: PlacedOrder, skus?: readonly string[]): ReturnRequest['lines'] {
  const picked = skus && skus.length > 0 ? order.lines.filter((l) => skus.includes(l.sku)) : order.lines;
  if (picked.length === 0) throw new Error(`order ${order.id} has none of the skus ${skus?.join(', ')}`);
  return picked.map(({ sku, quantity }) => ({ sku, quantity }));
}
