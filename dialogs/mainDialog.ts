// The root dialog: routes each new message to the goal it asks for.
import {
  WaterfallDialog,
  type WaterfallStepContext,
  type DialogContext,
  DialogSet,
  DialogTurnStatus,
} from 'botbuilder-dialogs';
import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { Intents, type Recognition } from '../src/nlu/recognizer';
import { FAQ_INTENTS, intentLabel } from './intentLabels';
import {
  isSpecific,
  isUnsureSearch,
  messageSearch,
  namesCatalogThings,
  type MessageSearch,
} from './messageSearch';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog, rerouteRequested } from './interruptibleDialog';
import { Copy, STARTER_SUGGESTIONS } from './copy';
import { getRecognition } from './turnRecognition';
import { parseCardAction } from './cardActions';
import { ProductSearchDialog } from './productSearchDialog';
import type { DialogServices } from './services';
import { readShopContext, type ShopContext } from './shopContext';
import type { Product } from '../src/domain/schemas';
import { answerProductQuestion, asksAQuestion, questionTopic } from '../src/answers/productQuestion';
import { productAnswerText } from './productAnswerText';
import { faqQuestionAbout, sendFaqAnswer, sendFaqFound } from './faqReplies';
import { ShoppingRouter } from './shoppingRouter';
import { ListSearches, routeListTurn } from './listSearchReplies';
import { SearchCopy } from './searchCopy';
import { sendComparison, sendProductDetails } from './productRendering';
import { recommendationAsk, type RecommendationAsk } from '../src/answers/recommendationRequest';
import type { SearchFilters } from '../src/catalog/searchFilters';
import { PRODUCT_MIN_SCORE, productInQuestion } from './productInQuestion';
import { answerListSuperlative, comparedProducts } from './listQuestionReplies';
import { asksForRanking } from '../src/catalog/listQuestions';
import { sendRecommendations } from './recommendationReplies';
import { answerCatalogOverview } from './catalogOverviewReplies';
import { alreadyHave, productViewed } from './shopperHistory';
import { answerOfferRequest, setTurnOffers } from './offerReplies';
import { answerAlertRequest, setTurnAlerts } from './alertReplies';
import { searchNoAddOffer } from './offerMoments';
import { FeedbackDialog } from './feedbackDialog';

