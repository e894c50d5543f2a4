/** Dialog ids of the cart, checkout and order goals. */
export const ShoppingDialogIds = {
  addToCart: 'addToCart',
  addToCartFlow: 'addToCart.flow',
  askColour: 'addToCart.askColour',
  askSize: 'addToCart.askSize',
  checkout: 'checkout',
  checkoutFlow: 'checkout.flow',
  askAddress: 'checkout.askAddress',
  useSavedAddress: 'checkout.useSavedAddress',
  askShipping: 'checkout.askShipping',
  confirmOrder: 'checkout.confirmOrder',
  order: 'order',
  orderFlow: 'order.flow',
  askOrderNumber: 'order.askNumber',
  confirmCancel: 'order.confirmCancel',
} as const;
