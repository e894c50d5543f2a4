// Places, finds and cancels chat orders. Placing is idempotent per checkout id: the shopper's cart
// document is the commit point (an eTag-checked write that empties the cart and records checkout id →
// order number), so a repeated "yes" or a retried request returns the order already placed, and only the
// request that won the commit takes the stock. Payment is out of scope: orders wait for payment behind a
// payment-link placeholder.
import type { CartService } from '../cart/cartService';
import { REMEMBERED_CHECKOUTS } from '../cart/cartDocument';
import { fromCents } from '../cart/money';
import { readDocument, updateDocument, type DocumentStorage } from '../storage/casDocument';
import { sameShopper, type ShopperRef } from '../shopper/shopperRef';
import { KeyedMutex } from '../storage/keyedMutex';
import type { Address } from './address';
import type { CatalogStock, StockNeed } from './catalogStock';
import {
  CANCELLABLE,
  ORDER_SEQUENCE_KEY,
  orderKey,
  PlacedOrderSchema,
  type PlacedOrder,
} from './orderRecord';
import { shippingOptions, type ShippingMethod } from './shippingRules';
import {
  returnEligibility,
  returnLines,
  returnNumberOf,
  type ReturnEligibility,
  type ReturnReason,
  type ReturnRequest,
} from './returns';

/** Options with defaults. */
export interface OrderServiceOptions {
  /** The first order number handed out when none has been (set above the seeded orders). */
  firstNumber: number;
  /** Where the shopper pays; the order number is appended (a placeholder until payments exist). */
  paymentLinkBase?: string;
  now?: () => Date;
}

/** Defaults for OrderServiceOptions. */
export const DEFAULTS = { paymentLinkBase: 'https://pay.example.invalid/orders/' };

/** What placing did. */
export type PlaceResult =
  | { kind: 'placed' | 'alreadyPlaced'; order: PlacedOrder }
  | { kind: 'emptyCart' }
  | { kind: 'noShipping' }
  | { kind: 'short'; line: StockNeed; available: number };

/** What cancelling did. */
export type CancelResult =
  | { kind: 'cancelled'; order: PlacedOrder }
  | { kind: 'notFound' }
  | { kind: 'notCancellable'; order: PlacedOrder };

/** What starting a return did: the request (new, or the one already made), or why there is none. */
export type ReturnResult =
  | { kind: 'requested' | 'alreadyRequested'; order: PlacedOrder; request: ReturnRequest }
  | { kind: 'notFound' }
  | { kind: 'notReturnable'; order: PlacedOrder; eligibility: ReturnRefusal };

/** Why an order can't be returned now. */
type ReturnRefusal = Exclude<ReturnEligibility, { kind: 'eligible' }>;

/** What the shopper pays: subtotal plus shipping less any discount, never below one cent. */
export function orderTotalCents(subtotalCents: number, shippingCents: number, discountCents = 0): number {
  return Math.max(1, subtotalCents + shippingCents - discountCents);
}

type Commit = { kind: 'already'; number: string } | { kind: 'committed'; lines: StockNeed[] } | PlaceResult;

/** Chat orders in Storage. */
export class OrderService {
  private readonly now: () => Date;
  // The sequence's first write has no eTag to check (Storage can't create-if-absent): serialise it here.
  private readonly locks = new KeyedMutex();

