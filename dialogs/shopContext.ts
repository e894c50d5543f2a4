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
