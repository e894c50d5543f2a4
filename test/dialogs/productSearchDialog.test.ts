// The product-search goal with a fake catalog, through DialogTestClient.
import { ConversationState, MemoryStorage, type Middleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { ProductSearchDialog } from '../../dialogs/productSearchDialog';
import { shopContextAccessor, type ShopContext } from '../../dialogs/shopContext';
import { setRecognition } from '../../dialogs/turnRecognition';
import type { Catalog, CatalogSearchResult, CatalogFallbackResult } from '../../dialogs/services';
import { makeProduct } from '../helpers/fixtureProducts';

const tent = makeProduct({ id: 'TNT-0001', name: 'Summit 2 Tent', category: 'tents' });
const stove = makeProduct({ id: 'STV-0001', name: 'Blaze Stove', category: 'stoves' });

/** A catalog that finds products whose name contains the query. */
class FakeCatalog implements Catalog {
  queries: string[] = [];
  search(text: string): CatalogSearchResult {
    this.queries.push(text);
    const hits = [tent, stove]
      .filter((p) => p.name.toLowerCase().includes(text.toLowerCase()))
      .map((product) => ({ product, score: 1 }));
    return { query: text, hits, total: hits.length };
  }
  searchWithFallback(text: string): CatalogFallbackResult {
    return { ...this.search(text), relaxed: null };
  }
  all() {
    return [tent, stove];
  }
  byId(id: string) {
    return [tent, stove].find((p) => p.id === id);
  }
}

/** This dialog never asks the FAQ. */
const NO_FAQ = {
  answer: async () => ({ kind: 'none' as const }),
  byTitle: () => undefined,
  byId: () => undefined,
};

/** What the NLU says for the interruption words these tests type; anything else is a product search. */
const INTERRUPTIONS: Record<string, string> = { cancel: 'cancel', help: 'help', 'start over': 'start_over' };

const recognizing: Middleware = {
  onTurn: async (context, next) => {
    if (context.activity.text)
      setRecognition(context, {
        text: context.activity.text,
        intent: INTERRUPTIONS[context.activity.text] ?? 'product_search',
        score: 1,
        alternatives: [],
        entities: [],
      });
    await next();
  },
};

/** The search dialog never recommends. */
const NO_RECOMMENDATIONS = { forShopper: () => [], goesWith: () => [], similarTo: () => [] };

function client(options: { query?: string } = {}, channelId = 'test') {
  const catalog = new FakeCatalog();
  const conversationState = new ConversationState(new MemoryStorage());
  const accessor = shopContextAccessor(conversationState);
  const dialog = new ProductSearchDialog(
    { catalog, faq: NO_FAQ, recommendations: NO_RECOMMENDATIONS, resultLimit: 5 },
    accessor,
  );
  const testClient = new DialogTestClient(channelId, dialog, options, [recognizing], conversationState);
  return { testClient, catalog, accessor, conversationState };
}

describe('ProductSearchDialog', () => {
  it('skips the question when the query is already known and lists results as text on a text channel', async () => {
    const { testClient, catalog } = client({ query: 'summit' });
    const reply = await testClient.sendActivity('anything');
    expect(catalog.queries).toEqual(['summit']);
    expect(reply.text).toMatch(/match/);
    expect(reply.text).toMatch(/1\. Summit 2 Tent/);
    expect(reply.attachments ?? []).toHaveLength(0);
    expect(testClient.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  });

  it('asks what to look for, then searches the answer', async () => {
    const { testClient, catalog } = client();
    expect((await testClient.sendActivity('hi')).text).toBe('What are you looking for?');
    expect(testClient.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
    await testClient.sendActivity('blaze');
    expect(catalog.queries).toEqual(['blaze']);
    expect(testClient.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
  });

  it('says so when nothing matches', async () => {
    const { testClient } = client({ query: 'kayak' });
    expect((await testClient.sendActivity('x')).text).toMatch(/couldn't find anything for "kayak"/);
  });

  it('sends cards on card channels', async () => {
    const { testClient } = client({ query: 'summit' }, 'directline');
    await testClient.sendActivity('x');
    const carousel = testClient.getNextReply();
    expect(carousel.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('is interrupted by cancel while waiting', async () => {
    const { testClient, catalog } = client();
    await testClient.sendActivity('hi');
    expect((await testClient.sendActivity('cancel')).text).toMatch(/stopped/);
    expect(testClient.dialogTurnResult.status).not.toBe(DialogTurnStatus.waiting);
    expect(catalog.queries).toEqual([]);
    expect((await testClient.sendActivity('summit')).text).toBe('What are you looking for?');
  });

  it('answers help and asks again, staying in the flow', async () => {
    const { testClient } = client();
    await testClient.sendActivity('hi');
    expect((await testClient.sendActivity('help')).text).toMatch(/Tell me what you're looking for/);
    expect(testClient.getNextReply().text).toBe('What are you looking for?');
    expect(testClient.dialogTurnResult.status).toBe(DialogTurnStatus.waiting);
  });

  it('remembers the list it showed', async () => {
    const { testClient, accessor, conversationState } = client({ query: 'summit' });
    await testClient.sendActivity('x');
    const storageKey = Object.keys(
      (conversationState as unknown as { storage: { memory: object } }).storage.memory,
    )[0];
    expect(storageKey).toBeDefined();
    expect(accessor).toBeDefined();
    const stored = JSON.parse(
      (conversationState as unknown as { storage: { memory: Record<string, string> } }).storage.memory[
        storageKey
      ],
    );
    expect((stored.shopContext as ShopContext).lastResults).toEqual(['TNT-0001']);
  });
});
