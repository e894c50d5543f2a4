// The root dialog: routes each new message to the goal it asks for.
import { WaterfallDialog, type WaterfallStepContext, DialogSet, DialogTurnStatus } from 'botbuilder-dialogs';
import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { Intents } from '../src/nlu/recognizer';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog } from './interruptibleDialog';
import { Copy, STARTER_SUGGESTIONS } from './copy';
import { getRecognition } from './turnRecognition';
import { parseCardAction } from './cardActions';
import { ProductSearchDialog } from './productSearchDialog';
import type { DialogServices } from './services';
import type { ShopContext } from './shopContext';
import { sendProductDetails } from './productRendering';

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
    if (action === 'invalid') {
      await step.context.sendActivity(Copy.badAction);
      return step.endDialog();
    }
    if (action?.action === 'details') {
      const product = this.services.catalog.byId(action.productId);
      await (product
        ? sendProductDetails(step.context, product)
        : step.context.sendActivity(Copy.unknownProduct));
      return step.endDialog();
    }
    const recognition = getRecognition(step.context);
    switch (recognition?.intent) {
      case Intents.productSearch:
        return step.beginDialog(DialogIds.productSearch, { query: recognition.query });
      case Intents.help:
        await step.context.sendActivity(MessageFactory.suggestedActions(STARTER_SUGGESTIONS, Copy.help));
        return step.endDialog();
      case Intents.greeting:
        await step.context.sendActivity(MessageFactory.suggestedActions(STARTER_SUGGESTIONS, Copy.greeting));
        return step.endDialog();
      case Intents.thanks:
        await step.context.sendActivity(Copy.thanks);
        return step.endDialog();
      case Intents.cancel:
        await step.context.sendActivity(Copy.nothingToCancel);
        return step.endDialog();
      case Intents.startOver:
        await step.context.sendActivity(
          MessageFactory.suggestedActions(STARTER_SUGGESTIONS, `${Copy.startedOver} ${Copy.askWhat}`),
        );
        return step.endDialog();
      default:
        await step.context.sendActivity(
          MessageFactory.suggestedActions(STARTER_SUGGESTIONS, Copy.notUnderstood),
        );
        return step.endDialog();
    }
  }

  private async finishStep(step: WaterfallStepContext) {
    return step.endDialog();
  }
}
