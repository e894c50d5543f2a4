// The checkout goal: address (the last one offered again), shipping method (asked only when there is a
// choice), a summary, an explicit yes, then the order. A store question on the way is answered and the
// step asked again.
import {
  ChoicePrompt,
  ConfirmPrompt,
  TextPrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
  DialogTurnStatus,
} from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { addressLine, AddressSchema, parseAddress, type Address } from '../src/orders/address';
import { toCents } from '../src/cart/money';
import { orderTotalCents } from '../src/orders/orderService';
import { shippingOptions, type ShippingOption } from '../src/orders/shippingRules';
import { InterruptibleDialog, leavingRequests } from './interruptibleDialog';
import { ShoppingDialogIds as Ids } from './shoppingDialogIds';
import { recordEvent, shopperOf, type ShoppingServices } from './shoppingServices';
import { CONFIRM_ORDER_CHOICES, ShopCopy } from './shoppingCopy';
import { cartLines, lineVariant } from './cards/cartCard';
import { choiceStyle, sendCart } from './cartRendering';
import { answerStoreAside } from './faqReplies';
import { OfferCopy } from './offerCopy';
import { getRecognition } from './turnRecognition';
import { afterPlacing, checkoutDiscount, redeemForCheckout, type CheckoutDiscount } from './offerCheckout';
import { findCouponCode } from '../src/offers/couponCodes';
import type { Faq } from './services';

interface CheckoutState {
  checkoutId: string;
  address?: Address;
  options?: ShippingOption[];
  option?: ShippingOption;
  /** A coupon code typed with the checkout request, and the discount shown on the summary. */
  typedCode?: string;
  discount?: CheckoutDiscount;
}

const LEAVES_CHECKOUT = leavingRequests('order_status');

/** Checks out the shopper's cart. */
export class CheckoutDialog extends InterruptibleDialog {
  constructor(
    private readonly shopping: ShoppingServices,
    private readonly faq: Faq,
  ) {
    super(Ids.checkout);
    this.addDialog(new ConfirmPrompt(Ids.useSavedAddress));
    this.addDialog(new TextPrompt(Ids.askAddress, (p) => this.validateAddress(p)));
    this.addDialog(new ChoicePrompt(Ids.askShipping));
    const confirmOrder = new ConfirmPrompt(Ids.confirmOrder, undefined, 'en-us');
    confirmOrder.confirmChoices = CONFIRM_ORDER_CHOICES;
    this.addDialog(confirmOrder);
    this.addDialog(
      new WaterfallDialog(Ids.checkoutFlow, [
        this.startStep.bind(this),
        this.addressStep.bind(this),
        this.shippingStep.bind(this),
        this.summaryStep.bind(this),
        this.placeStep.bind(this),
      ]),
    );
    this.initialDialogId = Ids.checkoutFlow;
  }

  /** A search or another product while checking out leaves the checkout (the cart stays as it is). */
  protected override newRequests(): ReadonlySet<string> {
    return LEAVES_CHECKOUT;
  }

  /** Help/cancel/start over as everywhere; a store question or "show my cart" is answered and the step asked again. */
  protected override async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    // A coupon code is unmistakable, whatever the NLU makes of the words around it.
    const code = findCouponCode(dc.context.activity.text ?? '');
    if (code) return this.takeCode(dc, code);
    const handled = await super.interrupt(dc);
    if (handled) return handled;
    if (!(await answerStoreAside(dc.context, this.faq))) {
      const recognition = getRecognition(dc.context);
      if (recognition?.intent !== 'view_cart' || recognition.score < 0.7) return undefined;
      await sendCart(dc.context, await this.shopping.cart.view(shopperOf(dc.context)));
    }
    await dc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  private async startStep(step: WaterfallStepContext) {
    const cart = await this.shopping.cart.document(shopperOf(step.context));
    if (cart.lines.length === 0) {
      await step.context.sendActivity(ShopCopy.cartEmptyAtCheckout());
      return step.endDialog();
    }
    state(step).checkoutId = randomUUID();
    state(step).typedCode = findCouponCode(step.context.activity.text ?? '') ?? undefined;
    await this.record(step, 'start');
    const saved = AddressSchema.safeParse(cart.lastAddress);
    if (!saved.success) return step.next(false);
    state(step).address = saved.data;
    return step.prompt(Ids.useSavedAddress, { prompt: ShopCopy.useSavedAddress(addressLine(saved.data)) });
  }

  private async addressStep(step: WaterfallStepContext) {
    if (step.result === true) return step.next(state(step).address);
    state(step).address = undefined;
    return step.prompt(Ids.askAddress, { prompt: ShopCopy.askAddress() });
  }

  private async validateAddress(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const parsed = parseAddress(prompt.recognized.value ?? '');
    if (parsed.ok) return true;
    const problems = parsed.problems.map((code) => ShopCopy.addressProblem(code, parsed.country)).join('; ');
    (prompt.options as { retryPrompt?: unknown }).retryPrompt = ShopCopy.addressRetry(problems);
    return false;
  }