/** A question that points at a product without naming it ("is it in stock?", "how much is that?"). */
const REFERS_TO_PRODUCT = /\b(it|its|it's|this|that|they|them|those|these)\b/i;
/** How sure the FAQ must be to follow a complaint's apology with an article (stricter than answering). */
const COMPLAINT_FAQ_CONFIDENCE = 0.85;
/** A yes/no question ("does it have pit zips?", "is it good for skiing?"). */
const YES_NO_QUESTION = /^\s*(is|are|does|do|can|will|has|have|was|were)\b/i;

/** Intents answered with one line (read when sent, so each reply can vary), and the suggestions that go with it. */
const ONE_LINE_REPLIES: Readonly<Record<string, { text: () => string; suggestions?: string[] }>> = {
  [Intents.greeting]: { text: () => Copy.greeting, suggestions: STARTER_SUGGESTIONS },
  [Intents.help]: { text: () => Copy.help, suggestions: STARTER_SUGGESTIONS },
  [Intents.thanks]: { text: () => Copy.thanks },
  [Intents.cancel]: { text: () => Copy.nothingToCancel },
  [Intents.startOver]: {
    text: () => `${Copy.startedOver} ${Copy.askWhat}`,
    suggestions: STARTER_SUGGESTIONS,
  },
  goodbye: { text: () => Copy.goodbye },
  small_talk: { text: () => Copy.smallTalk, suggestions: STARTER_SUGGESTIONS },
  out_of_scope: { text: () => Copy.outOfScope, suggestions: STARTER_SUGGESTIONS },
  // "Yes" / "no" with no question waiting (a waiting prompt takes them first).
  affirm: { text: () => Copy.affirmNoQuestion, suggestions: STARTER_SUGGESTIONS },
  deny: { text: () => Copy.denyNoQuestion, suggestions: STARTER_SUGGESTIONS },
  complaint: { text: () => Copy.complaint, suggestions: ['Talk to a person', 'Help'] },
};

/** Routes intents and card actions to goal dialogs; handles the one-line answers itself. */
export class MainDialog extends InterruptibleDialog {
  private readonly shopping?: ShoppingRouter;
  private readonly lists: ListSearches;

  constructor(
    private readonly services: DialogServices,
    private readonly shopContext: StatePropertyAccessor<ShopContext>,
  ) {
    super(DialogIds.main);
    this.addDialog(new ProductSearchDialog(services, shopContext));
    this.addDialog(new FeedbackDialog(services.shopping?.events));
    this.lists = new ListSearches(services);
    this.shopping = services.shopping && new ShoppingRouter(services, services.shopping, shopContext);
    for (const dialog of this.shopping?.dialogs() ?? []) this.addDialog(dialog);
    this.addDialog(
      new WaterfallDialog(DialogIds.mainFlow, [this.routeStep.bind(this), this.finishStep.bind(this)]),
    );
    this.initialDialogId = DialogIds.mainFlow;
  }

  /** "Start over" inside a flow also forgets the list and product in view (the cart stays). */
  protected override async interrupt(dc: DialogContext) {
    if (getRecognition(dc.context)?.intent === Intents.startOver) await this.forgetView(dc.context);
    return super.interrupt(dc);
  }

  /** Forgets the lists and the product being discussed, so "it" and "the second one" mean nothing yet. */
  private async forgetView(context: TurnContext): Promise<void> {
    const shop = await readShopContext(this.shopContext, context);
    shop.lastResults = [];
    delete shop.lastProductId;
    delete shop.lastQuery;
    delete shop.lastListKind;
    delete shop.searches;
    delete shop.compared;
  }

  /** Runs the dialog system for one turn: continues an active flow or starts a new one. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    setTurnOffers(context, this.services.shopping?.offers); // consent phrases interrupt any flow
    const alerts = this.services.shopping?.alerts; // so do alert requests
    const recognition = getRecognition(context);
    setTurnAlerts(
      context,
      alerts &&
        recognition && {
          alerts,
          product: async () =>
            productInQuestion(
              recognition,
              await readShopContext(this.shopContext, context),
              this.services.catalog,
            ),
        },
    );
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    // Nothing was waiting, or a flow was left for a new request: the message is routed afresh.
    if (result.status === DialogTurnStatus.empty || rerouteRequested(context)) await dc.beginDialog(this.id);
  }

  private async routeStep(step: WaterfallStepContext) {
    const action = parseCardAction(step.context.activity.value);
    if (action === 'invalid') return this.say(step, Copy.badAction);
    if (action) {
      const product = this.services.catalog.byId(action.productId);
      if (!product) return this.say(step, Copy.unknownProduct);
      if (action.action === 'similar') return this.showSimilar(step, product);
      if (action.action === 'addToCart' && this.shopping) return this.shopping.addFromCard(step, product);
      const shop = await readShopContext(this.shopContext, step.context);
      shop.lastProductId = product.id;
      await productViewed(step.context, shop, product.id, this.services.shopping?.events);
      await sendProductDetails(step.context, product);
      return step.endDialog();
    }
    const recognition = getRecognition(step.context);
    if (!recognition) return this.say(step, Copy.notUnderstood, STARTER_SUGGESTIONS);
    return this.route(step, recognition);
  }

  /** Sends one message (with optional suggestions) and ends the turn's flow. */
  private async say(step: WaterfallStepContext, text: string, suggestions?: string[]) {
    await step.context.sendActivity(suggestions ? MessageFactory.suggestedActions(suggestions, text) : text);
    return step.endDialog();
  }

  private async route(step: WaterfallStepContext, recognition: Recognition) {
    // "tell me when the blue one is back in size M", "notify me if the price drops"
    const meant = async () =>
      productInQuestion(
        recognition,
        await readShopContext(this.shopContext, step.context),
        this.services.catalog,
      );
    if (await answerAlertRequest(step.context, recognition, this.services.shopping?.alerts, meant))
      return step.endDialog();
    // "stop sending me offers" and "what do you know about me?" whatever the intent
    if (await answerOfferRequest(step.context, recognition.text, this.services.shopping?.offers))
      return step.endDialog();
    const picked = this.services.faq.byTitle(recognition.text);
    if (picked) return this.say(step, Copy.faqAnswer(picked.answer, picked.title));
    // "What do you sell?", "which brands do you carry?": the shop's kinds of products or brands.
    if (await answerCatalogOverview(step.context, this.services.catalog, recognition))
      return step.endDialog();
    // "Go back", "more like the second one", "cheaper", "in green": the list on screen changes.
    const shop = await readShopContext(this.shopContext, step.context);
    const pick = () => productInQuestion(recognition, shop, this.services.catalog);
    if (await answerListSuperlative(step.context, shop, this.services.catalog, recognition))
      return step.endDialog();
    if (await routeListTurn(step.context, shop, this.lists, recognition, pick)) return step.endDialog();
    const returning = await this.shopping?.routeReturn(step, recognition); // "start a return", not the policy
    if (returning) return returning;
    if (FAQ_INTENTS.has(recognition.intent)) {
      // "can I return it?" about the product being discussed: the question names it.
      const discussed = shop.lastProductId ? this.services.catalog.byId(shop.lastProductId) : undefined;
      return this.answerFromFaq(step, faqQuestionAbout(recognition.text, discussed?.name));
    }
    if (FOLLOW_UP_INTENTS.has(recognition.intent)) {
      const followUp = await this.followUpAnswer(step, recognition);
      if (followUp) return followUp;
    }
    const shopping = await this.shopping?.route(step, recognition);
    if (shopping) return shopping;
    if (recognition.intent === 'feedback') return step.beginDialog(DialogIds.feedback);
    if (recognition.intent === Intents.startOver) await this.forgetView(step.context);
    // A product fault ("my tent pole broke"): the apology, then the FAQ's answer when it is very sure.
    if (recognition.intent === 'complaint' && namesCatalogThings(recognition)) {
      const helped = await this.sayIfFaqSure(step, recognition.text, {
        minConfidence: COMPLAINT_FAQ_CONFIDENCE,
        before: Copy.complaintWithHelp,
        suggestions: ['Talk to a person'],
      });
      if (helped) return helped;
    }
    const reply = ONE_LINE_REPLIES[recognition.intent];
    if (reply) return this.say(step, reply.text(), reply.suggestions);
    const search = messageSearch(recognition);
    switch (recognition.intent) {
      case Intents.productSearch: {
        // Barely a search, and it would find nothing ("idk something something order"): ask instead.
        if (
          isUnsureSearch(recognition) &&
          this.services.catalog.searchWithFallback(search.query, { filters: search.filters }).total === 0
        )
          return this.didYouMean(step, recognition);
        const offer = await searchNoAddOffer(step.context, shop, this.services.shopping);
        const result = await step.beginDialog(DialogIds.productSearch, search);
        if (offer) await step.context.sendActivity(offer);
        return result;
      }
      case 'compare':
        return this.compare(step, recognition);
      case 'similar_items':
      case 'recommend':
        return this.recommend(step, recognition, search);
      case 'refine_list':
        // No list to refine (or nothing to refine it with): a message that names products is a search.
        if (isSpecific(search)) return step.beginDialog(DialogIds.productSearch, search);
        return this.say(step, SearchCopy.noListToRefine);
      case 'product_question':
      case 'price':
      case 'stock':
        return this.answerAboutProduct(step, recognition, search);
      case 'select_item':
        return this.showSelected(step, recognition);
      case Intents.none:
        // Unsure of the intent, but the message names catalog things and the best guess is about products: search.
        if (
          namesCatalogThings(recognition) &&
          PRODUCT_INTENTS.has(String(recognition.alternatives[0]?.intent))
        )
          return step.beginDialog(DialogIds.productSearch, search);
        return this.faqOrDidYouMean(step, recognition);
      default:
        return this.say(step, Copy.notYet(intentLabel(recognition.intent)));
    }
  }

  /**
   * Answers a question about one product — named in the message, picked from the last list ("the second
   * one") or the one being discussed — from its data; what the data does not cover goes to the FAQ when
   * it has a confident answer; otherwise shows the product's details. Without a product, searches what
   * the message names, or asks which product.
   */
  private async answerAboutProduct(
    step: WaterfallStepContext,
    recognition: Recognition,
    search: MessageSearch,
  ) {
    const shop = await readShopContext(this.shopContext, step.context);
    const product = productInQuestion(recognition, shop, this.services.catalog);
    const topic = questionTopic(recognition.text, recognition.entities, recognition.intent);
    if (product) {
      shop.lastProductId = product.id;
      await productViewed(step.context, shop, product.id, this.services.shopping?.events);
      if (topic)
        return this.say(step, productAnswerText(answerProductQuestion(product, topic, recognition.entities)));
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
      return this.say(step, Copy.whichProduct);
    // The price of a kind of product ("how much are the tents?") is the catalog's to show.
    const catalogAsk = !product && isSpecific(search) && namesCatalogThings(recognition);
    if (catalogAsk && recognition.intent === 'price')
      return step.beginDialog(DialogIds.productSearch, search);
    // Not in the catalog data (care, sizing advice, …): the store's FAQ when it is sure, or, for an open
    // question about the product ("how do I wash them?"), its closest articles to choose from.
    const found = await this.services.faq.answer(faqQuestionAbout(recognition.text, product?.name));
    if (found.kind === 'answer')
      return this.say(step, Copy.faqAnswer(found.article.answer, found.article.title));
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
    return this.say(step, Copy.whichProduct);
  }

  /**
   * A short follow-up about the product being discussed ("how bright is it?", "in black in a small?") that
   * the NLU took for small talk, a list refinement or nothing: answered when it asks something the data holds.
   */
  private async followUpAnswer(step: WaterfallStepContext, recognition: Recognition) {
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
    return this.say(step, productAnswerText(answerProductQuestion(product, topic, recognition.entities)));
  }

  /** A question about the store: the FAQ article that answers it, a few to choose from, or an honest "I don't know". */
  private async answerFromFaq(step: WaterfallStepContext, text: string) {
    await sendFaqAnswer(step.context, this.services.faq, text, STARTER_SUGGESTIONS);
    return step.endDialog();
  }

  /**
   * Two or three products side by side: named, pointed at in the list shown, or with the one being
   * discussed. Without two products, the FAQ's confident answer (shipping options, say) or a question.
   */
  private async compare(step: WaterfallStepContext, recognition: Recognition) {
    const shop = await readShopContext(this.shopContext, step.context);
    const products = comparedProducts(recognition, shop, this.services.catalog);
    if (products.length < 2) {
      // "what's the difference between standard and express?" is the store's to answer, but "which is
      // bigger?" with nothing to compare is not a question about exchanging sizes.
      const answered = asksForRanking(recognition.text)
        ? undefined
        : await this.sayIfFaqSure(step, recognition.text);
      return answered ?? this.say(step, Copy.compareWhich);
    }
    await sendComparison(step.context, products);
    // "which is lighter?" is now asked of these (while the same list is in view).
    shop.compared = { ids: products.map((p) => p.id), list: [...shop.lastResults] };
    return step.endDialog();
  }

  /** Products like this one (the Similar button), as a list the shopper can pick from. */
  private async showSimilar(step: WaterfallStepContext, product: Product) {
    await this.sendRecommendations(step, { kind: 'similar', cheaper: false }, product, {});
    return step.endDialog();
  }

  /** Recommendations: for the shopper, what goes with a product, or products like one (maybe cheaper). */
  private async recommend(step: WaterfallStepContext, recognition: Recognition, search: MessageSearch) {
    const shop = await readShopContext(this.shopContext, step.context);
    const ask = recommendationAsk(recognition);
    // "what's your cheapest tent?" asks for a ranking of the catalog, not for suggestions.
    if (ask.kind === 'forShopper' && search.sort && isSpecific(search))
      return step.beginDialog(DialogIds.productSearch, search);
    const product =
      ask.kind === 'forShopper' ? undefined : productInQuestion(recognition, shop, this.services.catalog);
    const sent = await this.sendRecommendations(step, ask, product, search.filters);
    if (sent === 'sent') return step.endDialog();
    // Without a product, search only when the message names catalog things ("something like a
    // 2-person tent"), not for "anything similar?".
    if (isSpecific(search) && namesCatalogThings(recognition))
      return step.beginDialog(DialogIds.productSearch, search);
    return this.say(step, Copy.whichProduct);
  }

  /** Asks the recommender, never suggesting what the shopper already has, and records what was shown. */
  private async sendRecommendations(
    step: WaterfallStepContext,
    ask: RecommendationAsk,
    product: Product | undefined,
    filters: SearchFilters,
  ) {
    const shop = await readShopContext(this.shopContext, step.context);
    return sendRecommendations(step.context, this.services.recommendations, shop, {
      ask,
      product,
      filters,
      k: this.services.resultLimit,
      exclude: await alreadyHave(step.context, this.services.shopping),
      events: this.services.shopping?.events,
    });
  }

  /** "The second one", "that one": shows the product picked from the last list, and remembers it. */
  private async showSelected(step: WaterfallStepContext, recognition: Recognition) {
    const shop = await readShopContext(this.shopContext, step.context);
    const product = productInQuestion(recognition, shop, this.services.catalog);
    if (!product) return this.say(step, Copy.whichProduct);
    shop.lastProductId = product.id;
    await productViewed(step.context, shop, product.id, this.services.shopping?.events);
    // "is the first one waterproof?": the answer, not the whole product.
    const topic = asksAQuestion(recognition.text)
      ? questionTopic(recognition.text, recognition.entities)
      : undefined;
    if (topic)
      return this.say(step, productAnswerText(answerProductQuestion(product, topic, recognition.entities)));
    await sendProductDetails(step.context, product);
    return step.endDialog();
  }

  /** Unsure of the intent: the FAQ's answer when it is sure of one, otherwise "did you mean". */
  private async faqOrDidYouMean(step: WaterfallStepContext, recognition: Recognition) {
    return (await this.sayIfFaqSure(step, recognition.text)) ?? this.didYouMean(step, recognition);
  }

  /**
   * The FAQ's article for the message, said (after `before`) when the FAQ answers it outright with at
   * least `minConfidence`; undefined, with nothing sent, otherwise.
   */
  private async sayIfFaqSure(
    step: WaterfallStepContext,
    text: string,
    {
      minConfidence = 0,
      before,
      suggestions,
    }: { minConfidence?: number; before?: string; suggestions?: string[] } = {},
  ) {
    const found = await this.services.faq.answer(text);
    if (found.kind !== 'answer' || found.confidence < minConfidence) return undefined;
    if (before) await step.context.sendActivity(before);
    return this.say(step, Copy.faqAnswer(found.article.answer, found.article.title), suggestions);
  }

  /** Low confidence: offer the likely intents as buttons, or say it was not understood. */
  private async didYouMean(step: WaterfallStepContext, recognition: Recognition) {
    const choices = recognition.alternatives
      .map((a) => a.intent)
      .filter((intent) => intent !== 'out_of_scope' && intent !== Intents.none)
      .slice(0, 3)
      .map(intentLabel);
    if (choices.length === 0) return this.say(step, Copy.notUnderstood, STARTER_SUGGESTIONS);
    return this.say(step, Copy.didYouMean, [...choices, 'Something else']);
  }

  private async finishStep(step: WaterfallStepContext) {
    return step.endDialog();
  }
}

/** Intents that may really be a follow-up question about the product being discussed. */
const FOLLOW_UP_INTENTS: ReadonlySet<string> = new Set([
  'refine_list',
  'small_talk',
  'out_of_scope',
  Intents.none,
]);

/** Intents whose low-confidence guesses are safely answered by a product search. */
const PRODUCT_INTENTS: ReadonlySet<string> = new Set([
  Intents.productSearch,
  'product_question',
  'price',
  'stock',
  'recommend',
  'similar_items',
  'refine_list',
  'compare',
]);
