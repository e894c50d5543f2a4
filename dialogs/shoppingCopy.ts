// Typed access to the cart, checkout and order messages (knowledge/responses/shopping.lg), and money
// formatting for them. Read at the moment a message is sent, so variations vary.
import { formatPrice } from '../src/catalog/productFacts';
import { fromCents } from '../src/cart/money';
import { responses } from './copy';
import { orList } from './listWords';

const say = (name: string, args: Record<string, unknown> = {}) => responses().text(name, args);

/** Cents as the shopper reads them: 24950 → "$249.50". */
export const money = (cents: number): string => formatPrice(fromCents(cents), 'USD');

/** Suggested actions after the cart changes. */
export const CART_SUGGESTIONS = ['View cart', 'Checkout', 'Keep shopping'];
/** Suggested actions under the cart. */
export const CART_VIEW_SUGGESTIONS = ['Checkout', 'Keep shopping'];
/** The two answers to "Shall I place this order?" (yes/no words work too). */
export const CONFIRM_ORDER_CHOICES = ['Place order', 'Not now'];
/** The last button of "Which item are you returning?" ("all" and "everything" work too). */
export const RETURN_ALL_ITEMS = 'All items';

/** The cart, checkout and order messages. */
export const ShopCopy = {
  askColour: (name: string) => say('askColour', { name }),
  askSize: (name: string) => say('askSize', { name }),
  /** A colour or size answer that is not one of `options`: what there is, asked again. */
  askVariantAgain: (name: string, options: readonly string[]) =>
    say('askVariantAgain', { name, options: orList(options) }),
  /** "green" to the colour question when several colours offered are green. */
  colourFamilyOptions: (name: string, family: string, options: readonly string[]) =>
    say('colourFamilyOptions', { name, family, options: orList(options) }),
  noSuchVariant: (name: string, asked: string) => say('noSuchVariant', { name, asked }),
  variantOutOfStock: (name: string, variant: string) => say('variantOutOfStock', { name, variant }),
  notEnoughStock: (name: string, variant: string, available: number, inCart: number) =>
    say('notEnoughStock', { name, variant, available, inCart }),
  addedToCart: (quantity: number, name: string, variant: string, count: number, totalCents: number) =>
    say('addedToCart', { quantity, name, variant, count, total: money(totalCents) }),
  cartEmpty: () => say('cartEmpty'),
  cartIntro: (count: number, totalCents: number) => say('cartIntro', { count, total: money(totalCents) }),
  cartLine: (quantity: number, name: string, variant: string, unitCents: number, lineCents: number) =>
    say('cartLine', { quantity, name, variant, unit: money(unitCents), line: money(lineCents) }),
  cartTotal: (totalCents: number) => say('cartTotal', { total: money(totalCents) }),
  removedFromCart: (name: string, variant: string) => say('removedFromCart', { name, variant }),
  quantityChanged: (name: string, variant: string, quantity: number) =>
    say('quantityChanged', { name, variant, quantity }),
  /** "make it 3" while the add-to-cart flow asks for a colour or size. */
  addQuantityNoted: (quantity: number, name: string) => say('addQuantityNoted', { quantity, name }),
  /** A size given while a colour is asked, or a colour while a size is ("size M", "Black"). */
  variantNoted: (what: string) => say('variantNoted', { what }),
  whichCartLine: () => say('whichCartLine'),
  askAddress: () => say('askAddress'),
  addressRetry: (problems: string) => say('addressRetry', { problems }),
  addressProblem: (code: string, country: string) => say('addressProblem', { code, country }),
  useSavedAddress: (address: string) => say('useSavedAddress', { address }),
  askShipping: () => say('askShipping'),
  shippingOption: (method: string, costCents: number, days: string) =>
    say('shippingOption', { method, cost: costCents === 0 ? '' : money(costCents), days }),
  summaryIntro: () => say('summaryIntro'),
  summaryText: (a: {
    lines: string;
    subtotal: number;
    method: string;
    shipping: number;
    total: number;
    address: string;
  }) =>
    say('summaryText', {
      ...a,
      subtotal: money(a.subtotal),
      shipping: a.shipping === 0 ? '' : money(a.shipping),
      total: money(a.total),
    }),
  confirmOrder: () => say('confirmOrder'),
  orderPlaced: (number: string, totalCents: number, link: string) =>
    say('orderPlaced', { number, total: money(totalCents), link }),
  orderAlreadyPlaced: (number: string) => say('orderAlreadyPlaced', { number }),
  checkoutStopped: () => say('checkoutStopped'),
  cartEmptyAtCheckout: () => say('cartEmptyAtCheckout'),
  /** "checkout" while the add-to-cart flow asks for a colour or size. */
  checkoutAfterAdd: (name: string) => say('checkoutAfterAdd', { name }),
  stockChanged: (name: string, variant: string, available: number) =>
    say('stockChanged', { name, variant, available }),
  askOrderNumber: () => say('askOrderNumber'),
  whichRecentOrder: () => say('whichRecentOrder'),
  pickToAdd: () => say('pickToAdd'),
  orderNotFound: (number: string) => say('orderNotFound', { number }),
  orderStatus: (a: { number: string; status: string; placed: string; totalCents: number; items: string }) =>
    say('orderStatus', { ...a, total: money(a.totalCents) }),
  orderReturnNote: (returnNumber: string, requested: string) =>
    say('orderReturnNote', { returnNumber, requested }),
  confirmCancelOrder: (number: string, totalCents: number) =>
    say('confirmCancelOrder', { number, total: money(totalCents) }),
  orderCancelled: (number: string) => say('orderCancelled', { number }),
  orderKept: (number: string) => say('orderKept', { number }),
  orderNotCancellable: (number: string, status: string) => say('orderNotCancellable', { number, status }),
  returnReason: (reason: string) => say('returnReason', { reason }),
  askReturnReason: (number: string) => say('askReturnReason', { number }),
  askReturnItems: (number: string) => say('askReturnItems', { number }),
  confirmReturn: (a: { number: string; items: string; reason: string; deadline: string }) =>
    say('confirmReturn', a),
  returnStarted: (returnNumber: string, number: string, items: string) =>
    say('returnStarted', { returnNumber, number, items }),
  returnAlreadyRequested: (returnNumber: string, number: string) =>
    say('returnAlreadyRequested', { returnNumber, number }),
  returnKept: (number: string) => say('returnKept', { number }),
  returnNotDelivered: (number: string, status: string, cancellable: boolean, days: number) =>
    say('returnNotDelivered', { number, status, cancellable, days }),
  returnClosed: (number: string, status: string) => say('returnClosed', { number, status }),
  returnOutsideWindow: (a: { number: string; delivered: string; days: number; policy: string }) =>
    say('returnOutsideWindow', a),
  offerPersonForReturn: () => say('offerPersonForReturn'),
  personDeclined: () => say('personDeclined'),
};
