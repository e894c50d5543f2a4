// "What do you sell?" and "which brands do you carry?": the shop's kinds of products or brands, each a
// suggestion to tap, instead of a search for the words "what do you sell".
import { MessageFactory, type TurnContext } from 'botbuilder';
import { brandNames, catalogOverviewAsk, categoryCounts } from '../src/catalog/catalogOverview';
import { capitalise, categoryLabel } from '../src/catalog/productFacts';
import { MIN_FILTER_CONFIDENCE } from '../src/catalog/searchRequestFromEntities';
import type { Category } from '../src/domain/schemas';
import type { Recognition } from '../src/nlu/recognizer';
import type { Catalog } from './services';
import { SearchCopy } from './searchCopy';
import { andList } from './listWords';

/** How many kinds or brands are offered as suggestions under the answer. */
const SUGGESTIONS = 4;

/** Answers a question about the whole catalog; false when the message is not one. */
export async function answerCatalogOverview(
  context: TurnContext,
  catalog: Catalog,
  recognition: Pick<Recognition, 'text' | 'entities'>,
): Promise<boolean> {
  const ask = catalogOverviewAsk(recognition.text);
  if (!ask) return false;
  const products = catalog.all();
  if (ask === 'categories') {
    const counts = categoryCounts(products);
    const kinds = andList(counts.map((c) => `${categoryLabel(c.category)} (${c.count})`));
    const suggestions = counts.slice(0, SUGGESTIONS).map((c) => capitalise(categoryLabel(c.category)));
    await context.sendActivity(
      MessageFactory.suggestedActions(suggestions, SearchCopy.catalogOverview(kinds, products.length)),
    );
    return true;
  }
  // "which brands of tents do you have?": the brands of that category.
  const category = recognition.entities.find((e) => e.type === 'category' && e.score >= MIN_FILTER_CONFIDENCE)
    ?.value as Category | undefined;
  const brands = brandNames(products, category);
  const text = SearchCopy.brandsOverview(andList(brands), category ? categoryLabel(category) : '');
  // Tapping a brand shows its products (of the category asked about).
  const suggestions = brands
    .slice(0, SUGGESTIONS)
    .map((brand) => (category ? `${brand} ${categoryLabel(category)}` : brand));
  await context.sendActivity(MessageFactory.suggestedActions(suggestions, text));
  return true;
}
