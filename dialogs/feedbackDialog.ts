// Feedback for the store: a message that is the feedback ("this chat is great") is recorded at once;
// one that only asks to give some ("can I leave feedback?") gets "what would you like to tell us?"
// first. Either way it is recorded as a `feedback` event (data/events.jsonl, where the store owner
// reads it) and the shopper is thanked. Help, cancel and start over work while it waits.
import { TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { Copy } from './copy';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog } from './interruptibleDialog';
import type { EventRecorder } from '../src/events/eventLog';
import { recordEvent } from './shoppingServices';

/** The longest feedback kept (the rest is cut). */
const MAX_FEEDBACK = 2000;

/** A message that asks to give feedback without giving it. */
const ASKS_TO_GIVE =
  /^(?:(?:hi|hello|hey|ok|so)[,!.]?\s+)?(?:(?:i'?d|i would|i) (?:like|love|want) to |(?:can|could|may) i |how (?:do|can) i |where (?:do|can) i |i (?:have|got) |i'?ve got )?(?:give|leave|share|send|submit|make|have|add|post)?\s*(?:you |some |a |my |any )?(?:feedback|suggestions?|comments?|reviews?)(?: (?:for|to) (?:you|the team|the shop|the store))?(?: please)?[.!?]*$/i;

/** True when the message only asks to give feedback ("can I leave some feedback?"). */
export function asksToGiveFeedback(text: string): boolean {
  return ASKS_TO_GIVE.test(text.trim());
}

/** Asks for feedback, records it and thanks the shopper. */
export class FeedbackDialog extends InterruptibleDialog {
  constructor(private readonly events?: EventRecorder) {
    super(DialogIds.feedback);
    this.addDialog(new TextPrompt(DialogIds.feedbackAsk));
    this.addDialog(
      new WaterfallDialog(DialogIds.feedbackFlow, [this.askStep.bind(this), this.recordStep.bind(this)]),
    );
    this.initialDialogId = DialogIds.feedbackFlow;
  }

  private async askStep(step: WaterfallStepContext) {
    const text = step.context.activity.text ?? '';
    if (!asksToGiveFeedback(text)) return step.next(text);
    return step.prompt(DialogIds.feedbackAsk, { prompt: Copy.feedbackAsk });
  }

  private async recordStep(step: WaterfallStepContext) {
    const text = String(step.result ?? '')
      .trim()
      .slice(0, MAX_FEEDBACK);
    if (text && this.events) await recordEvent(step.context, this.events, { type: 'feedback', query: text });
    await step.context.sendActivity(Copy.feedbackThanks);
    return step.endDialog();
  }
}
