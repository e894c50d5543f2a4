// The root dialog: routes each new message to the goal it asks for.
import { WaterfallDialog, type WaterfallStepContext, DialogSet, DialogTurnStatus } from 'botbuilder-dialogs';
import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { Intents, type Recognition } from '../src/nlu/recognizer';
import { intentLabel } from './intentLabels';
import { isSpecific, messageSearch, type MessageSearch } from './messageSearch';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog } from './interruptibleDialog';
import { Copy, STARTER_SUGGESTIONS } from './copy';
import { getRecognition } from './turnRecognition';
import { parseCardAction } from './cardActions';
import { ProductSearchDialog } from './productSearchDialog';
import type { DialogServices } from './services';
import type { ShopContext } from './shopContext';
import { sendProductDetails } from './productRendering';

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
};

/** Routes intents and card actions to goal dialogs; handles the one-line answers itself. */
export class MainDialog extends InterruptibleDialog {
  constructor(
    private readonly services: DialogServices,
    shopContext: StatePropertyAccessor<ShopContext>,
  ) {
    super(DialogIds.main);
    this.addDialog(new ProductSearchDialog(services, shopContext));
    this.addDialog(
      new WaterfallDialog(DialogIds.mainFlow, [this.routeStep.bind(this), this.finishStep.bind(this)]),
    );
    this.initialDialogId = DialogIds.mainFlow;
  }

  /** Runs the dialog system for one turn: continues an active flow or starts a new one. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async routeStep(step: WaterfallStepContext) {
    const action = parseCardAction(step.context.activity.value);
    if (action === 'invalid') return this.say(step, Copy.badAction);
    if (action?.action === 'details') {
      const product = this.services.catalog.byId(action.productId);
      if (!product) return this.say(step, Copy.unknownProduct);
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
    const reply = ONE_LINE_REPLIES[recognition.intent];
    if (reply) return this.say(step, reply.text(), reply.suggestions);
    const search = messageSearch(recognition);
    switch (recognition.intent) {
      case Intents.productSearch:
        return step.beginDialog(DialogIds.productSearch, search);
      case 'recommend':
      case 'similar_items':
      case 'refine_list':
        // Until these have flows of their own, a message that names products is a search.
        if (isSpecific(search)) return step.beginDialog(DialogIds.productSearch, search);
        return this.say(step, Copy.notYet(intentLabel(recognition.intent)));
      case 'product_question':
      case 'price':
      case 'stock':
        return this.answerAboutProduct(step, recognition, search);
      case Intents.none:
        // Unsure of the intent, but the message names catalog things and the best guess is about products: search.
        if (
          namesCatalogThings(recognition) &&
          PRODUCT_INTENTS.has(String(recognition.alternatives[0]?.intent))
        )
          return step.beginDialog(DialogIds.productSearch, search);
        return this.didYouMean(step, recognition);
      default:
        return this.say(step, Copy.notYet(intentLabel(recognition.intent)));
    }
  }

  /** Shows the product the message names; otherwise searches what it names, or asks which one. */
  private async answerAboutProduct(
    step: WaterfallStepContext,
    recognition: Recognition,
    search: MessageSearch,
  ) {
    const named = recognition.entities.find((e) => e.type === 'product' && e.score >= 0.7);
    const product = named ? this.services.catalog.byId(String(named.value)) : undefined;
    if (product) {
      await sendProductDetails(step.context, product);
      return step.endDialog();
    }
    if (isSpecific(search)) return step.beginDialog(DialogIds.productSearch, search);
    return this.say(step, Copy.whichProduct);
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

/** The message names a product, brand or category of the catalog (a confident entity). */
function namesCatalogThings(recognition: Recognition): boolean {
  return recognition.entities.some(
    (e) => (e.type === 'product' || e.type === 'brand' || e.type === 'category') && e.score >= 0.7,
  );
}
