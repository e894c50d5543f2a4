// The shared base of every goal dialog: help, cancel and start over — and the consent and alert
// requests — work from inside any flow, in one place. A flow may also name the intents that are a new
// request rather than an answer to its question ("show me headlamps" while it asks for a colour): it
// is then left, and the main dialog takes the same message afresh (see rerouteRequested).
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
import { turnSlot } from './turnSlot';

/** How sure the NLU must be that a message inside a flow is a new request. */
const NEW_REQUEST_MIN_SCORE = 0.8;
const NO_INTENTS: ReadonlySet<string> = new Set();
const reroute = turnSlot<boolean>('reroute');

/** Requests that leave any shopping flow: a search, suggestions, a comparison, another product. */
const SHOPPING_REQUESTS = ['product_search', 'recommend', 'similar_items', 'compare', 'add_to_cart'];

/** A flow's new-request intents: the shopping requests and `more` of its own. */
export function leavingRequests(...more: string[]): ReadonlySet<string> {
  return new Set([...SHOPPING_REQUESTS, ...more]);
}

/** True when a flow was left this turn for a new request, which the main dialog should now take. */
export function rerouteRequested(context: DialogContext['context']): boolean {
  return reroute.get(context) === true;
}

type PromptChoice = string | { value: string; action?: { title?: string; value?: unknown } };

/** Lower case, without the spaces and punctuation around it. */
const bare = (text: string) =>
  text
    .trim()
    .replace(/[.!?]+$/, '')
    .trim()
    .toLowerCase();

/** True when the message is, word for word, one of the choices the waiting prompt offered. */
function answersWaitingChoice(dc: DialogContext): boolean {
  const state = dc.activeDialog?.state as { options?: { choices?: PromptChoice[] } } | undefined;
  const choices = state?.options?.choices;
  const text = bare(dc.context.activity.text ?? '');
  if (!choices?.length || text === '') return false;
  return choices.some((choice) => {
    const said =
      typeof choice === 'string' ? [choice] : [choice.value, choice.action?.title, choice.action?.value];
    return said.some((s) => typeof s === 'string' && bare(s) === text);
  });
}

/** A ComponentDialog whose active flow can be interrupted by help, cancel and start over. */
export abstract class InterruptibleDialog<O extends object = object> extends ComponentDialog<O> {
  protected override async onContinueDialog(innerDC: DialogContext): Promise<DialogTurnResult> {
    // "Slate" to "which colour?" is the answer, even if the NLU hears "clean slate" (start over).
    if (answersWaitingChoice(innerDC)) return super.onContinueDialog(innerDC);
    return (await this.interrupt(innerDC)) ?? super.onContinueDialog(innerDC);
  }

  /** Intents that are a new request while this flow waits for an answer (none unless a flow says). */
  protected newRequests(): ReadonlySet<string> {
    return NO_INTENTS;
  }

  /** Leaves the flow; the main dialog then takes the same message afresh (see rerouteRequested). */
  protected async leaveForNewRequest(dc: DialogContext): Promise<DialogTurnResult> {
    reroute.set(dc.context, true);
    return dc.cancelAllDialogs(true);
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
        if (
          recognition &&
          recognition.score >= NEW_REQUEST_MIN_SCORE &&
          this.newRequests().has(recognition.intent)
        )
          return this.leaveForNewRequest(dc);
        return undefined;
    }
  }
}
