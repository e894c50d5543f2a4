// Lists the shopper can narrow, re-sort and go back through. The decisions (how a refinement
// combines with the current search, what "cheaper" and "lighter" mean) are in src/catalog
// (refineSearch.ts, listRefinement.ts, searchHistory.ts); this module orchestrates and renders.
import type { TurnContext } from 'botbuilder';
import type { Recognition } from '../src/nlu/recognizer';
import type { Product } from '../src/domain/schemas';
import {
  refinementFromMessage,
  type Refinement,
  type RelativeConstraint,
} from '../src/catalog/listRefinement';
import {
  combineSearch,
  runListSearch,
  type CombinedSearch,
  type ListResult,
  type ListSearch,
  type ListSearchDeps,
} from '../src/catalog/refineSearch';
import {
  asksForMore,
  asksGoBack,
  describeSearch,
  goBack,
  pushSearch,
  type SearchSnapshot,
} from '../src/catalog/searchHistory';
import { formatPrice } from '../src/catalog/productFacts';
import { Copy } from './copy';
import { SearchCopy } from './searchCopy';
import { sendProductList } from './productRendering';
import type { DialogServices } from './services';
import type { ShopContext } from './shopContext';
import { recordEvent } from './shoppingServices';

/** How a list came about: a new search, a refinement of the current one, its next page, or going back. */
export type ListSource = 'search' | 'refine' | 'more' | 'back';

/** Runs, shows, remembers and records product lists for one conversation's turn. */
export class ListSearches {
  constructor(private readonly services: DialogServices) {}

  /** A new search (from the search dialog): shown, remembered as the current list, recorded. */
  async search(
    context: TurnContext,
    shop: ShopContext,
    search: ListSearch,
    shown: string,
  ): Promise<ListResult> {
    const result = runListSearch({ search }, this.deps());
    await this.show(context, shop, result, 'search', shown);
    return result;
  }

  /**
   * Refines the current list with what the message adds ("cheaper", "in green"), or with `{ like }`
   * lists products like that one under the current filters. False when there is no search to refine.
   */
  async refine(
    context: TurnContext,
    shop: ShopContext,
    text: string,
    change: Refinement | { like: string },
  ): Promise<boolean> {
    const current = shop.searches?.current;
    if (!current) return false;
    const combined: CombinedSearch =
      'like' in change
        ? { search: { ...current, sort: undefined, offset: undefined, like: change.like } }
        : combineSearch(current, change, {
            shown: this.products(shop.lastResults),
            selected: this.selected(shop),
          });
    await this.show(context, shop, runListSearch(combined, this.deps(), current), 'refine', text);
    return true;
  }

  /** "Show more": the next page of the current list, or that there is no more. */
  async more(context: TurnContext, shop: ShopContext, text: string): Promise<void> {
    const current = shop.searches?.current;
    if (!current) return;
    const offset = (current.offset ?? 0) + this.services.resultLimit;
    const result = runListSearch({ search: { ...current, offset } }, this.deps());
    if (result.products.length === 0) {
      await context.sendActivity(SearchCopy.noMore(describeSearch(current)));
      return;
    }
    await this.show(context, shop, result, 'more', text);
  }

  /** "Go back": shows the previous list again; false when there is none. */
  async back(context: TurnContext, shop: ShopContext): Promise<boolean> {
    const back = shop.searches && goBack(shop.searches, shop.lastResults);
    if (!back) {
      await context.sendActivity(SearchCopy.nothingToGoBack);
      return false;
    }
    shop.searches = back.history;
    const products = this.products(back.show.results);
    this.remember(shop, back.show.results);
    await this.record(context, back.show, 'back');
    await sendProductList(context, SearchCopy.backTo(describeSearch(back.show)), products);
    return true;
  }

  private async show(
    context: TurnContext,
    shop: ShopContext,
    result: ListResult,
    source: ListSource,
    shown: string,
  ): Promise<void> {
    const snapshot: SearchSnapshot = { ...result.search, results: result.products.map((p) => p.id) };
    if (source === 'search') shop.lastQuery = shown;
    await this.record(context, snapshot, source);
    if (result.products.length === 0) {
      const like = result.search.like ? this.services.catalog.byId(result.search.like) : undefined;
      await context.sendActivity(like ? SearchCopy.noneLike(like.name) : Copy.noResults(shown));
      return;
    }
    shop.searches = pushSearch(shop.searches ?? { earlier: [] }, snapshot);
    this.remember(shop, snapshot.results);
    await sendProductList(context, this.intro(result, source, shown), result.products);
  }

