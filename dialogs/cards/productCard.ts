// Product cards: pure builders from Product to Adaptive Card JSON and activities (no I/O).
import { ActivityTypes, AttachmentLayoutTypes, CardFactory, type Activity } from 'botbuilder';
import {
  allAttributes,
  categoryLabel,
  colours,
  formatPrice,
  keyAttributes,
  LOW_STOCK_THRESHOLD,
  sizes,
  stockLabel,
  totalStock,
  type AttributeFact,
} from '../../src/catalog/productFacts';
import type { Product } from '../../src/domain/schemas';
import type {
  AdaptiveCard,
  CardElement,
  ProductActionName,
  SubmitAction,
  TextBlock,
} from './adaptiveCardSchema';
import { safeText } from './safeText';

export { productDetailsText, productListText } from './productText';

/** Button titles, by the action they post. */
export const ACTION_TITLES: Record<ProductActionName, string> = {
  details: 'Details',
  addToCart: 'Add to cart',
  similar: 'Similar',
};

/** The product buttons the bot handles (a card never shows a button that does nothing). */
export const HANDLED_PRODUCT_ACTIONS: readonly ProductActionName[] = ['details', 'addToCart', 'similar'];

/** A wrapped text block; `value` must already be safe (store text goes through safeText first). */
const text = (value: string, style: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...style,
});

const factSet = (facts: AttributeFact[]): CardElement[] =>
  facts.length === 0
    ? []
    : [
        {
          type: 'FactSet',
          facts: facts.map(({ label, value }) => ({ title: safeText(label), value: safeText(value) })),
        },
      ];

function action(name: ProductActionName, product: Product): SubmitAction {
  const submit: SubmitAction = {
    type: 'Action.Submit',
    title: ACTION_TITLES[name],
    data: { action: name, productId: product.id },
  };
  return name === 'addToCart' ? { ...submit, style: 'positive' } : submit;
}

function stockBlock(product: Product): TextBlock {
  const stock = totalStock(product);
  return text(stockLabel(product), {
    color: stock === 0 ? 'Attention' : stock <= LOW_STOCK_THRESHOLD ? 'Warning' : 'Good',
    weight: 'Bolder',
  });
}

/** Name, brand · category, price and rating: the top of every product card. */
function header(product: Product): TextBlock[] {
  return [
    text(safeText(product.name), { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    text(`${safeText(product.brand)} · ${categoryLabel(product.category)}`, {
      isSubtle: true,
      spacing: 'None',
    }),
    text(formatPrice(product.price, product.currency), { size: 'Large', weight: 'Bolder', color: 'Accent' }),
    text(`★ ${product.rating.toFixed(1)} (${product.reviewCount} reviews)`, {
      isSubtle: true,
      spacing: 'None',
    }),
  ];
}

const card = (body: CardElement[], actions: SubmitAction[]): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  actions,
});

/** A compact card: header, an optional note (why it is shown), key attributes, stock, colours, and the handled buttons. */
export function productCard(
  product: Product,
  actions: readonly ProductActionName[] = HANDLED_PRODUCT_ACTIONS,
  note?: string,
): AdaptiveCard {
  const colourList = colours(product).map(safeText);
  return card(
    [
      ...header(product),
      ...(note ? [text(safeText(note), { isSubtle: true, spacing: 'Small', color: 'Accent' })] : []),
      ...factSet(keyAttributes(product)),
      stockBlock(product),
      ...(colourList.length > 0
        ? [text(`Colours: ${colourList.join(', ')}`, { isSubtle: true, spacing: 'Small' })]
        : []),
    ],
    actions.map((name) => action(name, product)),
  );
}

/** Everything about one product: description, all attributes, variants, and the handled buttons but Details. */
export function productDetailsCard(
  product: Product,
  actions: readonly ProductActionName[] = HANDLED_PRODUCT_ACTIONS.filter((a) => a !== 'details'),
): AdaptiveCard {
  return card(
    [
      ...header(product),
      text(safeText(product.description), { spacing: 'Medium' }),
      ...factSet(allAttributes(product)),
      ...factSet([
        { label: 'Colours', value: colours(product).map(safeText).join(', ') },
        { label: 'Sizes', value: sizes(product).map(safeText).join(', ') },
      ]),
      stockBlock(product),
    ],
    actions.map((name) => action(name, product)),
  );
}

/** A message with one product card per product, laid out as a carousel; `notes[i]` goes on card i. */
export function productCarousel(
  products: readonly Product[],
  notes: readonly string[] = [],
): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    attachmentLayout: AttachmentLayoutTypes.Carousel,
    attachments: products.map((product, i) =>
      CardFactory.adaptiveCard(productCard(product, undefined, notes[i])),
    ),
  };
}
