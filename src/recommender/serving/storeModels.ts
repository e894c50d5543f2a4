// Training the store's recommender models from behaviour events and the catalog: the default
// (hybrid) model over weighted, decayed interactions, a content model over product text and
// attributes (for new products and single-item histories) and co-purchase lists. Pure and
// synchronous: the caller decides where it runs (start-up, `shopkeeper train`, a worker thread).
import type { Product } from '../../domain/schemas';
import { algorithm, DEFAULT_ALGORITHM } from '../algorithms';
import { buildInteractionMatrix, nnz } from '../interactions';
import { loadRecommender } from '../loadRecommender';
import { matrixFromJson, matrixToJson, type MatrixJson } from '../modelJson';
import type { ItemContent, Recommender, RecommenderJson } from '../types';
import { KnnCoPurchases, type CoPurchasesJson } from './coPurchases';
import { eventInteractions, type InteractionEvent } from './eventInteractions';
import type { HistoryScorer } from './storeRecommender';

/** Bump when a change makes saved store models stale. */
export const STORE_MODELS_VERSION = 2;

/** The trained models as saved in models/recommender.json. */
export interface StoreModelsJson {
  version: number;
  algorithm: string;
  items: string[];
  /** The training matrix both models share (saved once; their own JSON leaves it out). */
  matrix: MatrixJson;
  behaviour: unknown;
  content: unknown;
  coPurchases: CoPurchasesJson;
  stats: { shoppers: number; products: number; interactions: number; events: number };
}

/** Trained models ready to serve. */
export interface StoreModels {
  items: string[];
  behaviour: HistoryScorer;
  content: HistoryScorer;
  coPurchases: KnnCoPurchases;
  json: StoreModelsJson;
}

/** What the content model reads of a product: its name, category, brand, tags, description and attributes. */
export function productContent(product: Product): ItemContent {
  const attributes = Object.entries(product.attributes)
    .map(([key, value]) => (value === true ? key : value === false ? `not ${key}` : `${key} ${value}`))
    .join(' ');
  return {
    item: product.id,
    title: product.name,
    categories: [product.category, product.brand, ...product.tags],
    description: `${product.description} ${attributes}`,
  };
}

/** Trains every store model (synchronously) from the events and the catalog. */
export function trainStoreModels(
  events: readonly InteractionEvent[],
  products: readonly Product[],
  algorithmName: string = DEFAULT_ALGORITHM,
): StoreModels {
  const interactions = eventInteractions(events);
  const matrix = buildInteractionMatrix(interactions, { extraItems: products.map((p) => p.id) });
  const byId = new Map(products.map((p) => [p.id, p]));
  const content = new Map<number, ItemContent>();
  matrix.items.forEach((id, i) => {
    const product = byId.get(id);
    if (product) content.set(i, productContent(product));
  });
  const behaviour = algorithm(algorithmName)(matrix, {}, content);
  const contentModel = algorithm('content')(matrix, {}, content);
  const coPurchases = KnnCoPurchases.train(events, matrix.items);
  const json: StoreModelsJson = {
    version: STORE_MODELS_VERSION,
    algorithm: algorithmName,
    items: matrix.items,
    matrix: matrixToJson(matrix),
    behaviour: serialise(behaviour),
    content: serialise(contentModel),
    coPurchases: coPurchases.toJSON(),
    stats: {
      shoppers: matrix.users.length,
      products: products.length,
      interactions: nnz(matrix),
      events: events.length,
    },
  };
  return {
    items: matrix.items,
    behaviour: scorer(behaviour),
    content: scorer(contentModel),
    coPurchases,
    json,
  };
}

/** Restores models saved by trainStoreModels (throws naming what is wrong). */
export function restoreStoreModels(json: StoreModelsJson): StoreModels {
  if (json.version !== STORE_MODELS_VERSION)
    throw new Error(`recommender model version ${json.version}, expected ${STORE_MODELS_VERSION}`);
  const matrix = matrixFromJson(json.matrix);
  return {
    items: json.items,
    behaviour: scorer(loadRecommender(json.behaviour, matrix)),
    content: scorer(loadRecommender(json.content, matrix)),
    coPurchases: KnnCoPurchases.fromJSON(json.coPurchases),
    json,
  };
}

/** The model's JSON without its training matrix (saved once for both models). */
function serialise(model: Recommender): unknown {
  if (typeof model.toJSON !== 'function') throw new Error(`the ${model.name} model cannot be saved`);
  const json: RecommenderJson & { matrix?: unknown } = { ...model.toJSON() };
  delete json.matrix;
  return json;
}

function scorer(model: Recommender): HistoryScorer {
  if (typeof model.recommendForHistory !== 'function')
    throw new Error(`the ${model.name} model cannot score an ad-hoc history`);
  return model as Recommender & HistoryScorer;
}
