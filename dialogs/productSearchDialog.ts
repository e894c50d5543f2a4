// The product-search goal: ask what to look for if needed, search, show results.
import {
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
  type PromptValidatorContext,
} from 'botbuilder-dialogs';
import type { StatePropertyAccessor } from 'botbuilder';
import { DialogIds } from './dialogIds';
import { InterruptibleDialog } from './interruptibleDialog';
import { Copy } from './copy';
import type { DialogServices } from './services';
import { readShopContext, type ShopContext } from './shopContext';
import { sendProductList } from './productRendering';

/** Options: the query when the message already said what to look for. */
export interface ProductSearchOptions {
  query?: string;
}

/** Finds products for a query and shows them, remembering the list for follow-ups. */
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
    const query = step.options.query?.trim();
    if (query) return step.next(query);
    return step.prompt(DialogIds.askWhat, { prompt: Copy.askWhat, retryPrompt: Copy.askWhatRetry });
  }

  private async showResultsStep(step: WaterfallStepContext<ProductSearchOptions>) {
    const text = String(step.result);
    const result = this.services.catalog.search(text, { limit: this.services.resultLimit });
    const shop = await readShopContext(this.shopContext, step.context);
    shop.lastQuery = text;
    if (result.hits.length === 0) {
      await step.context.sendActivity(Copy.noResults(text));
      return step.endDialog();
    }
    const products = result.hits.map((h) => h.product);
    shop.lastResults = products.map((p) => p.id);
    await sendProductList(step.context, Copy.results(result.total, products.length), products);
    return step.endDialog();
  }
}
