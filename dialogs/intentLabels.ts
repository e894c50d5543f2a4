// How intents are named to a shopper (button titles for "Did you mean …?", the capability the bot
// does not offer yet), and which intents are questions about the store.

/** A short, clickable description of each intent the NLU knows. */
export const INTENT_LABELS: Readonly<Record<string, string>> = {
  greeting: 'Say hello',
  goodbye: 'Say goodbye',
  small_talk: 'Chat about the assistant',
  thanks: 'Say thanks',
  help: 'Get help',
  product_search: 'Find products',
  product_question: 'Ask about a product',
  price: 'Check a price',
  stock: 'Check availability',
  compare: 'Compare products',
  recommend: 'Get a recommendation',
  similar_items: 'See similar items',
  add_to_cart: 'Add to cart',
  remove_from_cart: 'Remove from cart',
  view_cart: 'See my cart',
  checkout: 'Check out',
  order_status: 'Track an order',
  cancel_order: 'Cancel an order',
  return_refund: 'Return or refund',
  shipping: 'Shipping information',
  payment_methods: 'Payment options',
  store_policy: 'Store policies',
  offers_discounts: 'Offers and discounts',
  talk_to_human: 'Talk to a person',
  complaint: 'Make a complaint',
  feedback: 'Give feedback',
  affirm: 'Yes',
  deny: 'No',
  cancel: 'Cancel',
  start_over: 'Start over',
  select_item: 'Pick an item from the list',
  refine_list: 'Refine the list',
  privacy: 'My data and privacy',
  out_of_scope: 'Something else',
};

/** The label of an intent, or a readable form of its name. */
export function intentLabel(intent: string): string {
  return INTENT_LABELS[intent] ?? intent.replace(/_/g, ' ');
}

/** Questions about the store, answered from the FAQ (also in the middle of a checkout). */
export const FAQ_INTENTS: ReadonlySet<string> = new Set([
  'shipping',
  'store_policy',
  'return_refund',
  'payment_methods',
  'offers_discounts',
  'privacy',
]);