  private intro(result: ListResult, source: ListSource, shown: string): string {
    const summary = describeSearch({ ...result.search, like: undefined });
    if (result.note) {
      const { kind, than } = result.note;
      return SearchCopy.noneRelative(kind, figureText(kind, than, result.products));
    }
    if (source === 'more') {
      const from = (result.search.offset ?? 0) + 1;
      return SearchCopy.moreResults(from, from + result.products.length - 1, result.total, summary);
    }
    if (result.relaxed) return Copy.relaxedResults(result.relaxed, shown);
    const like = result.search.like ? this.services.catalog.byId(result.search.like) : undefined;
    if (like) return SearchCopy.likeResults(like.name, summary);
    // A new search says what it did beyond the words when it ranked or bounded them ("rated -5 °C or
    // colder" for a winter bag, "lightest first" for "not too heavy").
    if (source === 'search' && !saysMoreThanWords(result.search))
      return Copy.results(result.total, result.products.length);
    return SearchCopy.refinedResults(result.total, result.products.length, summary);
  }

  /** The list on screen is now this one: nothing picked from it yet (unless it has one product). */
  private remember(shop: ShopContext, ids: string[]): void {
    shop.lastResults = ids;
    shop.lastListKind = 'search';
    shop.lastProductId = ids.length === 1 ? ids[0] : undefined;
  }

  private async record(context: TurnContext, search: SearchSnapshot, source: ListSource): Promise<void> {
    const events = this.services.shopping?.events;
    if (!events) return;
    const query = describeSearch(search) || search.query;
    await recordEvent(context, events, {
      type: 'search',
      query: search.like ? `like ${search.like}${query ? `, ${query}` : ''}` : query,
      productIds: search.results,
      ...(source === 'search' ? {} : { source }),
    });
  }

  private selected(shop: ShopContext): Product | undefined {
    const id = shop.lastProductId;
    return id && shop.lastResults.includes(id) ? this.services.catalog.byId(id) : undefined;
  }

  private products(ids: readonly string[]): Product[] {
    return ids.map((id) => this.services.catalog.byId(id)).filter((p): p is Product => p !== undefined);
  }

  private deps(): ListSearchDeps {
    const { catalog, recommendations, resultLimit } = this.services;
    return {
      search: (text, options) => catalog.search(text, options),
      searchWithFallback: (text, options) => catalog.searchWithFallback(text, options),
      similarTo: (id, { k, filters }) => recommendations.similarTo(id, { k, filters }).map((c) => c.product),
      limit: resultLimit,
    };
  }
}

/** The figure a relative refinement had to beat, as the shopper reads it: "$315", "1359 g", "-5 °C". */
function figureText(kind: RelativeConstraint, than: number, products: readonly Product[]): string {
  switch (kind) {
    case 'cheaper':
    case 'pricier':
      return formatPrice(than, products[0]?.currency ?? 'USD');
    case 'lighter':
      return `${Math.round(than)} g`;
    case 'warmer':
      return `${than} °C`;
    case 'bigger':
      return products.some((p) => p.attributes.capacityLiters !== undefined) ? `${than} L` : `${than} people`;
    case 'brighter':
      return `${than} lumens`;
  }
}

/**
 * A turn about the list on screen: "go back", "show more", "more like the second one" (`pick` resolves the
 * product referred to) or a refinement of the current search. False when the message is none of
 * these, or when a colour or size is better read as a question about the product being discussed.
 */
export async function routeListTurn(
  context: TurnContext,
  shop: ShopContext,
  lists: ListSearches,
  recognition: Recognition,
  pick: () => Product | undefined,
): Promise<boolean> {
  if (asksGoBack(recognition.text)) return lists.back(context, shop).then(() => true);
  const current = shop.searches?.current;
  if (!current || shop.lastResults.length === 0) return false;
  if (asksForMore(recognition.text)) return lists.more(context, shop, recognition.text).then(() => true);
  if (recognition.intent === 'similar_items' && recognition.entities.some((e) => e.type === 'ordinal')) {
    const product = pick();
    if (!product) return false;
    return lists.refine(context, shop, recognition.text, { like: product.id });
  }
  const refinement = refinementFromMessage(recognition.text, recognition.entities);
  // A brand not wanted ("no Campfield either") refines the list whatever the NLU made of the "no".
  if (!refinement || (recognition.intent !== 'refine_list' && !refinement.filters.excludeBrands))
    return false;
  // Another kind of product ("best rated headlamps" while packs are shown) is a new search.
  const { category } = refinement.filters;
  if (category && current.filters.category && category !== current.filters.category) return false;
  const aboutProduct =
    shop.lastProductId !== undefined &&
    !refinement.relative &&
    !refinement.sort &&
    Boolean(refinement.filters.colours || refinement.filters.sizes);
  if (aboutProduct) return false;
  return lists.refine(context, shop, recognition.text, refinement);
}

/** True when a search ranks or bounds its results in ways its words may not show. */
function saysMoreThanWords(search: ListSearch): boolean {
  const f = search.filters;
  return (
    search.sort !== undefined ||
    f.maxTemperatureC !== undefined ||
    f.maxWeightGrams !== undefined ||
    f.minLumens !== undefined
  );
}
