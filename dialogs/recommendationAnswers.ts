// Recommendation requests from the main flow: for the shopper, what goes with a product, products like
// one (the Similar button too) — or, when the message asks for a ranking, a search in that order.
import type { StatePropertyAccessor } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { Recognition } from '../src/nlu/recognizer';
import type { Product } from '../src/domain/schemas';
import type { SearchFilters } from '../src/catalog/searchFilters';
import { recommendationAsk, type RecommendationAsk } from '../src/answers/recommendationRequest';
import { Copy } from './copy';
import { DialogIds } from './dialogIds';
import { isSpecific, namesCatalogThings, type MessageSearch } from './messageSearch';
import { productInQuestion } from './productInQuestion';
import { sendRecommendations } from './recommendationReplies';
import type { DialogServices } from './services';
import { readShopContext, type ShopContext } from './shopContext';
import { alreadyHave } from './shopperHistory';
import { say } from './stepReplies';

/** The main dialog's recommendation answers (each ends the turn's flow). */
export class RecommendationAnswers {
  constructor(
    private readonly services: DialogServices,
    private readonly shopContext: StatePropertyAccessor<ShopContext>,
  ) {}

  /** Products like this one (the Similar button), as a list the shopper can pick from. */
  async showSimilar(step: WaterfallStepContext, product: Product) {
    await this.sendRecommendations(step, { kind: 'similar', cheaper: false }, product, {});
    return step.endDialog();
  }

  /** Recommendations: for the shopper, what goes with a product, or products like one (maybe cheaper). */
  async recommend(step: WaterfallStepContext, recognition: Recognition, search: MessageSearch) {
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
    return say(step, Copy.whichProduct);
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
}
