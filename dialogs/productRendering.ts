// Sends products as cards on channels that render them, as text elsewhere.
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Product } from '../src/domain/schemas';
import { supportsCards } from './cards/channelCapabilities';
import {
  productCarousel,
  productDetailsCard,
  productDetailsText,
  productListText,
} from './cards/productCard';
import { CardFactory } from 'botbuilder';
import { compareCard, compareText } from './cards/compareCard';

/** Sends a list of products after an intro line; `notes[i]` (e.g. why it is recommended) goes with product i. */
export async function sendProductList(
  context: TurnContext,
  intro: string,
  products: Product[],
  notes: readonly string[] = [],
): Promise<void> {
  if (supportsCards(context.activity.channelId)) {
    await context.sendActivity(intro);
    await context.sendActivity(productCarousel(products, notes));
  } else {
    await context.sendActivity(`${intro}\n\n${productListText(products, notes)}`);
  }
}

/** Sends everything about one product. */
export async function sendProductDetails(context: TurnContext, product: Product): Promise<void> {
  if (supportsCards(context.activity.channelId)) {
    await context.sendActivity(
      MessageFactory.attachment(CardFactory.adaptiveCard(productDetailsCard(product))),
    );
  } else {
    await context.sendActivity(productDetailsText(product));
  }
}

/** Sends two or three products side by side. */
export async function sendComparison(context: TurnContext, products: Product[]): Promise<void> {
  if (supportsCards(context.activity.channelId)) {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(compareCard(products))));
  } else {
    await context.sendActivity(compareText(products));
  }
}
