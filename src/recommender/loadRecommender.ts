// Restoring a saved model (the JSON its toJSON produced) of any algorithm that can be saved.
import { AlsModel } from './alsModel';
import { ContentModel } from './content';
import { EaseModel } from './ease';
import { HybridModel } from './hybrid';
import { ItemKnnModel, type ItemKnnJson } from './itemKnn';
import { PopularityModel } from './popularity';
import { UserKnnModel, type UserKnnJson } from './userKnn';
import type { InteractionMatrix, Recommender, RecommenderJson } from './types';

type Loader = (json: unknown, data?: InteractionMatrix) => Recommender;

/** Loaders by the `name` a saved model carries. Add one line per saveable algorithm. */
export const LOADERS: Record<string, Loader> = {
  popularity: (json, data) => PopularityModel.fromJSON(json, data),
  'item-knn': (json, data) => ItemKnnModel.fromJSON(json as ItemKnnJson, data),
  'user-knn': (json, data) => UserKnnModel.fromJSON(json as UserKnnJson, data),
  'user-knn-pearson': (json, data) => UserKnnModel.fromJSON(json as UserKnnJson, data),
  ease: (json, data) => EaseModel.fromJSON(json, data),
  als: (json, data) => AlsModel.fromJSON(json, data),
  content: (json, data) => ContentModel.fromJSON(json, data),
  hybrid: (json, data) => HybridModel.fromJSON(json, loadRecommender, data),
};

/**
 * Restores a model from its toJSON output (e.g. JSON.parse of models/recommender.json's part). `data` is
 * only for JSON saved without its training matrix (a hybrid's components share the hybrid's).
 */
export function loadRecommender(json: unknown, data?: InteractionMatrix): Recommender {
  const name = (json as RecommenderJson | undefined)?.name;
  const loader =
    typeof name === 'string' && Object.prototype.hasOwnProperty.call(LOADERS, name)
      ? LOADERS[name]
      : undefined;
  if (!loader)
    throw new Error(
      `loadRecommender: cannot restore a "${String(name)}" model; known: ${Object.keys(LOADERS).join(', ')}`,
    );
  return loader(json, data);
}
