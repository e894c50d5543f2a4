// Replies that end the main flow's turn, shared by the main dialog and the answers it routes to.
import { MessageFactory } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { Copy } from './copy';
import type { Faq } from './services';

/** Sends one message (with optional suggestions) and ends the turn's flow. */
export async function say(step: WaterfallStepContext, text: string, suggestions?: string[]) {
  await step.context.sendActivity(suggestions ? MessageFactory.suggestedActions(suggestions, text) : text);
  return step.endDialog();
}

/**
 * The FAQ's article for the message, said (after `before`) when the FAQ answers it outright with at
 * least `minConfidence`; undefined, with nothing sent, otherwise.
 */
export async function sayIfFaqSure(
  step: WaterfallStepContext,
  faq: Pick<Faq, 'answer'>,
  text: string,
  {
    minConfidence = 0,
    before,
    suggestions,
  }: { minConfidence?: number; before?: string; suggestions?: string[] } = {},
) {
  const found = await faq.answer(text);
  if (found.kind !== 'answer' || found.confidence < minConfidence) return undefined;
  if (before) await step.context.sendActivity(before);
  return say(step, Copy.faqAnswer(found.article.answer, found.article.title), suggestions);
}
