// The running store's recommendations: models loaded (or trained) at start from the seeded behaviour
// plus the chat's event log, served live, and retrained in a worker thread after enough new events.
import type { Logger } from '../../logger';
import { JsonlEventLog } from '../../events/eventLog';
import type { ShopStore } from '../../shop/shopStore';
import type { ShopperEvent } from '../../domain/schemas';
import { DEFAULT_ALGORITHM } from '../algorithms';
import { interactionEventsOf } from './chatEvents';
import type { InteractionEvent } from './eventInteractions';
import { LiveRecommender } from './liveRecommender';
import { trainInWorker } from './trainInWorker';
import { loadOrTrainRecommender, storeRecommender } from './storeRecTraining';

/** The live recommender, the event log it learns from, and the chat's events read at start. */
export interface StoreRecommendations {
  live: LiveRecommender;
  eventLog: JsonlEventLog;
  /** The log's events as read at start (other services build on them instead of reading it again). */
  chatEvents: ShopperEvent[];
}

/** All behaviour so far: the store's (seeded) events, then the chat's. */
function allEvents(shop: ShopStore, chatEvents: readonly ShopperEvent[]): InteractionEvent[] {
  return [...shop.events(), ...chatEvents.flatMap(interactionEventsOf)];
}

/** Loads or trains the models and wires background retraining. */
export async function loadRecommendations(
  shop: ShopStore,
  modelsDir: string,
  eventLogPath: string,
  logger: Logger,
  options: { retrainAfterEvents: number; algorithm?: string },
): Promise<StoreRecommendations> {
  const algorithm = options.algorithm ?? DEFAULT_ALGORITHM;
  const eventLog = new JsonlEventLog(eventLogPath);
  const chatEvents = await eventLog.read();
  const events = allEvents(shop, chatEvents);
  const load = await loadOrTrainRecommender(events, shop.products(), {
    modelsDir,
    algorithm,
    acceptStale: true,
    onProgress: (m) => logger.info(m),
  });
  if (load.trained) logger.info(`recommender trained and saved in ${load.trainMs} ms`);
  const retrain = async () => {
    const latest = allEvents(shop, await eventLog.read());
    const products = [...shop.products()];
    const models = await trainInWorker({ events: latest, products, modelsDir, algorithm });
    return storeRecommender(models, latest, products);
  };
  const live = new LiveRecommender(load.recommender, retrain, {
    retrainAfterEvents: options.retrainAfterEvents,
    onRetrained: (ms) => logger.info(`recommender retrained in the background in ${ms} ms`),
    onRetrainFailed: (error) =>
      logger.warn(`recommender retrain failed, keeping the current models: ${error.message}`),
  });
  if (load.stale && options.retrainAfterEvents > 0) {
    logger.info(
      'behaviour changed since the recommender was trained: serving it while it retrains in the background',
    );
    live.retrainNow();
  }
  return { live, eventLog, chatEvents };
}
