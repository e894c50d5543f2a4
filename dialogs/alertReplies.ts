// Alert requests in the chat ("tell me when the blue one is back in size M", "notify me if the price
// drops") and the words of the alerts the scheduler sends. The alert service decides; this only talks.
import type { TurnContext } from 'botbuilder';
import type { Product } from '../src/domain/schemas';
import type { Recognition } from '../src/nlu/recognizer';
import { colourNames } from '../src/answers/productQuestion';
import { alertAsk } from '../src/offers/proactive/alertPhrases';
import type { AlertAnswer, AlertService } from '../src/offers/proactive/alertService';
import { variantLabel } from '../src/offers/proactive/alertService';
import type { AlertMessage } from '../src/offers/proactive/alertScheduler';
import { caseConversation } from '../src/bot/handoffEscalation';
import { OfferCopy } from './offerCopy';
import { shopperOf } from './shoppingServices';
import { turnSlot } from './turnSlot';
import { toCents } from '../src/cart/money';

/** The alert requests the dialogs use. */
export type Alerts = Pick<AlertService, 'request'>;

/** What the shared interruptions need to answer an alert request inside a flow. */
export interface TurnAlerts {
  alerts: Alerts;
  /** The product the message means (named, picked from the list, or being discussed). */
  product: () => Promise<Product | undefined>;
}

const alertsSlot = turnSlot<TurnAlerts>('alerts');

/** Makes the alerts reachable for this turn (the main dialog sets them before any flow continues). */
export const setTurnAlerts: (context: TurnContext, turn: TurnAlerts | undefined) => void = alertsSlot.set;

/** The alerts set for this turn, if any. */
export const turnAlerts: (context: TurnContext) => TurnAlerts | undefined = alertsSlot.get;

/** Answers an alert request; false when the message is not one. `product` finds the product meant. */
export async function answerAlertRequest(
  context: TurnContext,
  recognition: Recognition,
  alerts: Alerts | undefined,
  product: () => Promise<Product | undefined>,
): Promise<boolean> {
  const kind = alerts && alertAsk(recognition.text);
  if (!kind || !alerts) return false;
  const meant = await product();
  if (!meant) {
    await context.sendActivity(OfferCopy.alertWhich());
    return true;
  }
  const colour = recognition.entities.find((e) => e.type === 'colour');
  const size = recognition.entities.find((e) => e.type === 'size');
  const answer = await alerts.request(
    shopperOf(context),
    { ...caseConversation(context) },
    {
      kind,
      product: meant,
      ...(colour ? { colours: colourNames(colour.value) } : {}),
      ...(size ? { size: String(size.value) } : {}),
    },
  );
  await context.sendActivity(answerText(answer));
  return true;
}

function answerText(answer: AlertAnswer): string {
  switch (answer.kind) {
    case 'opted_out':
      return OfferCopy.alertOptedOut();
    case 'in_stock':
      return OfferCopy.alertInStock(answer.product.name, answer.variant, answer.units);
    case 'no_variant':
      return OfferCopy.alertNoVariant(answer.product.name, answer.variant);
    case 'subscribed':
      return answer.alert === 'price_drop'
        ? OfferCopy.alertPriceWatch(answer.product.name, toCents(answer.product.price))
        : OfferCopy.alertSubscribed(answer.product.name, answer.variant);
  }
}

/** The text of an alert the scheduler sends (undefined when its product is gone from the catalog). */
export function alertText(
  message: AlertMessage,
  catalog: { byId(id: string): Product | undefined },
): string | undefined {
  if (message.kind === 'cart_reminder') return OfferCopy.alertCartReminder(message.count, message.totalCents);
  const product = catalog.byId(message.productId);
  if (!product) return undefined;
  if (message.kind === 'price_drop')
    return OfferCopy.alertPriceDrop(product.name, message.wasCents, message.nowCents);
  const variant = product.variants.find((v) => v.sku === message.sku);
  return OfferCopy.alertBackInStock(product.name, variant ? variantLabel(variant.color, variant.size) : '');
}