  constructor(
    private readonly storage: DocumentStorage,
    private readonly cart: Pick<CartService, 'update' | 'render' | 'document'>,
    private readonly stock: CatalogStock,
    private readonly options: OrderServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Turns the shopper's cart into an order awaiting payment, once per checkout id. */
  async place(
    shopper: ShopperRef,
    checkoutId: string,
    address: Address,
    method: ShippingMethod,
    /** A redeemed coupon to take off the total (checked by the offer service). */
    discount?: { code: string; cents: number },
  ): Promise<PlaceResult> {
    // A repeated yes or an empty cart is answered before a number is taken, so numbers have no gaps
    // unless two requests race (the commit below decides those).
    const current = await this.cart.document(shopper);
    const known = current.placed[checkoutId];
    if (known) return this.alreadyPlaced(known, checkoutId);
    if (current.lines.length === 0) return { kind: 'emptyCart' };
    const number = await this.nextNumber();
    let draft: PlacedOrder | undefined;
    const { result } = await this.cart.update<Commit>(shopper, (cart) => {
      const known = cart!.placed[checkoutId];
      if (known) return { keep: { kind: 'already', number: known } };
      const view = this.cart.render(cart!);
      if (view.lines.length === 0) return { keep: { kind: 'emptyCart' } };
      const short = this.stock.shortage(view.lines);
      if (short) return { keep: { kind: 'short', ...short } };
      const option = shippingOptions(address, view.totalCents).find((o) => o.method === method);
      if (!option) return { keep: { kind: 'noShipping' } };
      draft = PlacedOrderSchema.parse({
        id: number,
        shopper,
        checkoutId,
        status: 'awaiting_payment',
        lines: view.lines.map((l) => ({
          productId: l.productId,
          sku: l.sku,
          quantity: l.quantity,
          unitPrice: fromCents(l.unitCents),
        })),
        shippingCost: fromCents(option.costCents),
        total: fromCents(orderTotalCents(view.totalCents, option.costCents, discount?.cents)),
        ...(discount && { couponCode: discount.code, discountCents: discount.cents }),
        currency: 'USD',
        shippingCountry: address.country,
        placedAt: this.now().toISOString(),
        shippingMethod: method,
        shippingAddress: address,
        paymentLink: `${this.options.paymentLinkBase ?? DEFAULTS.paymentLinkBase}${number}`,
      });
      const placed = Object.entries({ ...cart!.placed, [checkoutId]: number }).slice(-REMEMBERED_CHECKOUTS);
      return {
        next: {
          ...cart!,
          lines: [],
          placed: Object.fromEntries(placed),
          orders: [...cart!.orders, number],
          lastAddress: address,
        },
        result: {
          kind: 'committed',
          lines: view.lines.map(({ productId, sku, quantity }) => ({ productId, sku, quantity })),
        },
      };
    });
    if (result.kind === 'already') return this.alreadyPlaced(result.number, checkoutId);
    if (result.kind !== 'committed') return result;
    // Only the request that committed gets here, once per checkout: write the order, take the stock.
    await this.storage.write({ [orderKey(number)]: { ...draft!, eTag: '*' } });
    await this.stock.take(result.lines);
    return { kind: 'placed', order: draft! };
  }

  private async alreadyPlaced(number: string, checkoutId: string): Promise<PlaceResult> {
    const order = await this.read(number);
    if (order) return { kind: 'alreadyPlaced', order };
    throw new Error(`order ${number} of checkout ${checkoutId} is recorded in the cart but missing`);
  }

  /** The shopper's own order with this number; someone else's or an unknown number is undefined alike. */
  async find(shopper: ShopperRef, number: string): Promise<PlacedOrder | undefined> {
    const order = await this.read(number);
    return order && sameShopper(order.shopper, shopper) ? order : undefined;
  }

  /** The shopper's most recent orders, newest first (at most `limit`). */
  async recent(shopper: ShopperRef, limit = 10): Promise<PlacedOrder[]> {
    const numbers = (await this.cart.document(shopper)).orders.slice(-limit).reverse();
    const orders = await Promise.all(numbers.map((n) => this.find(shopper, n)));
    return orders.filter((o): o is PlacedOrder => o !== undefined);
  }

  /** Cancels the shopper's order if nothing has shipped; the stock goes back exactly once. */
  async cancel(shopper: ShopperRef, number: string): Promise<CancelResult> {
    if (!(await this.find(shopper, number))) return { kind: 'notFound' };
    const { doc, result } = await updateDocument<PlacedOrder, CancelResult['kind']>(
      this.storage,
      orderKey(number),
      (order) => {
        if (!order || !CANCELLABLE.has(order.status)) return { keep: 'notCancellable' };
        return {
          next: { ...order, status: 'cancelled', cancelledAt: this.now().toISOString() },
          result: 'cancelled',
        };
      },
    );
    const order = PlacedOrderSchema.parse(doc);
    if (result === 'cancelled') await this.stock.restore(order.lines);
    return result === 'cancelled' ? { kind: 'cancelled', order } : { kind: 'notCancellable', order };
  }

  /**
   * Records a return request on the shopper's delivered order within the window (an eTag-checked update):
   * a repeated or concurrent confirmation gets the request already recorded, never a second one.
   */
  async startReturn(
    shopper: ShopperRef,
    number: string,
    request: { reason: ReturnReason; skus?: readonly string[] },
  ): Promise<ReturnResult> {
    if (!(await this.find(shopper, number))) return { kind: 'notFound' };
    const now = this.now();
    const { doc, result } = await updateDocument<PlacedOrder, ReturnRefusal | 'requested'>(
      this.storage,
      orderKey(number),
      (current) => {
        const order = PlacedOrderSchema.parse(current);
        const eligibility = returnEligibility(order, now);
        if (eligibility.kind !== 'eligible') return { keep: eligibility };
        const returnRequest: ReturnRequest = {
          returnNumber: returnNumberOf(order.id),
          reason: request.reason,
          lines: returnLines(order, request.skus),
          requestedAt: now.toISOString(),
        };
        return { next: { ...order, returnRequest }, result: 'requested' };
      },
    );
    const order = PlacedOrderSchema.parse(doc);
    if (result === 'requested') return { kind: 'requested', order, request: order.returnRequest! };
    if (result.kind === 'alreadyRequested')
      return { kind: 'alreadyRequested', order, request: result.request };
    return { kind: 'notReturnable', order, eligibility: result };
  }

  private async read(number: string): Promise<PlacedOrder | undefined> {
    const doc = await readDocument<PlacedOrder>(this.storage, orderKey(number));
    return doc && PlacedOrderSchema.parse(doc);
  }

  /** Allocates the next order number (an eTag-checked counter, so two orders never share one). */
  private async nextNumber(): Promise<string> {
    const { result } = await this.locks.run([ORDER_SEQUENCE_KEY], () =>
      updateDocument<{ next: number }, number>(this.storage, ORDER_SEQUENCE_KEY, (seq) => {
        const next = Math.max(seq?.next ?? 0, this.options.firstNumber);
        return { next: { next: next + 1 }, result: next };
      }),
    );
    return String(result);
  }
}