  private async shippingStep(step: WaterfallStepContext) {
    const s = state(step);
    s.address ??= (parseAddress(String(step.result)) as { address: Address }).address;
    await this.record(step, 'address');
    const view = await this.shopping.cart.view(shopperOf(step.context));
    s.options = shippingOptions(s.address, view.totalCents);
    if (s.options.length === 1) return step.next({ index: 0 });
    const choices = s.options.map((o) => ({
      value: o.method,
      action: {
        type: 'imBack',
        title: ShopCopy.shippingOption(o.method, o.costCents, o.days),
        value: o.method,
      },
      synonyms: [o.method],
    }));
    return step.prompt(Ids.askShipping, {
      prompt: ShopCopy.askShipping(),
      choices,
      style: choiceStyle(step.context),
    });
  }

  private async summaryStep(step: WaterfallStepContext) {
    const s = state(step);
    s.option = s.options![(step.result as { index: number }).index];
    await this.record(step, 'shipping');
    await this.sendSummary(step.context, s, s.option, s.address!);
    return step.prompt(Ids.confirmOrder, { prompt: ShopCopy.confirmOrder() });
  }

  /** The order as it would be placed, with the best discount (the typed code's, when it applies). */
  private async sendSummary(
    context: TurnContext,
    s: CheckoutState,
    option: ShippingOption,
    address: Address,
  ) {
    const view = await this.shopping.cart.view(shopperOf(context));
    s.discount = await checkoutDiscount(context, this.shopping, view, option.costCents, s.typedCode);
    const discountLine = s.discount ? [OfferCopy.summaryDiscount(s.discount.code, s.discount.cents)] : [];
    const text = ShopCopy.summaryText({
      lines: [...cartLines(view), ...discountLine].join('\n'),
      subtotal: view.totalCents,
      method: option.method,
      shipping: option.costCents,
      total: orderTotalCents(view.totalCents, option.costCents, s.discount?.cents),
      address: addressLine(address),
    });
    await context.sendActivity(`${ShopCopy.summaryIntro()}\n\n${text}`);
  }

  /**
   * A coupon code typed during the checkout: kept for the summary; at the summary itself, the summary
   * is shown again with it. The question is then asked again.
   */
  private async takeCode(dc: DialogContext, code: string): Promise<DialogTurnResult | undefined> {
    const s = dc.stack.find((d) => d.id === Ids.checkoutFlow)?.state?.values as CheckoutState | undefined;
    if (!s) return undefined;
    s.typedCode = code;
    if (dc.activeDialog?.id === Ids.confirmOrder && s.option && s.address)
      await this.sendSummary(dc.context, s, s.option, s.address);
    else await dc.context.sendActivity(OfferCopy.codeKept(code));
    await dc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  private async placeStep(step: WaterfallStepContext) {
    const s = state(step);
    if (step.result !== true) {
      await step.context.sendActivity(ShopCopy.checkoutStopped());
      return step.endDialog();
    }
    if (s.discount && !(await redeemForCheckout(step.context, this.shopping, s.checkoutId, s.discount)))
      return step.endDialog();
    const result = await this.shopping.orders.place(
      shopperOf(step.context),
      s.checkoutId,
      s.address!,
      s.option!.method,
      s.discount && { code: s.discount.code, cents: s.discount.cents },
    );
    // a repeated yes finds the order already placed: its coupon and outcome were handled the first time
    if (result.kind !== 'alreadyPlaced')
      await afterPlacing(
        step.context,
        this.shopping,
        s.checkoutId,
        s.discount,
        result.kind === 'placed'
          ? { number: result.order.id, revenueCents: toCents(result.order.total) }
          : undefined,
      );
    if (result.kind === 'placed' || result.kind === 'alreadyPlaced') {
      const { order } = result;
      const cents = toCents(order.total);
      if (result.kind === 'placed')
        await recordEvent(step.context, this.shopping.events, {
          type: 'order',
          orderNumber: order.id,
          valueCents: cents,
          productIds: order.lines.map((l) => l.productId),
        });
      await step.context.sendActivity(
        result.kind === 'placed'
          ? ShopCopy.orderPlaced(order.id, cents, order.paymentLink)
          : ShopCopy.orderAlreadyPlaced(order.id),
      );
    } else if (result.kind === 'short') {
      const line = (await this.shopping.cart.view(shopperOf(step.context))).lines.find(
        (l) => l.sku === result.line.sku,
      );
      await step.context.sendActivity(
        ShopCopy.stockChanged(
          line?.name ?? result.line.productId,
          line ? lineVariant(line) : result.line.sku,
          result.available,
        ),
      );
    } else await step.context.sendActivity(ShopCopy.cartEmptyAtCheckout());
    return step.endDialog();
  }

  private record(step: WaterfallStepContext, name: string) {
    return recordEvent(step.context, this.shopping.events, { type: 'checkout_step', step: name });
  }
}

const state = (step: WaterfallStepContext) => step.values as CheckoutState;
