// Order status and cancellation: the order number (asked when the message has none), the shopper's own
// order only (any other number gets the same "I can't find that order"), and a yes before cancelling.
import {
  ConfirmPrompt,
  type DialogContext,
  type DialogTurnResult,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { MessageFactory } from 'botbuilder';
import { OrderNumberSchema } from '../src/domain/schemas';
import { toCents } from '../src/cart/money';
import { CANCELLABLE, type PlacedOrder } from '../src/orders/orderRecord';
import { InterruptibleDialog, leavingRequests } from './interruptibleDialog';
import { ShoppingDialogIds as Ids } from './shoppingDialogIds';
import { shopperOf, type ShoppingServices } from './shoppingServices';
import { ShopCopy } from './shoppingCopy';
import { repromptAfterStoreAside } from './faqReplies';
import type { Catalog, Faq } from './services';

// A fresh status or cancel request starts over with what it says (its number, or status vs cancel).
const LEAVES_ORDER = leavingRequests(
  'order_status',
  'cancel_order',
  'checkout',
  'view_cart',
  'return_refund',
);

/** How many of the shopper's latest orders are offered when they don't say which. */
const RECENT_ORDERS = 3;

/** Status or cancel, and the number if the message gave one. */
export interface OrderOptions {
  mode: 'status' | 'cancel';
  number?: string;
}

/** Shows or cancels one of the shopper's orders. */
export class OrderDialog extends InterruptibleDialog<OrderOptions> {
  constructor(
    private readonly shopping: ShoppingServices,
    private readonly catalog: Pick<Catalog, 'byId'>,
    private readonly faq: Pick<Faq, 'answer' | 'byTitle'>,
  ) {
    super(Ids.order);
    this.addDialog(
      new TextPrompt(Ids.askOrderNumber, async (p) => Boolean(orderNumberIn(p.recognized.value ?? ''))),
    );
    this.addDialog(new ConfirmPrompt(Ids.confirmCancel, undefined, 'en-us'));
    this.addDialog(
      new WaterfallDialog(Ids.orderFlow, [
        this.askNumberStep.bind(this),
        this.showStep.bind(this),
        this.cancelStep.bind(this),
      ]),
    );
    this.initialDialogId = Ids.orderFlow;
  }

  /** A search or another shopping request while the order number is asked leaves this flow. */
  protected override newRequests(): ReadonlySet<string> {
    return LEAVES_ORDER;
  }

  /** Help/cancel/start over as everywhere; a store question is answered and the question asked again. */
  protected override async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    return (await super.interrupt(dc)) ?? repromptAfterStoreAside(dc, this.faq);
  }

  /** The number from the message; else the shopper's only recent order; else asked (latest ones as buttons). */
  private async askNumberStep(step: WaterfallStepContext<OrderOptions>) {
    if (step.options.number) return step.next(step.options.number);
    const recent = await this.shopping.orders.recent(shopperOf(step.context), RECENT_ORDERS);
    if (recent.length === 1) return step.next(recent[0].id);
    const prompt =
      recent.length > 1
        ? MessageFactory.suggestedActions(
            recent.map((o) => o.id),
            ShopCopy.whichRecentOrder(),
          )
        : ShopCopy.askOrderNumber();
    return step.prompt(Ids.askOrderNumber, { prompt, retryPrompt: prompt });
  }

  private async showStep(step: WaterfallStepContext<OrderOptions>) {
    const number = orderNumberIn(String(step.result)) ?? '';
    const order = await this.shopping.orders.find(shopperOf(step.context), number);
    if (!order) {
      await step.context.sendActivity(ShopCopy.orderNotFound(number));
      return step.endDialog();
    }
    (step.values as { number?: string }).number = order.id;
    if (step.options.mode === 'status' || !CANCELLABLE.has(order.status)) {
      await step.context.sendActivity(
        step.options.mode === 'status'
          ? this.statusText(order)
          : ShopCopy.orderNotCancellable(order.id, order.status),
      );
      return step.endDialog();
    }
    return step.prompt(Ids.confirmCancel, {
      prompt: ShopCopy.confirmCancelOrder(order.id, toCents(order.total)),
    });
  }

  private async cancelStep(step: WaterfallStepContext<OrderOptions>) {
    const number = (step.values as { number: string }).number;
    if (step.result !== true) {
      await step.context.sendActivity(ShopCopy.orderKept(number));
      return step.endDialog();
    }
    const result = await this.shopping.orders.cancel(shopperOf(step.context), number);
    await step.context.sendActivity(
      result.kind === 'cancelled'
        ? ShopCopy.orderCancelled(number)
        : result.kind === 'notCancellable'
          ? ShopCopy.orderNotCancellable(number, result.order.status)
          : ShopCopy.orderNotFound(number),
    );
    return step.endDialog();
  }

  private statusText(order: PlacedOrder): string {
    const items = order.lines.map((l) => orderLineText(this.catalog, l)).join(', ');
    const status = ShopCopy.orderStatus({
      number: order.id,
      status: order.status,
      placed: order.placedAt.slice(0, 10),
      totalCents: toCents(order.total),
      items,
    });
    const request = order.returnRequest;
    return request
      ? `${status} ${ShopCopy.orderReturnNote(request.returnNumber, request.requestedAt.slice(0, 10))}`
      : status;
  }
}

/** The order number in a message ("it's 10234"), if any. */
export function orderNumberIn(text: string): string | undefined {
  const found = text.match(/\b\d{5,6}\b/)?.[0];
  return found && OrderNumberSchema.safeParse(found).success ? found : undefined;
}

/** "2 × Ridgeline Shell Jacket": an order line for people (the product id when the catalog lost it). */
export function orderLineText(catalog: Pick<Catalog, 'byId'>, line: PlacedOrder['lines'][number]): string {
  return `${line.quantity} × ${catalog.byId(line.productId)?.name ?? line.productId}`;
}
