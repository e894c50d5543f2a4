// The recommender's shared data shapes and the contract every algorithm
// implements. ml-matrix lives in src/recommender and nowhere else; sparse
// data is kept in typed arrays (CSR), never as dense user×item matrices.

/** Interactions as a user×item sparse matrix in CSR form, with id ↔ index maps. */
export interface InteractionMatrix {
  /** External ids, by index. */
  users: string[];
  items: string[];
  userIndex: Map<string, number>;
  itemIndex: Map<string, number>;
  /** CSR rows: the items of user u are cols[rowPtr[u] .. rowPtr[u+1]) with values vals[...] (sorted by item). */
  rowPtr: Int32Array;
  cols: Int32Array;
  vals: Float32Array;
  /** Optional, aligned with `vals`: Unix seconds of each interaction (the latest for summed duplicates). */
  times?: Float64Array;
}

/** One raw interaction (e.g. a ratings CSV line: user,item,rating,timestamp). */
export interface Interaction {
  user: string;
  item: string;
  /** Explicit rating, or an implicit strength (count, weighted event). */
  value: number;
  /** Unix seconds; 0 when unknown. */
  timestamp: number;
}

/** Item content for content-based models (items CSV: item,title,categories,description). */
export interface ItemContent {
  item: string;
  title: string;
  categories: string[];
  description: string;
}

/** One recommended item with its score (higher is better; comparable within one call only). */
export interface Scored {
  item: number;
  score: number;
}

/** One entry of an ad-hoc history: a training item index and the interaction's strength (> 0). */
export interface HistoryItem {
  item: number;
  value: number;
}

/** What every algorithm does once trained. Indices are those of the training InteractionMatrix. */
export interface Recommender {
  readonly name: string;
  /**
   * The top `k` items for user index `u`, best first, never one in `exclude` (by default the items the
   * user has in training). Users unknown to training get the model's cold-start answer (may be empty).
   */
  recommend(u: number, k: number, exclude?: ReadonlySet<number>): Scored[];
  /** Predicted rating of item `i` by user `u`, for explicit-rating models (undefined otherwise). */
  predict?(u: number, i: number): number;
  /**
   * The top `k` items for a history that is not (or not only) in training — a new shopper, or a known one
   * with newer events — without retraining. Items out of range are ignored; by default the history's own
   * items are excluded. Entries are in chronological order (the last is the most recent).
   */
  recommendForHistory?(
    history: ReadonlyArray<HistoryItem>,
    k: number,
    exclude?: ReadonlySet<number>,
  ): Scored[];
  /** The trained model as plain JSON, restorable with `loadRecommender` (src/recommender/loadRecommender.ts). */
  toJSON?(): RecommenderJson;
}

/** A saved model: its algorithm name plus whatever that algorithm needs (see loadRecommender). */
export interface RecommenderJson {
  name: string;
}

/** Trains one algorithm on a matrix (and item content when it uses it). */
export type Trainer<O = Record<string, unknown>> = (
  data: InteractionMatrix,
  options?: Partial<O>,
  content?: ReadonlyMap<number, ItemContent>,
) => Recommender;
