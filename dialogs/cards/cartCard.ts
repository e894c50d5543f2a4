// The cart as an Adaptive Card and as text: pure builders (the words come from the response templates).
import type { CartView } from '../../src/cart/cartService';
import { variantLabel } from '../../src/cart/variantChoice';
import type { AdaptiveCard, TextBlock } from './adaptiveCardSchema';
import { safeText } from './safeText';
import { ShopCopy } from '../shoppingCopy';

/** "Black, M" for a cart line (nothing for one-size, one-colour variants). */
export function lineVariant(line: { colour: string; size: string }): string {
  return variantLabel({ sku: '-', color: line.colour, size: line.size, stock: 0 }) || line.colour;
}

/** One text line per cart line. */
export function cartLines(cart: CartView): string[] {
  return cart.lines.map(
    (l, i) =>
      `${i + 1}. ${ShopCopy.cartLine(l.quantity, safeText(l.name), safeText(lineVariant(l)), l.unitCents, l.lineCents)}`,
  );
}

/** The cart as text (channels without cards). */
export function cartText(cart: CartView): string {
  return [
    ShopCopy.cartIntro(cart.itemCount, cart.totalCents),
    '',
    ...cartLines(cart),
    '',
    ShopCopy.cartTotal(cart.totalCents),
  ].join('\n');
}

/** The cart as a card: one line per item and the total. */
export function cartCard(cart: CartView): AdaptiveCard {
  const block = (text: string, style: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock => ({
    type: 'TextBlock',
    text,
    wrap: true,
    ...style,
  });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      block(ShopCopy.cartIntro(cart.itemCount, cart.totalCents), {
        size: 'Medium',
        weight: 'Bolder',
        style: 'heading',
      }),
      ...cartLines(cart).map((t) => block(t, { spacing: 'Small' })),
      block(ShopCopy.cartTotal(cart.totalCents), { weight: 'Bolder', spacing: 'Medium' }),
    ],
    actions: [],
  };
}
