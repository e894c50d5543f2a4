// `shopkeeper train [--force]`: build models/nlu.json from knowledge/ and the
// catalog (the running store's when it is seeded, else the seeds), the
// recommender (models/recommender.json) from the store's behaviour events and the
// chat's event log, and the FAQ's sentence vectors and ranking weight
// (models/faq-vectors.json, models/faq.json), unless the saved ones are fresh.
import { existsSync } from 'node:fs';
import type { Config } from '../config';
import type { Product } from '../domain/schemas';
import type { Logger } from '../logger';
import { join } from 'node:path';
import { JsonlEventLog } from '../events/eventLog';
import { loadStoreFaq } from '../knowledge/storeFaq';
import { interactionEventsOf } from '../recommender/serving/chatEvents';
import type { InteractionEvent } from '../recommender/serving/eventInteractions';
import { loadOrTrainRecommender } from '../recommender/serving/storeRecTraining';
import { loadOrTrainNlu, nluPaths } from '../nlu/nluTraining';
import { dataFiles, PROJECT_ROOT, resolveDir } from '../paths';
import { readSeeds } from '../seeds/readSeeds';
import { ShopStore } from '../shop/shopStore';

/**
 * What the bot would serve and learn from: the data dir's store when seeded (with the chat's event
 * log), otherwise the seed files.
 */
async function storeInputs(
  config: Config,
): Promise<{ products: Product[]; events: InteractionEvent[]; source: string }> {
  const dataDir = resolveDir(config.DATA_DIR);
  const shopFile = dataFiles(dataDir).shop;
  if (existsSync(shopFile)) {
    // Read only (never flushed), so it is safe while a server holds the data dir.
    const shop = await ShopStore.open(shopFile);
    if (shop.isSeeded()) {
      const chat = await new JsonlEventLog(join(dataDir, 'events.jsonl')).read();
      const events = [...shop.events(), ...chat.flatMap(interactionEventsOf)];
      return { products: [...shop.products()], events, source: shopFile };
    }
  }
  const seedsDir = resolveDir(config.SEEDS_DIR, PROJECT_ROOT);
  const seeds = await readSeeds(seedsDir);
  return { products: seeds.products, events: seeds.events, source: seedsDir };
}

/** Trains (or confirms fresh) the NLU, the recommender and the FAQ's ranking, and prints what happened as JSON. */
export async function runTrain(config: Config, logger: Logger, opts: { force: boolean }): Promise<void> {
  const { products, events, source } = await storeInputs(config);
  logger.info(`catalog: ${products.length} products from ${source}`);
  const paths = nluPaths(resolveDir(config.MODELS_DIR, PROJECT_ROOT));
  const { nlu, trained, trainMs } = await loadOrTrainNlu(products, {
    paths,
    force: opts.force,
    onProgress: (m) => logger.info(`training: ${m}`),
  });
  if (!trained)
    logger.info('models/nlu.json is fresh (knowledge and catalog unchanged); use --force to retrain');
  const recommender = await loadOrTrainRecommender(events, products, {
    modelsDir: paths.modelsDir,
    force: opts.force,
    onProgress: (m) => logger.info(m),
  });
  if (!recommender.trained) logger.info('models/recommender.json is fresh (events and catalog unchanged)');
  const faq = await loadStoreFaq({
    faqDir: join(PROJECT_ROOT, 'knowledge', 'faq'),
    modelsDir: paths.modelsDir,
    semantic: config.FAQ_SEMANTIC === 'on',
    force: opts.force,
    onProgress: (m) => logger.info(`FAQ: ${m}`),
  });
  await faq.faq.close();
  const { training } = nlu.intents.parts;
  process.stdout.write(
    JSON.stringify({
      model: `${paths.modelsDir}/nlu.json`,
      trained,
      trainMs,
      intents: nlu.intents.intents.length,
      examples: training.examples,
      policy: nlu.intents.policy,
      heldOut: training.heldOut,
      recommender: { trained: recommender.trained, trainMs: recommender.trainMs, events: events.length },
      faq: {
        semantic: faq.faq.semantic,
        articles: faq.articles,
        embedded: faq.embedded,
        learned: faq.learned !== undefined,
        semanticWeight: faq.semanticWeight,
        ms: faq.ms,
      },
    }) + '\n',
  );
}
