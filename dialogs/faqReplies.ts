// How a question about the store is answered in the chat: the FAQ article with its source, its closest
// articles as buttons (a button's title is answered as that article), or an honest "I don't know".
import { MessageFactory, type TurnContext } from 'botbuilder';
import { Copy } from './copy';
import type { Faq } from './services';

/** Sends the FAQ's answer to `text`; `noneSuggestions` go with "I don't know" (none inside a flow). */
export async function sendFaqAnswer(
  context: TurnContext,
  faq: Pick<Faq, 'answer'>,
  text: string,
  noneSuggestions?: string[],
): Promise<void> {
  const found = await faq.answer(text);
  if (found.kind === 'answer')
    await context.sendActivity(Copy.faqAnswer(found.article.answer, found.article.title));
  else if (found.kind === 'choices')
    await context.sendActivity(
      MessageFactory.suggestedActions(
        found.articles.map((a) => a.title),
        Copy.faqChoices,
      ),
    );
  else
    await context.sendActivity(
      noneSuggestions ? MessageFactory.suggestedActions(noneSuggestions, Copy.faqNone) : Copy.faqNone,
    );
}
