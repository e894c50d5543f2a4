// Replies to questions about the list on screen: "which is the lightest?" names the winner among
// the products shown, and a comparison may point into the list ("compare the first two").
import type { TurnContext } from 'botbuilder';
import type { Product } from '../src/domain/schemas';
import type { Recognition } from '../src/nlu/recognizer';
import { bestOfList, listPositions, MAX_COMPARED, superlativeAsked } from '../src/catalog/listQuestions';
import { sortAsked } from '../src/catalog/listRefinement';
import { namesCatalogThings } from './messageSearch';
import { PRODUCT_MIN_SCORE } from './productInQuestion';
import { SearchCopy } from './searchCopy';
import type { Catalog } from './services';
import { comparedInView, type ShopContext } from './shopContext';

/** Words that point at the list itself ("which one", "of these"). */
const POINTS_AT_LIST = /\b(these|them|those|ones?|shown|listed|here)\b/i;

/** The products a "which is …?" question is about: those just compared, or else the list in view. */
const inQuestion = (shop: ShopContext, catalog: Pick<Catalog, 'byId'>) =>
  (comparedInView(shop) ?? shop.lastResults)
    .map((id) => catalog.byId(id))
    .filter((p): p is Product => p !== undefined);

/**
 * Answers "which is the lightest / cheapest / warmest …?" (or picks "the cheapest one") among the
 * products just compared or else the list shown, and makes the winner the product being discussed;
 * false (nothing sent) when the message is not such a question about the list — "what's the
 * cheapest tent you have?" names the catalog and is a search instead.
 */
export async function answerListSuperlative(
  context: TurnContext,
  shop: ShopContext,
  catalog: Pick<Catalog, 'byId'>,
  recognition: Recognition,
): Promise<boolean> {
  const products = inQuestion(shop, catalog);
  if (products.length === 0) return false;
  // "which is the lightest?", or "the cheapest one" picking from the list.
  const sort =
    superlativeAsked(recognition.text) ??
    (recognition.intent === 'select_item' ? sortAsked(recognition.text) : undefined);
  if (!sort) return false;
  if (namesCatalogThings(recognition) && !POINTS_AT_LIST.test(recognition.text)) return false;
  const best = bestOfList(products, sort);
  if (best.kind === 'unknown') {
    await context.sendActivity(SearchCopy.listBestUnknown(best.figure));
    return true;
  }
  shop.lastProductId = best.product.id;
  await context.sendActivity(
    SearchCopy.listBest(best.superlative, best.product.name, best.value, best.among, best.shown),
  );
  return true;
}

/**
 * The products a comparison means: those it names, then those it points at in the list shown ("the
 * first two", "1 and 3", "these"); with only one, the product being discussed joins it.
 */
export function comparedProducts(
  recognition: Recognition,
  shop: ShopContext,
  catalog: Pick<Catalog, 'byId'>,
): Product[] {
  const named = recognition.entities
    .filter((e) => e.type === 'product' && e.score >= PRODUCT_MIN_SCORE)
    .map((e) => String(e.value));
  const pointed = listPositions(recognition.text, recognition.entities, shop.lastResults.length).map(
    (i) => shop.lastResults[i],
  );
  const ids = [...new Set([...named, ...pointed])];
  if (ids.length === 1 && shop.lastProductId && shop.lastProductId !== ids[0])
    ids.unshift(shop.lastProductId);
  return ids
    .slice(0, MAX_COMPARED)
    .map((id) => catalog.byId(id))
    .filter((p): p is Product => p !== undefined);
}
