// Starting a return: the order number (asked when the message has none), the shopper's own order only,
// eligibility from src/orders/returns, the reason and the items as choices, a summary and a yes, then the
// return number and what happens next. Not delivered yet → said (cancel offered while cancellable);
// outside the window → the FAQ's return policy and a person offered (requestHandoff).
import {
  ChoicePrompt,
  ConfirmPrompt,
  type DialogContext,
  type DialogTurnResult,
  TextPrompt,
  WaterfallDialog,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { MessageFactory } from 'botbuilder';
import { CANCELLABLE, type PlacedOrder } from '../src/orders/orderRecord';
import {
  RETURN_REASON_IDS,
  RETURN_WINDOW_DAYS,
  returnEligibility,
  type ReturnReason,
} from '../src/orders/returns';
import { choiceStyle } from './cartRendering';
import { repromptAfterStoreAside } from './faqReplies';
import { requestHandoff } from './handoffRequest';
import { InterruptibleDialog, leavingRequests } from './interruptibleDialog';
import { orderLineText, orderNumberIn } from './orderDialog';
import type { Catalog, Faq } from './services';
import { ShoppingDialogIds as Ids } from './shoppingDialogIds';
import { recordEvent, shopperOf, type ShoppingServices } from './shoppingServices';
import { RETURN_ALL_ITEMS, ShopCopy } from './shoppingCopy';

/** The FAQ article whose answer is the return policy. */
export const RETURN_POLICY_ARTICLE = 'return-policy';

/** The order number, if the message gave one. */
export interface ReturnOptions {
  number?: string;
}

/** What the flow has learnt so far. */
interface ReturnSlots {
  order: PlacedOrder;
  reason?: ReturnReason;
  skus?: string[];
}

const ALL = 'all';
const slots = (step: WaterfallStepContext) => step.values as ReturnSlots;
const day = (d: Date) => d.toISOString().slice(0, 10);

const LEAVES_RETURN = leavingRequests('checkout', 'view_cart');

/** Starts a return of one of the shopper's delivered orders. */
export class ReturnDialog extends InterruptibleDialog<ReturnOptions> {
  constructor(
    private readonly shopping: ShoppingServices,
    private readonly catalog: Pick<Catalog, 'byId'>,
    private readonly faq: Pick<Faq, 'answer' | 'byId' | 'byTitle'>,
  ) {
    super(Ids.returnOrder);
    this.addDialog(
      new TextPrompt(Ids.askReturnNumber, async (p) => Boolean(orderNumberIn(p.recognized.value ?? ''))),
    );
    this.addDialog(new ChoicePrompt(Ids.askReturnReason));
    this.addDialog(new ChoicePrompt(Ids.askReturnItems));
    this.addDialog(new ConfirmPrompt(Ids.confirmReturn, undefined, 'en-us'));
    this.addDialog(new ConfirmPrompt(Ids.offerPerson, undefined, 'en-us'));
    this.addDialog(
      new WaterfallDialog(Ids.returnFlow, [
        this.askNumberStep.bind(this),
        this.askReasonStep.bind(this),
        this.askItemsStep.bind(this),
        this.confirmStep.bind(this),
        this.startStep.bind(this),
      ]),
    );
    this.addDialog(
      new WaterfallDialog(Ids.returnPersonFlow, [
        this.offerPersonStep.bind(this),
        this.personStep.bind(this),
      ]),
    );
    this.initialDialogId = Ids.returnFlow;
  }

  /** A search or another shopping request while the return waits for an answer leaves it. */
  protected override newRequests(): ReadonlySet<string> {
    return LEAVES_RETURN;
  }

  /**
   * Help/cancel/start over as everywhere; a store question is answered and the question asked again
   * (while the reason or the items are asked, not one about returns: those answers read like one).
   */
  protected override async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const answering =
      dc.activeDialog?.id === Ids.askReturnReason || dc.activeDialog?.id === Ids.askReturnItems;
    return (
      (await super.interrupt(dc)) ?? repromptAfterStoreAside(dc, this.faq, answering ? ['return_refund'] : [])
    );
  }

  private async askNumberStep(step: WaterfallStepContext<ReturnOptions>) {
    if (step.options.number) return step.next(step.options.number);
    return step.prompt(Ids.askReturnNumber, {
      prompt: ShopCopy.askOrderNumber(),
      retryPrompt: ShopCopy.askOrderNumber(),
    });
  }

  private async askReasonStep(step: WaterfallStepContext<ReturnOptions>) {
    const number = orderNumberIn(String(step.result)) ?? '';
    const order = await this.shopping.orders.find(shopperOf(step.context), number);
    if (!order) return this.say(step, ShopCopy.orderNotFound(number));
    const eligibility = returnEligibility(order, new Date());
    switch (eligibility.kind) {
      case 'alreadyRequested':
        return this.say(step, ShopCopy.returnAlreadyRequested(eligibility.request.returnNumber, order.id));
      case 'closed':
        return this.say(step, ShopCopy.returnClosed(order.id, order.status));
      case 'notDelivered': {
        const cancellable = CANCELLABLE.has(order.status);
        const text = ShopCopy.returnNotDelivered(order.id, order.status, cancellable, RETURN_WINDOW_DAYS);
        await step.context.sendActivity(
          cancellable ? MessageFactory.suggestedActions([`Cancel order ${order.id}`], text) : text,
        );
        return step.endDialog();
      }
      case 'outsideWindow':
        await step.context.sendActivity(
          ShopCopy.returnOutsideWindow({
            number: order.id,
            delivered: day(eligibility.deliveredAt),
            days: RETURN_WINDOW_DAYS,
            policy: this.faq.byId(RETURN_POLICY_ARTICLE)?.answer ?? '',
          }),
        );
        return step.replaceDialog(Ids.returnPersonFlow, {
          detail: `return of order ${order.id}: delivered ${day(eligibility.deliveredAt)}, outside the ${RETURN_WINDOW_DAYS}-day window`,
        });
      case 'eligible':
        slots(step).order = order;
        return step.prompt(Ids.askReturnReason, {
          prompt: ShopCopy.askReturnReason(order.id),
          choices: RETURN_REASON_IDS.map((id) => ({ value: id, action: imBack(ShopCopy.returnReason(id)) })),
          style: choiceStyle(step.context),
        });
    }
  }

  private async askItemsStep(step: WaterfallStepContext<ReturnOptions>) {
    const s = slots(step);
    s.reason = (step.result as FoundChoice).value as ReturnReason;
    if (s.order.lines.length === 1) return step.next({ value: ALL });
    const choices = s.order.lines.map((l) => ({
      value: l.sku,
      action: imBack(orderLineText(this.catalog, l)),
    }));
    choices.push({ value: ALL, action: imBack(RETURN_ALL_ITEMS) });
    return step.prompt(Ids.askReturnItems, {
      prompt: ShopCopy.askReturnItems(s.order.id),
      choices: choices.map((c) => (c.value === ALL ? { ...c, synonyms: ['all', 'everything'] } : c)),
      style: choiceStyle(step.context),
    });
  }

  private async confirmStep(step: WaterfallStepContext<ReturnOptions>) {
    const s = slots(step);
    const picked = (step.result as FoundChoice).value;
    s.skus = picked === ALL ? s.order.lines.map((l) => l.sku) : [picked];
    const eligibility = returnEligibility(s.order, new Date());
    return step.prompt(Ids.confirmReturn, {
      prompt: ShopCopy.confirmReturn({
        number: s.order.id,
        items: this.itemsText(s.order, s.skus),
        reason: ShopCopy.returnReason(s.reason!),
        deadline: eligibility.kind === 'eligible' ? day(eligibility.deadline) : '',
      }),
    });
  }

  private async startStep(step: WaterfallStepContext<ReturnOptions>) {
    const s = slots(step);
    if (step.result !== true) return this.say(step, ShopCopy.returnKept(s.order.id));
    const result = await this.shopping.orders.startReturn(shopperOf(step.context), s.order.id, {
      reason: s.reason!,
      skus: s.skus,
    });
    if (result.kind === 'notFound') return this.say(step, ShopCopy.orderNotFound(s.order.id));
    if (result.kind === 'notReturnable') return this.say(step, ShopCopy.returnKept(s.order.id));
    if (result.kind === 'alreadyRequested')
      return this.say(step, ShopCopy.returnAlreadyRequested(result.request.returnNumber, s.order.id));
    await recordEvent(step.context, this.shopping.events, {
      type: 'return_requested',
      productIds: [...new Set(s.order.lines.filter((l) => s.skus!.includes(l.sku)).map((l) => l.productId))],
      orderNumber: s.order.id,
    });
    const items = this.itemsText(
      result.order,
      result.request.lines.map((l) => l.sku),
    );
    return this.say(step, ShopCopy.returnStarted(result.request.returnNumber, s.order.id, items));
  }

  private async offerPersonStep(step: WaterfallStepContext<{ detail: string }>) {
    return step.prompt(Ids.offerPerson, { prompt: ShopCopy.offerPersonForReturn() });
  }

  private async personStep(step: WaterfallStepContext<{ detail: string }>) {
    if (step.result !== true) return this.say(step, ShopCopy.personDeclined());
    // The bot opens the case after the dialogs and tells the shopper their place in the queue.
    requestHandoff(step.context, step.options.detail);
    return step.endDialog();
  }

  private async say(step: WaterfallStepContext, text: string) {
    await step.context.sendActivity(text);
    return step.endDialog();
  }

  private itemsText(order: PlacedOrder, skus: readonly string[]): string {
    return order.lines
      .filter((l) => skus.includes(l.sku))
      .map((l) => orderLineText(this.catalog, l))
      .join(', ');
  }
}

const imBack = (title: string) => ({ type: 'imBack', title, value: title });
