// Consent and "what do you know about me?" in the chat, asked before any other routing so they work
// whatever the NLU made of the message; the offer service decides and stores, this only talks.
import type { TurnContext } from 'botbuilder';
import { offerRequest } from '../src/offers/consentPhrases';
import { OfferCopy } from './offerCopy';
import { shopperOf, type Offers } from './shoppingServices';
import { turnSlot } from './turnSlot';

const offersSlot = turnSlot<Offers>('offers');

/** Makes the offer service reachable from the shared interruptions of every flow this turn. */
export const setTurnOffers: (context: TurnContext, offers: Offers | undefined) => void = offersSlot.set;

/** The offer service set for this turn, if any. */
export const turnOffers: (context: TurnContext) => Offers | undefined = offersSlot.get;

/** Answers a consent or profile request; false when the message is not one. */
export async function answerOfferRequest(
  context: TurnContext,
  text: string,
  offers: Offers | undefined,
): Promise<boolean> {
  const request = offers && offerRequest(text);
  if (!request || !offers) return false;
  const shopper = shopperOf(context);
  if (request === 'opt_out') {
    await offers.setConsent(shopper, { offers: false, proactive: false });
    await context.sendActivity(OfferCopy.optedOut());
  } else if (request === 'opt_in') {
    await offers.setConsent(shopper, { offers: true });
    await context.sendActivity(OfferCopy.optedIn());
  } else if (request === 'alerts_on') {
    await offers.setConsent(shopper, { proactive: true });
    await context.sendActivity(OfferCopy.alertsOn());
  } else await context.sendActivity(OfferCopy.profile(await offers.profile(shopper)));
  return true;
}
