// The add-to-cart goal: which variant (asking for a colour or size only when the message or button didn't
// say), its stock, then the cart and a confirmation.
import {
  ChoicePrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Product } from '../src/domain/schemas';
import { chooseVariant, variantLabel, type VariantHints } from '../src/cart/variantChoice';
import { InterruptibleDialog, leavingRequests } from './interruptibleDialog';
import { ShoppingDialogIds as Ids } from './shoppingDialogIds';
import { recordEvent, shopperOf, type ShoppingServices } from './shoppingServices';
import { CART_SUGGESTIONS, ShopCopy } from './shoppingCopy';
import { choiceStyle } from './cartRendering';
import type { Catalog, Faq } from './services';
import { repromptAfterStoreAside } from './faqReplies';
import { Copy } from './copy';
import { answerProductAside } from './productAside';

const LEAVES_ADD = leavingRequests('checkout', 'order_status', 'cancel_order');

/** What the message or button already said. */
export interface AddToCartOptions {
  productId: string;
  colours?: string[];
  size?: string;
  quantity?: number;
}

/** Adds a variant of a product to the shopper's cart. */
export class AddToCartDialog extends InterruptibleDialog<AddToCartOptions> {
  constructor(
    private readonly catalog: Pick<Catalog, 'byId'>,
    private readonly shopping: ShoppingServices,
    /** Store questions asked while a colour or size is asked. */
    private readonly faq: Pick<Faq, 'answer' | 'byTitle'>,
    /** What follows a successful add (e.g. suggestions that go with the product). */
    private readonly afterAdd?: (context: TurnContext, product: Product) => Promise<void>,
  ) {
    super(Ids.addToCart);
    this.addDialog(new ChoicePrompt(Ids.askColour));
    this.addDialog(new ChoicePrompt(Ids.askSize));
    this.addDialog(
      new WaterfallDialog(Ids.addToCartFlow, [
        this.askColourStep.bind(this),
        this.askSizeStep.bind(this),
        this.addStep.bind(this),
      ]),
    );
    this.initialDialogId = Ids.addToCartFlow;
  }

  /** A search, another product or the checkout while a colour or size is asked leaves this add. */
  protected override newRequests(): ReadonlySet<string> {
    return LEAVES_ADD;
  }

  /**
   * Help/cancel/start over as everywhere; a question about the product or the store is answered and
   * the prompt asked again.
   */
  protected override async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const handled = await super.interrupt(dc);
    if (handled) return handled;
    const flow = dc.stack.find((d) => d.id === Ids.addToCartFlow);
    const options = (flow?.state as { options?: AddToCartOptions } | undefined)?.options;
    return (
      (await answerProductAside(dc, options && this.catalog.byId(options.productId))) ??
      repromptAfterStoreAside(dc, this.faq)
    );
  }

  private product(step: WaterfallStepContext<AddToCartOptions>): Product | undefined {
    return this.catalog.byId(step.options.productId);
  }

  private hints(step: WaterfallStepContext<AddToCartOptions>): VariantHints {
    return (
      slots(step).hints ?? {
        colours: step.options.colours,
        size: step.options.size,
      }
    );
  }

  private async askColourStep(step: WaterfallStepContext<AddToCartOptions>) {
    const product = this.product(step);
    if (!product) return step.next();
    slots(step).hints = this.hints(step);
    const choice = chooseVariant(product, this.hints(step));
    if (choice.kind !== 'ask' || choice.slot !== 'colour') return step.next();
    return step.prompt(Ids.askColour, {
      prompt: ShopCopy.askColour(product.name),
      retryPrompt: ShopCopy.askVariantAgain(product.name, choice.options),
      choices: choice.options,
      style: choiceStyle(step.context),
    });
  }

  private async askSizeStep(step: WaterfallStepContext<AddToCartOptions>) {
    const product = this.product(step);
    if (!product) return step.next();
    const hints = this.hints(step);
    if (step.result?.value) slots(step).hints = { ...hints, colours: [step.result.value as string] };
    const choice = chooseVariant(product, this.hints(step));
    if (choice.kind !== 'ask') return step.next();
    return step.prompt(Ids.askSize, {
      prompt: ShopCopy.askSize(product.name),
      retryPrompt: ShopCopy.askVariantAgain(product.name, choice.options),
      choices: choice.options,
      style: choiceStyle(step.context),
    });
  }

  private async addStep(step: WaterfallStepContext<AddToCartOptions>) {
    const product = this.product(step);
    if (!product) {
      await step.context.sendActivity(Copy.unknownProduct);
      return step.endDialog();
    }
    if (step.result?.value) slots(step).hints = { ...this.hints(step), size: step.result.value as string };
    const choice = chooseVariant(product, this.hints(step));
    if (choice.kind === 'none') return this.say(step, ShopCopy.noSuchVariant(product.name, choice.asked));
    if (choice.kind === 'ask') return this.say(step, ShopCopy.askSize(product.name)); // unreachable after both prompts
    const variant = choice.variant;
    const label = variantLabel(variant) || variant.color;
    if (variant.stock === 0) return this.say(step, ShopCopy.variantOutOfStock(product.name, label));
    const quantity = Math.max(1, step.options.quantity ?? 1);
    const change = await this.shopping.cart.add(shopperOf(step.context), product.id, variant.sku, quantity);
    if (change.kind === 'outOfStock')
      return this.say(step, ShopCopy.notEnoughStock(product.name, label, change.available, change.inCart));
    if (change.kind !== 'ok') return this.say(step, ShopCopy.noSuchVariant(product.name, label));
    await recordEvent(step.context, this.shopping.events, {
      type: 'add_to_cart',
      productId: product.id,
      sku: variant.sku,
      quantity,
    });
    const text = ShopCopy.addedToCart(
      quantity,
      product.name,
      label,
      change.cart.itemCount,
      change.cart.totalCents,
    );
    await step.context.sendActivity(MessageFactory.suggestedActions(CART_SUGGESTIONS, text));
    await this.afterAdd?.(step.context, product);
    return step.endDialog();
  }

  private async say(step: WaterfallStepContext<AddToCartOptions>, text: string) {
    await step.context.sendActivity(text);
    return step.endDialog();
  }
}

/** The slots filled so far (dialog state). */
const slots = (step: WaterfallStepContext<AddToCartOptions>) => step.values as { hints?: VariantHints };
