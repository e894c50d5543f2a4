// `shopkeeper train [--force]`: build models/nlu.json from knowledge/ and the
// catalog (the running store's when it is seeded, else the seeds), and the FAQ's
// sentence vectors and ranking weight (models/faq-vectors.json, models/faq.json),
// unless the saved ones are already fresh.
import { existsSync } from 'node:fs';
import type { Config } from '../config';
import type { Product } from '../domain/schemas';
import type { Logger } from '../logger';
import { join } from 'node:path';
import { loadStoreFaq } from '../knowledge/storeFaq';
import { loadOrTrainNlu, nluPaths } from '../nlu/nluTraining';
import { dataFiles, PROJECT_ROOT, resolveDir } from '../paths';
import { readSeeds } from '../seeds/readSeeds';
import { ShopStore } from '../shop/shopStore';

/** The catalog the bot would serve: the data dir's store when seeded, otherwise the seed files. */
async function catalogProducts(config: Config): Promise<{ products: Product[]; source: string }> {
  const shopFile = dataFiles(resolveDir(config.DATA_DIR)).shop;
  if (existsSync(shopFile)) {
    // Read only (never flushed), so it is safe while a server holds the data dir.
    const shop = await ShopStore.open(shopFile);
    if (shop.isSeeded()) return { products: [...shop.products()], source: shopFile };
  }
  const seedsDir = resolveDir(config.SEEDS_DIR, PROJECT_ROOT);
  return { products: (await readSeeds(seedsDir)).products, source: seedsDir };
}

/** Trains (or confirms fresh) the NLU model and the FAQ's ranking, and prints what happened as JSON. */
export async function runTrain(config: Config, logger: Logger, opts: { force: boolean }): Promise<void> {
  const { products, source } = await catalogProducts(config);
  logger.info(`catalog: ${products.length} products from ${source}`);
  const paths = nluPaths(resolveDir(config.MODELS_DIR, PROJECT_ROOT));
  const { nlu, trained, trainMs } = await loadOrTrainNlu(products, {
    paths,
    force: opts.force,
    onProgress: (m) => logger.info(`training: ${m}`),
  });
  if (!trained)
    logger.info('models/nlu.json is fresh (knowledge and catalog unchanged); use --force to retrain');
  const faq = await loadStoreFaq({
    faqDir: join(PROJECT_ROOT, 'knowledge', 'faq'),
    modelsDir: paths.modelsDir,
    semantic: config.FAQ_SEMANTIC === 'on',
    force: opts.force,
    onProgress: (m) => logger.info(`FAQ: ${m}`),
  });
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
