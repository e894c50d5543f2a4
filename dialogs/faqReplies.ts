// How a question about the store is answered in the chat: the FAQ article with its source, its closest
// articles as buttons (a button's title is answered as that article), or an honest "I don't know".
import { MessageFactory, type TurnContext } from 'botbuilder';
import { type DialogContext, type DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { asksAQuestion } from '../src/answers/productQuestion';
import { Copy } from './copy';
import { FAQ_INTENTS } from './intentLabels';
import type { Catalog, Faq } from './services';
import type { ShopContext } from './shopContext';
import { categoryLabel } from '../src/catalog/productFacts';
import type { FaqAnswer } from '../src/knowledge/faqIndex';
import { getRecognition } from './turnRecognition';

/** How sure the NLU must be before a message inside a flow is taken for a store question. */
const ASIDE_MIN_SCORE = 0.7;

/** Sends the FAQ's answer to `text`; `noneSuggestions` go with "I don't know" (none inside a flow). */
export async function sendFaqAnswer(
  context: TurnContext,
  faq: Pick<Faq, 'answer'>,
  text: string,
  noneSuggestions?: string[],
): Promise<void> {
  await sendFaqFound(context, await faq.answer(text), noneSuggestions);
}

/** Sends what the FAQ found: the article, its closest articles as buttons, or "I don't know". */
export async function sendFaqFound(
  context: TurnContext,
  found: FaqAnswer,
  noneSuggestions?: string[],
): Promise<void> {
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

/**
 * Inside a flow that waits for an answer: a store question (or a FAQ choice button, or any question
 * the FAQ has articles for) is answered here, and true tells the flow to ask its question again. Anything else is left to the flow, and so are
 * the intents in `flowIntents` (a return's reason reads like a question about returns).
 */
export async function answerStoreAside(
  context: TurnContext,
  faq: Pick<Faq, 'answer' | 'byTitle'>,
  flowIntents: readonly string[] = [],
): Promise<boolean> {
  const recognition = getRecognition(context);
  if (!recognition) return false;
  const picked = faq.byTitle(recognition.text);
  const aside =
    recognition.score >= ASIDE_MIN_SCORE &&
    FAQ_INTENTS.has(recognition.intent) &&
    !flowIntents.includes(recognition.intent);
  if (picked) await context.sendActivity(Copy.faqAnswer(picked.answer, picked.title));
  else if (aside) await sendFaqAnswer(context, faq, recognition.text);
  else if (asksAQuestion(recognition.text) && !flowIntents.includes(recognition.intent)) {
    // Any other question the FAQ has something for ("what's the difference between standard and
    // express?" is not the answer "standard" to "how should I ship it?").
    const found = await faq.answer(recognition.text);
    if (found.kind === 'none') return false;
    await sendFaqFound(context, found);
  } else return false;
  return true;
}

/** answerStoreAside inside a dialog: when it answered, the waiting question is asked again. */
export async function repromptAfterStoreAside(
  dc: DialogContext,
  faq: Pick<Faq, 'answer' | 'byTitle'>,
  flowIntents: readonly string[] = [],
): Promise<DialogTurnResult | undefined> {
  if (!(await answerStoreAside(dc.context, faq, flowIntents))) return undefined;
  await dc.repromptDialog();
  return { status: DialogTurnStatus.waiting };
}

/**
 * A pronoun that may stand for what is being discussed: "it", "they", "them", "this one", or
 * "this"/"that" ending the sentence ("how do I wash this?"), not the "that" of "a jacket that I've worn".
 */
const PRONOUN = /\b(?:it|they|them|(?:this|that|these|those) ones?|(?:this|that)(?=\s*(?:[?.!,]|$)))\b/i;

/**
 * The question as the FAQ should read it when something is being discussed — a product, or a list of
 * one kind of product: "how should I wash it?" → "how should I wash the Finch Rain Jacket?" (so the
 * rain-jacket care article wins over the down one), "do they run small?" → "do the boots run small?".
 * Unchanged without a subject, without a pronoun, or when the subject is named already.
 */
export function faqQuestionAbout(text: string, subject: string | undefined): string {
  if (!subject || text.toLowerCase().includes(subject.toLowerCase())) return text;
  return text.replace(PRONOUN, `the ${subject}`);
}

/**
 * What "it" or "they" means for the FAQ: the product being discussed, else the words of the search
 * listed ("waterproof jackets"), else the kind of product listed when it is one kind ("boots").
 */
export function faqSubject(shop: ShopContext, catalog: Pick<Catalog, 'byId'>): string | undefined {
  const discussed = shop.lastProductId ? catalog.byId(shop.lastProductId) : undefined;
  if (discussed) return discussed.name;
  if (shop.lastResults.length === 0) return undefined;
  const searched = shop.lastListKind === 'search' ? shop.searches?.current?.query.trim() : undefined;
  if (searched) return searched;
  const kinds = new Set(shop.lastResults.map((id) => catalog.byId(id)?.category));
  const [kind] = kinds;
  return kinds.size === 1 && kind ? categoryLabel(kind) : undefined;
}
