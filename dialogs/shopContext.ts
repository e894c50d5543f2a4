// What the conversation remembers between turns about the shopping so far.
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { SearchHistory } from '../src/catalog/searchHistory';

/** Conversation-scoped shopping context. */
export interface ShopContext {
  /** Product ids of the last list shown, in order. */
  lastResults: string[];
  /** The last query searched. */
  lastQuery?: string;
  /** The product being discussed (last shown in detail or asked about), for follow-ups like "is it in stock?". */
  lastProductId?: string;
  /** Products the shopper looked at in this conversation, most recent last (their history for recommendations). */
  viewed?: string[];
  /** What the last list was: search results or recommendations (a pick from the latter is a recommendation clicked). */
  lastListKind?: 'search' | 'recommendation';
  /** The search behind the current list and a few earlier ones, for refining and "go back". */
  searches?: SearchHistory;
  /**
   * The products of the last comparison, and the list in view when it was made: while that list is
   * still in view, "which is lighter?" is asked of the products compared.
   */
  compared?: { ids: string[]; list: string[] };
}

/** The products last compared, while the list they were compared from is still in view. */
export function comparedInView(shop: ShopContext): string[] | undefined {
  const { compared } = shop;
  if (!compared || compared.list.length !== shop.lastResults.length) return undefined;
  return compared.list.every((id, i) => id === shop.lastResults[i]) ? compared.ids : undefined;
}

/** The accessor for the shopping context in conversation state. */
export function shopContextAccessor(state: ConversationState): StatePropertyAccessor<ShopContext> {
  return state.createProperty<ShopContext>('shopContext');
}

/** Reads the context, creating an empty one on first use. */
export async function readShopContext(
  accessor: StatePropertyAccessor<ShopContext>,
  context: TurnContext,
): Promise<ShopContext> {
  return accessor.get(context, { lastResults: [] });
}
