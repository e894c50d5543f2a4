// Sends the cart: a card on channels that render them, text elsewhere, with what to do next.
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { ListStyle } from 'botbuilder-dialogs';
import type { CartView } from '../src/cart/cartService';
import { supportsCards } from './cards/channelCapabilities';
import { cartCard, cartText } from './cards/cartCard';
import { CART_VIEW_SUGGESTIONS, ShopCopy } from './shoppingCopy';

/** Sends the cart (or says it is empty). */
export async function sendCart(context: TurnContext, cart: CartView): Promise<void> {
  if (cart.lines.length === 0) {
    await context.sendActivity(ShopCopy.cartEmpty());
    return;
  }
  if (supportsCards(context.activity.channelId)) {
    const reply = MessageFactory.attachment(CardFactory.adaptiveCard(cartCard(cart)));
    reply.suggestedActions = MessageFactory.suggestedActions(CART_VIEW_SUGGESTIONS).suggestedActions;
    await context.sendActivity(reply);
  } else {
    await context.sendActivity(MessageFactory.suggestedActions(CART_VIEW_SUGGESTIONS, cartText(cart)));
  }
}

/** Choices as buttons where the channel has them, a numbered list elsewhere. */
export function choiceStyle(context: TurnContext): ListStyle {
  return supportsCards(context.activity.channelId) ? ListStyle.suggestedAction : ListStyle.list;
}
