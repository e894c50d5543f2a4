// The root dialog: routes each new message to the goal it asks for.
import {
  WaterfallDialog,
  type WaterfallStepContext,
  type DialogContext,
  DialogSet,
  DialogTurnStatus,
} from 'botbuilder-dialogs';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { Intents, type Recognition } from '../src/nlu/recognizer';
import { FAQ_INTENTS, intentLabel } from './intentLabels';
import { isSpecific, isUnsureSearch, messageSearch, namesCatalogThings } from './messageSearch';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog, rerouteRequested } from './interruptibleDialog';
import { Copy, STARTER_SUGGESTIONS } from './copy';
import { getRecognition } from './turnRecognition';
import { parseCardAction } from './cardActions';
import { ProductSearchDialog } from './productSearchDialog';
import type { DialogServices } from './services';
import { readShopContext, type ShopContext } from './shopContext';
import { faqQuestionAbout, faqSubject, sendFaqAnswer } from './faqReplies';
import { ShoppingRouter } from './shoppingRouter';
import { ListSearches, routeListTurn } from './listSearchReplies';
import { SearchCopy } from './searchCopy';
import { sendProductDetails } from './productRendering';
import { productInQuestion } from './productInQuestion';
import { answerListSuperlative } from './listQuestionReplies';
import { answerCatalogOverview } from './catalogOverviewReplies';
import { productViewed } from './shopperHistory';
import { answerOfferRequest, setTurnOffers } from './offerReplies';
import { answerAlertRequest, setTurnAlerts } from './alertReplies';
import { searchNoAddOffer } from './offerMoments';
import { FeedbackDialog } from './feedbackDialog';
import { ProductAnswers } from './productAnswers';
import { RecommendationAnswers } from './recommendationAnswers';
import { say, sayIfFaqSure } from './stepReplies';

/** How sure the FAQ must be to follow a complaint's apology with an article (stricter than answering). */
const COMPLAINT_FAQ_CONFIDENCE = 0.85;

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
  private readonly products: ProductAnswers;
  private readonly recommendations: RecommendationAnswers;

  constructor(
    private readonly services: DialogServices,
    private readonly shopContext: StatePropertyAccessor<ShopContext>,
  ) {
    super(DialogIds.main);
    this.addDialog(new ProductSearchDialog(services, shopContext));
    this.addDialog(new FeedbackDialog(services.shopping?.events));
    this.lists = new ListSearches(services);
    this.products = new ProductAnswers(services, shopContext);
    this.recommendations = new RecommendationAnswers(services, shopContext);
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
    if (action === 'invalid') return say(step, Copy.badAction);
    if (action) {
      const product = this.services.catalog.byId(action.productId);
      if (!product) return say(step, Copy.unknownProduct);
      if (action.action === 'similar') return this.recommendations.showSimilar(step, product);
      if (action.action === 'addToCart' && this.shopping) return this.shopping.addFromCard(step, product);
      const shop = await readShopContext(this.shopContext, step.context);
      shop.lastProductId = product.id;
      await productViewed(step.context, shop, product.id, this.services.shopping?.events);
      await sendProductDetails(step.context, product);
      return step.endDialog();
    }
    const recognition = getRecognition(step.context);
    if (!recognition) return say(step, Copy.notUnderstood, STARTER_SUGGESTIONS);
    return this.route(step, recognition);
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
    if (picked) return say(step, Copy.faqAnswer(picked.answer, picked.title));
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
      // "can I return it?", "do they run small?": the question names what is being discussed.
      const subject = faqSubject(shop, this.services.catalog);
      return this.answerFromFaq(step, faqQuestionAbout(recognition.text, subject));
    }
    if (FOLLOW_UP_INTENTS.has(recognition.intent)) {
      const followUp = await this.products.followUpAnswer(step, recognition);
      if (followUp) return followUp;
    }
    const shopping = await this.shopping?.route(step, recognition);
    if (shopping) return shopping;
    if (recognition.intent === 'feedback') return step.beginDialog(DialogIds.feedback);
    if (recognition.intent === Intents.startOver) await this.forgetView(step.context);
    // A product fault ("my tent pole broke"): the apology, then the FAQ's answer when it is very sure.
    if (recognition.intent === 'complaint' && namesCatalogThings(recognition)) {
      const helped = await sayIfFaqSure(step, this.services.faq, recognition.text, {
        minConfidence: COMPLAINT_FAQ_CONFIDENCE,
        before: Copy.complaintWithHelp,
        suggestions: ['Talk to a person'],
      });
      if (helped) return helped;
    }
    const reply = ONE_LINE_REPLIES[recognition.intent];
    if (reply) return say(step, reply.text(), reply.suggestions);
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
        return this.products.compare(step, recognition);
      case 'similar_items':
      case 'recommend':
        return this.recommendations.recommend(step, recognition, search);
      case 'refine_list':
        // No list to refine (or nothing to refine it with): a message that names products is a search.
        if (isSpecific(search)) return step.beginDialog(DialogIds.productSearch, search);
        return say(step, SearchCopy.noListToRefine);
      case 'product_question':
      case 'price':
      case 'stock':
        return this.products.answerAboutProduct(step, recognition, search);
      case 'select_item':
        return this.products.showSelected(step, recognition);
      case Intents.none:
        // Unsure of the intent, but the message names catalog things and the best guess is about products: search.
        if (
          namesCatalogThings(recognition) &&
          PRODUCT_INTENTS.has(String(recognition.alternatives[0]?.intent))
        )
          return step.beginDialog(DialogIds.productSearch, search);
        return this.faqOrDidYouMean(step, recognition);
      default:
        return say(step, Copy.notYet(intentLabel(recognition.intent)));
    }
  }

  /** A question about the store: the FAQ article that answers it, a few to choose from, or an honest "I don't know". */
  private async answerFromFaq(step: WaterfallStepContext, text: string) {
    await sendFaqAnswer(step.context, this.services.faq, text, STARTER_SUGGESTIONS);
    return step.endDialog();
  }

  /** Unsure of the intent: the FAQ's answer when it is sure of one, otherwise "did you mean". */
  private async faqOrDidYouMean(step: WaterfallStepContext, recognition: Recognition) {
    return (
      (await sayIfFaqSure(step, this.services.faq, recognition.text)) ?? this.didYouMean(step, recognition)
    );
  }

  /** Low confidence: offer the likely intents as buttons, or say it was not understood. */
  private async didYouMean(step: WaterfallStepContext, recognition: Recognition) {
    const choices = recognition.alternatives
      .map((a) => a.intent)
      .filter((intent) => intent !== 'out_of_scope' && intent !== Intents.none)
      .slice(0, 3)
      .map(intentLabel);
    if (choices.length === 0) return say(step, Copy.notUnderstood, STARTER_SUGGESTIONS);
    return say(step, Copy.didYouMean, [...choices, 'Something else']);
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
