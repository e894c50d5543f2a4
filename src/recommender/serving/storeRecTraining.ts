// Keeping models/recommender.json fresh: reuse it while the catalog and behaviour it was trained on
// are unchanged, otherwise train (with progress) and save it with its manifest entry and metrics.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Product } from '../../domain/schemas';
import { loadSavedModel, saveModel } from '../../models/manifest';
import { PROJECT_ROOT } from '../../paths';
import { DEFAULT_ALGORITHM } from '../algorithms';
import type { InteractionEvent } from './eventInteractions';
import { PopularInContext } from './popularInContext';
import {
  restoreStoreModels,
  STORE_MODELS_VERSION,
  trainStoreModels,
  type StoreModels,
  type StoreModelsJson,
} from './storeModels';
import { StoreRecommender } from './storeRecommender';

/** The model's name in models/manifest.json, and its file. */
export const RECOMMENDER_MODEL = { name: 'recommender', file: 'recommender.json' };

/** Options of {@link loadOrTrainRecommender}. */
export interface RecommenderLoadOptions {
  modelsDir?: string;
  /** Retrain even when the saved model is fresh. */
  force?: boolean;
  /** Serve saved models even when behaviour has changed since (the caller retrains in the background). */
  acceptStale?: boolean;
  algorithm?: string;
  onProgress?: (message: string) => void;
}

/** What loadOrTrainRecommender did. */
export interface RecommenderLoad {
  recommender: StoreRecommender;
  models: StoreModels;
  trained: boolean;
  /** True when saved models older than the inputs are served (acceptStale). */
  stale: boolean;
  trainMs: number;
}

/** A hash of everything the models are built from. */
export function recommenderInputsHash(
  events: readonly InteractionEvent[],
  products: readonly Product[],
  algorithm: string,
): string {
  const hash = createHash('sha256').update(`store models ${STORE_MODELS_VERSION} ${algorithm}\n`);
  hash.update(JSON.stringify(products));
  for (const e of events) hash.update(`${e.customerId} ${e.type} ${e.productId} ${e.at} ${e.rating ?? ''}\n`);
  return hash.digest('hex');
}

/** Serves the saved models when fresh, otherwise trains them now and saves them. */
export async function loadOrTrainRecommender(
  events: readonly InteractionEvent[],
  products: readonly Product[],
  options: RecommenderLoadOptions = {},
): Promise<RecommenderLoad> {
  const modelsDir = options.modelsDir ?? join(PROJECT_ROOT, 'models');
  const algorithm = options.algorithm ?? DEFAULT_ALGORITHM;
  const inputsHash = recommenderInputsHash(events, products, algorithm);
  const saved = options.force ? undefined : await loadSavedModel(modelsDir, RECOMMENDER_MODEL.name);
  const stale = saved !== undefined && saved.inputsHash !== inputsHash;
  const usable = saved && (!stale || options.acceptStale) ? saved.json : undefined;
  const restored = usable === undefined ? undefined : restore(usable as StoreModelsJson, options.onProgress);
  if (restored) {
    const recommender = storeRecommender(restored, events, products);
    return { recommender, models: restored, trained: false, stale, trainMs: 0 };
  }

  options.onProgress?.(
    `training the recommender (${algorithm}) on ${events.length} events, ${products.length} products`,
  );
  const { models, trainMs } = await trainAndSave({ events, products, modelsDir, algorithm }, inputsHash);
  return {
    recommender: storeRecommender(models, events, products),
    models,
    trained: true,
    stale: false,
    trainMs,
  };
}

/** A training job: everything needed to train and save the models (plain data, so a worker can take it). */
export interface TrainJob {
  events: readonly InteractionEvent[];
  products: readonly Product[];
  modelsDir: string;
  algorithm: string;
}

/** Trains the models and saves them (with the manifest entry); returns what was saved. */
export async function saveRecommenderModels(job: TrainJob): Promise<StoreModelsJson> {
  const inputsHash = recommenderInputsHash(job.events, job.products, job.algorithm);
  return (await trainAndSave(job, inputsHash)).models.json;
}

async function trainAndSave(
  job: TrainJob,
  inputsHash: string,
): Promise<{ models: StoreModels; trainMs: number }> {
  const started = Date.now();
  const models = trainStoreModels(job.events, job.products, job.algorithm);
  const trainMs = Date.now() - started;
  await saveModel(job.modelsDir, RECOMMENDER_MODEL.name, models.json, {
    file: RECOMMENDER_MODEL.file,
    inputsHash,
    trainedAt: new Date().toISOString(),
    trainMs,
    libraries: {},
    metrics: models.json.stats,
  });
  return { models, trainMs };
}

/** A StoreRecommender over trained models, with popularity from the events. */
export function storeRecommender(
  models: StoreModels,
  events: readonly InteractionEvent[],
  products: readonly Product[],
): StoreRecommender {
  return new StoreRecommender({
    products,
    items: models.items,
    behaviour: models.behaviour,
    content: models.content,
    coPurchases: models.coPurchases,
    popularity: new PopularInContext(events),
  });
}

function restore(json: StoreModelsJson, onProgress?: (message: string) => void): StoreModels | undefined {
  try {
    return restoreStoreModels(json);
  } catch (error) {
    onProgress?.(
      `the saved recommender is unreadable, retraining (${(error as Error).message.split('\n')[0]})`,
    );
    return undefined;
  }
}
