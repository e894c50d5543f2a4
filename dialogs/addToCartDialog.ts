// The add-to-cart goal: which variant (asking for a colour or size only when the message or button didn't
// say), its stock, then the cart and a confirmation.
import {
  ChoicePrompt,
  type FoundChoice,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  DialogTurnStatus,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Product } from '../src/domain/schemas';
import { chooseVariant, variantLabel, type VariantHints } from '../src/cart/variantChoice';
import { colours, sizes } from '../src/catalog/productFacts';
import { InterruptibleDialog, leavingRequests } from './interruptibleDialog';
import { ShoppingDialogIds as Ids } from './shoppingDialogIds';
import { recordEvent, shopperOf, type ShoppingServices } from './shoppingServices';
import { CART_SUGGESTIONS, ShopCopy } from './shoppingCopy';
import { choiceStyle } from './cartRendering';
import type { Catalog, Faq } from './services';
import { repromptAfterStoreAside } from './faqReplies';
import { Copy } from './copy';
import { answerProductAside } from './productAside';
import { getRecognition } from './turnRecognition';
import { sendCart } from './cartRendering';
import type { Recognition } from '../src/nlu/recognizer';

const LEAVES_ADD = leavingRequests('order_status', 'cancel_order');

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
    const product = options && this.catalog.byId(options.productId);
    const recognition = getRecognition(dc.context);
    if (recognition && product) {
      // "I want the Ridgeline jacket in red": another product is a new request, not an answer.
      if (namesAnotherProduct(recognition, product.id)) return this.leaveForNewRequest(dc);
      // "blue" to "which colour?": Teal when that is the only blue offered (the answer), or the blues.
      const family = colourFamilyAnswer(recognition, dc);
      if (family?.meant.length === 1) {
        const value = family.meant[0]!;
        return dc.endDialog({ value, index: family.options.indexOf(value), score: 1 } satisfies FoundChoice);
      }
      if (family && family.meant.length > 1) {
        const text = ShopCopy.colourFamilyOptions(product.name, family.said, family.meant);
        await dc.context.sendActivity(MessageFactory.suggestedActions(family.meant, text));
        return { status: DialogTurnStatus.waiting };
      }
      // "what's in my cart?" is shown, "make it 3" changes what will be added, "checkout" waits for
      // the product to be added; then the question again.
      const quantity = quantityChange(recognition);
      const other = otherSlotAnswer(recognition, product, dc.activeDialog?.id);
      const values = (flow?.state as { values?: { hints?: VariantHints } } | undefined)?.values;
      if (other && values) {
        // "M" while a colour is asked (or "in black" while a size is): kept for its own question.
        values.hints = { ...values.hints, ...other.hints };
        await dc.context.sendActivity(ShopCopy.variantNoted(other.said));
      } else if (recognition.intent === 'view_cart' && recognition.score >= ASIDE_MIN_SCORE)
        await sendCart(dc.context, await this.shopping.cart.view(shopperOf(dc.context)));
      // "checkout": the product goes in first (the confirmation then offers Checkout).
      else if (recognition.intent === 'checkout' && recognition.score >= ASIDE_MIN_SCORE)
        await dc.context.sendActivity(ShopCopy.checkoutAfterAdd(product.name));
      else if (quantity !== undefined && options) {
        options.quantity = quantity;
        await dc.context.sendActivity(ShopCopy.addQuantityNoted(quantity, product.name));
      } else return (await answerProductAside(dc, product)) ?? repromptAfterStoreAside(dc, this.faq);
      await dc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return repromptAfterStoreAside(dc, this.faq);
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

/** How sure the NLU must be that "show my cart" is asked while the flow waits. */
const ASIDE_MIN_SCORE = 0.7;
/** Words that make a number a new quantity rather than an answer ("make it 3", "3 pairs instead"). */
const QUANTITY_WORDS =
  /\b(make (it|that)|change (it|that|the quantity) to|instead|actually|of (them|those|these)|pairs?|units?|pieces?)\b/i;

/** A confidently named product other than `productId`. */
function namesAnotherProduct(recognition: Recognition, productId: string): boolean {
  return recognition.entities.some(
    (e) => e.type === 'product' && e.score >= ANOTHER_PRODUCT_MIN_SCORE && String(e.value) !== productId,
  );
}
/** A product name must be this sure to take the shopper out of adding another one. */
const ANOTHER_PRODUCT_MIN_SCORE = 0.7;

/** The new quantity in "make it 3" (not in "3", an option's number, nor in "2 in blue", an answer). */
function quantityChange(recognition: Recognition): number | undefined {
  if (!QUANTITY_WORDS.test(recognition.text)) return undefined;
  if (recognition.entities.some((e) => e.type === 'colour' || e.type === 'size')) return undefined;
  const value = Number(recognition.entities.find((e) => e.type === 'quantity')?.value);
  return Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

/**
 * A size the product has, given while its colour is asked, or a colour it has given while its size
 * is asked; undefined when the message is anything else (a colour to the colour question included).
 */
function otherSlotAnswer(
  recognition: Recognition,
  product: Product,
  waiting: string | undefined,
): { hints: VariantHints; said: string } | undefined {
  const entity = (type: string) => recognition.entities.find((e) => e.type === type);
  if (waiting === Ids.askColour && !entity('colour')) {
    const size = entity('size')?.value;
    if (size !== undefined && sizes(product).includes(String(size)))
      return { hints: { size: String(size) }, said: `size ${String(size)}` };
  }
  if (waiting === Ids.askSize && !entity('size')) {
    const asked = (entity('colour')?.value as { colours?: string[] } | undefined)?.colours ?? [];
    const offered = colours(product).filter((c) => asked.includes(c));
    if (offered.length === 1) return { hints: { colours: offered }, said: offered[0] };
  }
  return undefined;
}

/**
 * The colours offered that a colour word given to the colour question means ("blue" → Teal, "green" →
 * Teal and Olive), with the options offered; undefined unless the word means at least one of them and is
 * not itself an option (which the prompt takes as it is).
 */
function colourFamilyAnswer(
  recognition: Recognition,
  dc: DialogContext,
): { said: string; meant: string[]; options: string[] } | undefined {
  if (dc.activeDialog?.id !== Ids.askColour) return undefined;
  const prompt = dc.activeDialog.state as { options?: { choices?: unknown[] } };
  const options = (prompt.options?.choices ?? []).filter((c): c is string => typeof c === 'string');
  const entity = recognition.entities.find((e) => e.type === 'colour');
  const value = entity?.value as { name?: string; colours?: string[] } | undefined;
  const meant = options.filter((c) => value?.colours?.includes(c));
  if (!value?.name || meant.length === 0 || options.includes(value.name)) return undefined;
  return { said: value.name, meant, options };
}

/** The slots filled so far (dialog state). */
const slots = (step: WaterfallStepContext<AddToCartOptions>) => step.values as { hints?: VariantHints };
