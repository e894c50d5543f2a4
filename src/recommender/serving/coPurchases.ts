// "Often bought with": item-kNN (cosine) over who bought or carted what, kept as top-K neighbour
// lists per product and saved with the store's recommender model.
import { buildInteractionMatrix } from '../interactions';
import { trainItemKnn, type ItemKnnJson, ItemKnnModel } from '../itemKnn';
import { eventInteractions, type InteractionEvent } from './eventInteractions';
import type { CoPurchases } from './storeRecommender';

/** Neighbours kept per product. */
const NEIGHBOURS = 20;
/** Only buying signals: carts and purchases count, views and ratings do not. */
const BUYING_WEIGHTS = { view: 0, add_to_cart: 1, remove_from_cart: -1, purchase: 1, rating: 0 };

/** Co-purchase lists as JSON: the product ids in index order and the neighbour lists. */
export interface CoPurchasesJson {
  items: string[];
  knn: ItemKnnJson;
}

/** Co-purchase neighbours over item-kNN lists. */
export class KnnCoPurchases implements CoPurchases {
  private readonly index: Map<string, number>;

  constructor(
    private readonly items: readonly string[],
    private readonly model: ItemKnnModel,
  ) {
    this.index = new Map(items.map((id, i) => [id, i]));
  }

  /** Learns the lists from behaviour events; every product of `productIds` is indexed. */
  static train(events: readonly InteractionEvent[], productIds: readonly string[]): KnnCoPurchases {
    const interactions = eventInteractions(events, { weights: BUYING_WEIGHTS, halfLifeDays: 365 });
    const matrix = buildInteractionMatrix(interactions, { extraItems: productIds });
    return new KnnCoPurchases(matrix.items, trainItemKnn(matrix, { k: NEIGHBOURS }));
  }

  /** Restores lists saved with toJSON. */
  static fromJSON(json: CoPurchasesJson): KnnCoPurchases {
    const items = json.items;
    const empty = buildInteractionMatrix([], { extraItems: items });
    return new KnnCoPurchases(items, ItemKnnModel.fromJSON(json.knn, empty));
  }

  /** The ids and neighbour lists; the item-kNN's training matrix is left out (fromJSON never reads it). */
  toJSON(): CoPurchasesJson {
    const knn = this.model.toJSON();
    delete knn.matrix;
    return { items: [...this.items], knn };
  }

  neighbours(productId: string): { productId: string; score: number }[] {
    const i = this.index.get(productId);
    if (i === undefined) return [];
    return this.model.neighbours(i).map(({ item, score }) => ({ productId: this.items[item], score }));
  }

  similarity(a: string, b: string): number {
    const i = this.index.get(a);
    const j = this.index.get(b);
    return i === undefined || j === undefined ? 0 : this.model.similarity(i, j);
  }
}
