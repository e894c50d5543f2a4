// A question about the product being added, asked while a prompt waits ("is it waterproof?" when
// asked for a colour): answered from the product's data, then the prompt is asked again.
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Product } from '../src/domain/schemas';
import { answerProductQuestion, questionTopic } from '../src/answers/productQuestion';
import { productAnswerText } from './productAnswerText';
import { getRecognition } from './turnRecognition';

/** Intents that are questions about a product. */
const PRODUCT_QUESTIONS: ReadonlySet<string> = new Set(['product_question', 'price', 'stock']);
/** Below this the message is more likely an answer to the prompt than a question. */
const MIN_SCORE = 0.7;

/** Answers a confident question about `product` and re-asks the waiting prompt; undefined when it is no such question. */
export async function answerProductAside(
  dc: DialogContext,
  product: Product | undefined,
): Promise<DialogTurnResult | undefined> {
  const recognition = getRecognition(dc.context);
  if (!product || !recognition || recognition.score < MIN_SCORE) return undefined;
  if (!PRODUCT_QUESTIONS.has(recognition.intent)) return undefined;
  const topic = questionTopic(recognition.text, recognition.entities, recognition.intent);
  if (!topic) return undefined;
  await dc.context.sendActivity(
    productAnswerText(answerProductQuestion(product, topic, recognition.entities)),
  );
  await dc.repromptDialog();
  return { status: DialogTurnStatus.waiting };
}
