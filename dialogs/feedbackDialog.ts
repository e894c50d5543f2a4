// Feedback for the store: the bot asks what the shopper wants to tell the team, records it as a
// `feedback` event (data/events.jsonl, where the store owner reads it) and thanks them. Help, cancel
// and start over work while it waits, as in every flow.
import { TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { Copy } from './copy';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog } from './interruptibleDialog';
import type { EventRecorder } from '../src/events/eventLog';
import { recordEvent } from './shoppingServices';

/** The longest feedback kept (the rest is cut). */
const MAX_FEEDBACK = 2000;

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
