// Routes the cart, checkout and order intents (and the Add to cart button) to their dialogs; the main
// dialog asks it first and carries on when it returns undefined.
import type { StatePropertyAccessor } from 'botbuilder';
import type { Dialog, DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Recognition } from '../src/nlu/recognizer';
import type { Product } from '../src/domain/schemas';
import { cartEdit } from '../src/cart/cartEdit';
import { AddToCartDialog, type AddToCartOptions } from './addToCartDialog';
import { DialogIds } from './dialogIds';
import { isSpecific, messageSearch, namesCatalogThings } from './messageSearch';
import { sendCart } from './cartRendering';
import { lineVariant } from './cards/cartCard';
import { Copy } from './copy';
import type { DialogServices } from './services';
import { CheckoutDialog } from './checkoutDialog';
import { OrderDialog, type OrderOptions } from './orderDialog';
import { ReturnDialog, type ReturnOptions } from './returnDialog';
import { asksToStartReturn } from '../src/orders/returnPhrases';
import { readShopContext, type ShopContext } from './shopContext';
import { ShoppingDialogIds as Ids } from './shoppingDialogIds';
import { recordEvent, shopperOf, type ShoppingServices } from './shoppingServices';
import { ShopCopy } from './shoppingCopy';
import { productInQuestion } from './productInQuestion';
import { suggestAfterAdd } from './recommendationReplies';

/** The shopping intents' routes. */
export class ShoppingRouter {
  constructor(
    private readonly services: Pick<DialogServices, 'catalog' | 'faq' | 'recommendations'>,
    private readonly shopping: ShoppingServices,
    private readonly shopContext: StatePropertyAccessor<ShopContext>,
  ) {}

  /** The dialogs the routes begin (the main dialog adds them). */
  dialogs(): Dialog[] {
    return [
      new AddToCartDialog(
        this.services.catalog,
        this.shopping,
        this.services.faq,
        async (context, product) => {
          const shop = await readShopContext(this.shopContext, context);
          await suggestAfterAdd(context, this.services.recommendations, shop, product, this.shopping);
        },
      ),
      new CheckoutDialog(this.shopping, this.services.faq),
      new OrderDialog(this.shopping, this.services.catalog, this.services.faq),
      new ReturnDialog(this.shopping, this.services.catalog, this.services.faq),
    ];
  }

  /** A return of an order ("return order 10847", "start a return"); undefined for questions about returns (the FAQ). */
  async routeReturn(
    step: WaterfallStepContext,
    recognition: Recognition,
  ): Promise<DialogTurnResult | undefined> {
    if (recognition.intent !== 'return_refund') return undefined;
    const number = recognition.entities.find((e) => e.type === 'orderNumber')?.value;
    if (number === undefined && !asksToStartReturn(recognition.text)) return undefined;
    return step.beginDialog(Ids.returnOrder, {
      number: number === undefined ? undefined : String(number),
    } satisfies ReturnOptions);
  }

  /** Handles a shopping intent; undefined when the message is about something else. */
  async route(step: WaterfallStepContext, recognition: Recognition): Promise<DialogTurnResult | undefined> {
    switch (recognition.intent) {
      case 'add_to_cart':
        return this.addToCart(step, recognition);
      case 'view_cart':
        await sendCart(step.context, await this.shopping.cart.view(shopperOf(step.context)));
        return step.endDialog();
      case 'remove_from_cart':
        return this.editCart(step, recognition);
      case 'checkout':
        return step.beginDialog(Ids.checkout);
      case 'order_status':
      case 'cancel_order': {
        const number = recognition.entities.find((e) => e.type === 'orderNumber')?.value;
        const mode = recognition.intent === 'order_status' ? 'status' : 'cancel';
        return step.beginDialog(Ids.order, {
          mode,
          number: number === undefined ? undefined : String(number),
        } satisfies OrderOptions);
      }
      default:
        return undefined;
    }
  }

  /** The Add to cart button of a product card. */
  async addFromCard(step: WaterfallStepContext, product: Product): Promise<DialogTurnResult> {
    (await readShopContext(this.shopContext, step.context)).lastProductId = product.id;
    return step.beginDialog(Ids.addToCart, { productId: product.id } satisfies AddToCartOptions);
  }

  private async addToCart(step: WaterfallStepContext, recognition: Recognition) {
    const shop = await readShopContext(this.shopContext, step.context);
    const product = productInQuestion(recognition, shop, this.services.catalog);
    if (!product) {
      // "Add 2 merino socks": no one product, but the catalog has some — list them to pick from.
      const search = messageSearch(recognition);
      if (isSpecific(search) && namesCatalogThings(recognition)) {
        await step.context.sendActivity(ShopCopy.pickToAdd());
        return step.beginDialog(DialogIds.productSearch, search);
      }
      await step.context.sendActivity(Copy.whichProduct);
      return step.endDialog();
    }
    shop.lastProductId = product.id;
    const colour = recognition.entities.find((e) => e.type === 'colour')?.value as
      { colours?: string[] } | undefined;
    const size = recognition.entities.find((e) => e.type === 'size')?.value;
    const quantity = recognition.entities.find((e) => e.type === 'quantity')?.value;
    const options: AddToCartOptions = {
      productId: product.id,
      colours: colour?.colours,
      size: size === undefined ? undefined : String(size),
      quantity: typeof quantity === 'number' ? quantity : undefined,
    };
    return step.beginDialog(Ids.addToCart, options);
  }

  private async editCart(step: WaterfallStepContext, recognition: Recognition) {
    const shopper = shopperOf(step.context);
    const cart = await this.shopping.cart.view(shopper);
    const shop = await readShopContext(this.shopContext, step.context);
    const edit = cartEdit(cart.lines, { ...recognition, currentProductId: shop.lastProductId });
    if (edit.kind === 'empty') await step.context.sendActivity(ShopCopy.cartEmpty());
    if (edit.kind === 'ambiguous') {
      await step.context.sendActivity(ShopCopy.whichCartLine());
      await sendCart(step.context, cart);
    }
    if (edit.kind !== 'remove' && edit.kind !== 'setQuantity') return step.endDialog();
    const line = cart.lines.find((l) => l.sku === edit.sku)!;
    const quantity = edit.kind === 'remove' ? 0 : edit.quantity;
    const change = await this.shopping.cart.setQuantity(shopper, edit.sku, quantity);
    if (change.kind === 'outOfStock')
      await step.context.sendActivity(
        ShopCopy.notEnoughStock(line.name, lineVariant(line), change.available, 0),
      );
    if (change.kind !== 'ok') return step.endDialog();
    if (quantity < line.quantity)
      await recordEvent(step.context, this.shopping.events, {
        type: 'remove_from_cart',
        productId: line.productId,
        sku: line.sku,
        quantity: line.quantity - quantity,
      });
    await step.context.sendActivity(
      quantity === 0
        ? ShopCopy.removedFromCart(line.name, lineVariant(line))
        : ShopCopy.quantityChanged(line.name, lineVariant(line), quantity),
    );
    return step.endDialog();
  }
}
