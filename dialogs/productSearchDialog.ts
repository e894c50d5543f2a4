// The product-search goal: ask what to look for if needed, search, show results.
import {
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import { MessageFactory, type StatePropertyAccessor } from 'botbuilder';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog } from './interruptibleDialog';
import { Copy, STARTER_SUGGESTIONS } from './copy';
import type { DialogServices } from './services';
import { readShopContext, type ShopContext } from './shopContext';
import { ListSearches } from './listSearchReplies';
import { getRecognition } from './turnRecognition';
import { isSpecific, messageSearch, type MessageSearch } from './messageSearch';

/** Options: what the message already said to look for, if anything. */
export type ProductSearchOptions = Partial<MessageSearch>;

/** Finds products for a query and filters and shows them, remembering the list for follow-ups. */
export class ProductSearchDialog extends InterruptibleDialog<ProductSearchOptions> {
  constructor(
    private readonly services: DialogServices,
    private readonly shopContext: StatePropertyAccessor<ShopContext>,
  ) {
    super(DialogIds.productSearch);
    this.addDialog(
      new TextPrompt(DialogIds.askWhat, async (p: PromptValidatorContext<string>) =>
        Boolean(p.recognized.value?.trim()),
      ),
    );
    this.addDialog(
      new WaterfallDialog(DialogIds.productSearchFlow, [
        this.askWhatStep.bind(this),
        this.showResultsStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.productSearchFlow;
  }

  private async askWhatStep(step: WaterfallStepContext<ProductSearchOptions>) {
    const { query, filters, sort } = step.options;
    const search: MessageSearch = {
      query: query?.trim() ?? '',
      filters: filters ?? {},
      ...(sort ? { sort } : {}),
    };
    if (isSpecific(search)) return step.next(search);
    return step.prompt(DialogIds.askWhat, { prompt: Copy.askWhat, retryPrompt: Copy.askWhatRetry });
  }

  private async showResultsStep(step: WaterfallStepContext<ProductSearchOptions>) {
    // "No" / "nothing" to "what are you looking for?" is not a search.
    if (typeof step.result === 'string' && getRecognition(step.context)?.intent === 'deny') {
      await step.context.sendActivity(
        MessageFactory.suggestedActions(STARTER_SUGGESTIONS, Copy.denyNoQuestion),
      );
      return step.endDialog();
    }
    const search = typeof step.result === 'string' ? answerSearch(step) : (step.result as MessageSearch);
    const shown = search.query || step.context.activity.text || '';
    const shop = await readShopContext(this.shopContext, step.context);
    // Shown, remembered as the current list (for refining and "go back") and recorded as a search event.
    await new ListSearches(this.services).search(step.context, shop, search, shown);
    return step.endDialog();
  }
}

/** The search for an answer to "What are you looking for?": the whole answer is what to find. */
function answerSearch(step: WaterfallStepContext<ProductSearchOptions>): MessageSearch {
  const text = String(step.result);
  const recognition = getRecognition(step.context);
  if (!recognition) return { query: text, filters: {} };
  const search = messageSearch({ ...recognition, query: undefined });
  return search.query || Object.keys(search.filters).length ? search : { query: text, filters: {} };
}
