// Questions about products, answered from the catalog's data (or the FAQ for what the data doesn't
// cover): about one product, a short follow-up about the one being discussed, the product picked from a
// list, and two or three compared side by side.
import type { StatePropertyAccessor } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { Recognition } from '../src/nlu/recognizer';
import { answerProductQuestion, asksAQuestion, questionTopic } from '../src/answers/productQuestion';
import { asksForRanking } from '../src/catalog/listQuestions';
import { Copy } from './copy';
import { DialogIds } from './dialogIds';
import { faqQuestionAbout, faqSubject, sendFaqFound } from './faqReplies';
import { comparedProducts } from './listQuestionReplies';
import { isSpecific, namesCatalogThings, type MessageSearch } from './messageSearch';
import { productAnswerText } from './productAnswerText';
import { PRODUCT_MIN_SCORE, productInQuestion } from './productInQuestion';
import { sendComparison, sendProductDetails } from './productRendering';
import type { DialogServices } from './services';
import { readShopContext, type ShopContext } from './shopContext';
import { productViewed } from './shopperHistory';
import { say, sayIfFaqSure } from './stepReplies';

/** A question that points at a product without naming it ("is it in stock?", "how much is that?"). */
const REFERS_TO_PRODUCT = /\b(it|its|it's|this|that|they|them|those|these)\b/i;
/** A yes/no question ("does it have pit zips?", "is it good for skiing?"). */
const YES_NO_QUESTION = /^\s*(is|are|does|do|can|will|has|have|was|were)\b/i;

/** The main dialog's answers to questions about products (each ends the turn's flow, or says it did not apply). */
export class ProductAnswers {
  constructor(
    private readonly services: DialogServices,
    private readonly shopContext: StatePropertyAccessor<ShopContext>,
  ) {}

  /**
   * Answers a question about one product — named in the message, picked from the last list ("the second
   * one") or the one being discussed — from its data; what the data does not cover goes to the FAQ when
   * it has a confident answer; otherwise shows the product's details. Without a product, searches what
   * the message names, or asks which product.
   */
  async answerAboutProduct(step: WaterfallStepContext, recognition: Recognition, search: MessageSearch) {
    const shop = await readShopContext(this.shopContext, step.context);
    const product = productInQuestion(recognition, shop, this.services.catalog);
    const topic = questionTopic(recognition.text, recognition.entities, recognition.intent);
    if (product) {
      shop.lastProductId = product.id;
      await productViewed(step.context, shop, product.id, this.services.shopping?.events);
      if (topic)
        return say(step, productAnswerText(answerProductQuestion(product, topic, recognition.entities)));
    }
    // "is it in stock?", "is it breathable?" with nothing in view: which product, not the FAQ's
    // backorder or jacket-care article.
    const aboutProductData =
      recognition.intent === 'stock' || recognition.intent === 'price' || topic?.kind === 'attribute';
    if (
      !product &&
      aboutProductData &&
      REFERS_TO_PRODUCT.test(recognition.text) &&
      !namesCatalogThings(recognition)
    )
      return say(step, Copy.whichProduct);
    // The price of a kind of product ("how much are the tents?") is the catalog's to show.
    const catalogAsk = !product && isSpecific(search) && namesCatalogThings(recognition);
    if (catalogAsk && recognition.intent === 'price')
      return step.beginDialog(DialogIds.productSearch, search);
    // Not in the catalog data (care, sizing advice, …): the store's FAQ when it is sure, or, for an open
    // question about the product ("how do I wash them?"), its closest articles to choose from.
    const subject = product?.name ?? faqSubject(shop, this.services.catalog);
    const found = await this.services.faq.answer(faqQuestionAbout(recognition.text, subject));
    if (found.kind === 'answer') return say(step, Copy.faqAnswer(found.article.answer, found.article.title));
    if (product) {
      const openQuestion = asksAQuestion(recognition.text) && !YES_NO_QUESTION.test(recognition.text);
      if (found.kind === 'choices' && openQuestion) {
        await sendFaqFound(step.context, found);
        return step.endDialog();
      }
      // "does it have pit zips?": said plainly that the data doesn't say, before what it does say.
      if (YES_NO_QUESTION.test(recognition.text))
        await step.context.sendActivity(Copy.unknownDetail(product.name));
      await sendProductDetails(step.context, product);
      return step.endDialog();
    }
    // Without a product, search only when the message names catalog things, not for "how much is that?".
    if (catalogAsk) return step.beginDialog(DialogIds.productSearch, search);
    return say(step, Copy.whichProduct);
  }

  /**
   * A short follow-up about the product being discussed ("how bright is it?", "in black in a small?") that
   * the NLU took for small talk, a list refinement or nothing: answered when it asks something the data holds.
   */
  async followUpAnswer(step: WaterfallStepContext, recognition: Recognition) {
    const shop = await readShopContext(this.shopContext, step.context);
    if (!shop.lastProductId) return undefined;
    // "the Squall jacket in red, medium" is about the Squall, whatever was discussed before.
    const namesAnother = recognition.entities.some(
      (e) => e.type === 'product' && e.score >= PRODUCT_MIN_SCORE && String(e.value) !== shop.lastProductId,
    );
    if (namesAnother) return undefined;
    const refersBack =
      /\b(it|its|it's|they|them|this|that|one)\b/i.test(recognition.text) ||
      recognition.entities.some((e) => e.type === 'colour' || e.type === 'size');
    const topic = refersBack ? questionTopic(recognition.text, recognition.entities) : undefined;
    const product = topic && this.services.catalog.byId(shop.lastProductId);
    if (!topic || !product) return undefined;
    return say(step, productAnswerText(answerProductQuestion(product, topic, recognition.entities)));
  }

  /** "The second one", "that one": shows the product picked from the last list, and remembers it. */
  async showSelected(step: WaterfallStepContext, recognition: Recognition) {
    const shop = await readShopContext(this.shopContext, step.context);
    const product = productInQuestion(recognition, shop, this.services.catalog);
    if (!product) return say(step, Copy.whichProduct);
    shop.lastProductId = product.id;
    await productViewed(step.context, shop, product.id, this.services.shopping?.events);
    // "is the first one waterproof?": the answer, not the whole product.
    const topic = asksAQuestion(recognition.text)
      ? questionTopic(recognition.text, recognition.entities)
      : undefined;
    if (topic)
      return say(step, productAnswerText(answerProductQuestion(product, topic, recognition.entities)));
    await sendProductDetails(step.context, product);
    return step.endDialog();
  }

  /**
   * Two or three products side by side: named, pointed at in the list shown, or with the one being
   * discussed. Without two products, the FAQ's confident answer (shipping options, say) or a question.
   */
  async compare(step: WaterfallStepContext, recognition: Recognition) {
    const shop = await readShopContext(this.shopContext, step.context);
    const products = comparedProducts(recognition, shop, this.services.catalog);
    if (products.length < 2) {
      // "what's the difference between standard and express?" is the store's to answer, but "which is
      // bigger?" with nothing to compare is not a question about exchanging sizes.
      const answered = asksForRanking(recognition.text)
        ? undefined
        : await sayIfFaqSure(step, this.services.faq, recognition.text);
      return answered ?? say(step, Copy.compareWhich);
    }
    await sendComparison(step.context, products);
    // "which is lighter?" is now asked of these (while the same list is in view).
    shop.compared = { ids: products.map((p) => p.id), list: [...shop.lastResults] };
    return step.endDialog();
  }
}
