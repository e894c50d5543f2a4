// The shared base of every goal dialog: help, cancel and start over — and the consent and alert
// requests — work from inside any flow, in one place.
import {
  ComponentDialog,
  type DialogContext,
  type DialogTurnResult,
  DialogTurnStatus,
} from 'botbuilder-dialogs';
import { MessageFactory } from 'botbuilder';
import { Intents } from '../src/nlu/recognizer';
import { Copy, STARTER_SUGGESTIONS } from './copy';
import { getRecognition } from './turnRecognition';
import { answerOfferRequest, turnOffers } from './offerReplies';
import { answerAlertRequest, turnAlerts } from './alertReplies';

/** A ComponentDialog whose active flow can be interrupted by help, cancel and start over. */
export abstract class InterruptibleDialog<O extends object = object> extends ComponentDialog<O> {
  protected override async onContinueDialog(innerDC: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDC)) ?? super.onContinueDialog(innerDC);
  }

  /** Handles a control intent; returns the turn result when it did, undefined to let the flow continue. */
  protected async interrupt(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const recognition = getRecognition(dc.context);
    // "stop sending me offers" (and the other consent phrases) answered, then the flow goes on
    if (recognition && (await answerOfferRequest(dc.context, recognition.text, turnOffers(dc.context)))) {
      await dc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // "tell me when the blue one is back in size M": the alert is set up, then the flow goes on
    const alerts = turnAlerts(dc.context);
    if (
      recognition &&
      alerts &&
      (await answerAlertRequest(dc.context, recognition, alerts.alerts, alerts.product))
    ) {
      await dc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    switch (recognition?.intent) {
      case Intents.help:
        await dc.context.sendActivity(MessageFactory.suggestedActions(STARTER_SUGGESTIONS, Copy.help));
        await dc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case Intents.cancel:
        await dc.context.sendActivity(Copy.cancelled);
        return dc.cancelAllDialogs(true);
      case Intents.startOver:
        await dc.context.sendActivity(
          MessageFactory.suggestedActions(STARTER_SUGGESTIONS, `${Copy.startedOver} ${Copy.askWhat}`),
        );
        return dc.cancelAllDialogs(true);
      default:
        return undefined;
    }
  }
}
