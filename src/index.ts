// The composition root: config in, a running Shopkeeper out. Everything else
// receives its collaborators from here.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  UserState,
  type TurnContext,
} from 'botbuilder';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import type { Logger } from './logger';
import { dataFiles, PROJECT_ROOT, resolveDir } from './paths';
import { LowdbStorage } from './storage/lowdbStorage';
import { lockDataDir } from './storage/dataDirLock';
import { ShopStore } from './shop/shopStore';
import { seedStore } from './seeds/seedStore';
import { ProductSearch } from './catalog/productSearch';
import { loadStoreFaq } from './knowledge/storeFaq';
import { join } from 'node:path';
import { loadOrTrainNlu, nluPaths } from './nlu/nluTraining';
import { ShopkeeperBot } from './bot/shopkeeperBot';
import { ReplyAfterSaveMiddleware } from './bot/replyAfterSaveMiddleware';
import { turnErrorHandler } from './bot/turnErrorHandler';
import { FailClosedAuthentication } from './bot/channelAuthentication';
import { LocalDirectLineAdapter } from './bot/localDirectLineAdapter';
import { DirectLineConversations } from './http/directLineConversations';
import { InFlight } from './http/inFlight';
import { createServer } from './server';
import { buildHandoff, connectHandoff, type Handoff } from './bot/handoffWiring';
import { loadStaffFile } from './handoff/staffAccounts';
import { shopperOf } from '../dialogs/shoppingServices';
import { MainDialog } from '../dialogs/mainDialog';
import { responses } from '../dialogs/copy';
import { shopContextAccessor } from '../dialogs/shopContext';
import { observedEvents } from './recommender/serving/observedEvents';
import { loadRecommendations } from './recommender/serving/storeRecommendations';
import { CartService } from './cart/cartService';
import { CatalogStock } from './orders/catalogStock';
import { OrderService } from './orders/orderService';
import { OfferService } from './offers/offerService';
import { ShopperHistory } from './offers/shopperHistory';
import { validateOfferCatalog } from './offers/offerCatalog';
import { buildAlerts, type Alerts } from './bot/alertWiring';
import { welcomeBackOffer } from '../dialogs/offerMoments';
import { CaseOffers } from './handoff/caseOffers';

/** The bot and its services, without HTTP: used by the server and by `shopkeeper chat`. */
export interface ShopkeeperCore {
  bot: ShopkeeperBot;
  /** Runs one turn through the bot, counted as in flight. */
  logic: (context: TurnContext) => Promise<void>;
  storage: LowdbStorage;
  shop: ShopStore;
  conversationState: ConversationState;
  inFlight: InFlight;
  /** Human handoff: cases, the agent console's services, the routing middleware. */
  handoff: Handoff;
  /** Offers, coupons, consent and profiles (src/offers). */
  offers: OfferService;
  /** Proactive alerts: stored conversation references, the scheduler (run by a timer, or `tick`). */
  alerts: Alerts;
  /** Adds the shared middleware and error handler to an adapter. */
  prepareAdapter<A extends CloudAdapter>(adapter: A): A;
  close(): Promise<void>;
}

/** Opens storage, seeds the store on first run and builds services, dialogs and bot. */
export async function buildShopkeeper(config: Config, logger: Logger): Promise<ShopkeeperCore> {
  const dataDir = resolveDir(config.DATA_DIR);
  const releaseDataDir = lockDataDir(dataDir);
  const files = dataFiles(dataDir);
  const shop = await ShopStore.open(files.shop);
  const seeding = await seedStore(shop, resolveDir(config.SEEDS_DIR, PROJECT_ROOT), {
    reset: false,
    log: (m) => logger.info(m),
  });
  if (seeding.seeded) logger.info('store seeded', seeding.counts);
  const storage = await LowdbStorage.open(files.botState);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);

  const modelsDir = resolveDir(config.MODELS_DIR, PROJECT_ROOT);
  const nluLoad = await loadOrTrainNlu(shop.products(), {
    paths: nluPaths(modelsDir),
    policy: { threshold: config.NLU_THRESHOLD, margin: config.NLU_MARGIN },
    onProgress: (m) => logger.info(`training the NLU: ${m}`),
  });
  if (nluLoad.trained) logger.info(`NLU trained and saved in ${nluLoad.trainMs} ms`);
  const nlu = nluLoad.nlu;
  nlu.understand('warm up'); // compiles the entity parsers now rather than in the first shopper's turn

  const recommendations = await loadRecommendations(shop, modelsDir, join(dataDir, 'events.jsonl'), logger, {
    retrainAfterEvents: config.REC_RETRAIN_AFTER_EVENTS,
  });

  responses(); // parse and check knowledge/responses now: a broken template file stops the start, not a turn
  const catalog = ProductSearch.build(shop.products());
  const faqLoad = await loadStoreFaq({
    faqDir: join(PROJECT_ROOT, 'knowledge', 'faq'),
    modelsDir,
    semantic: config.FAQ_SEMANTIC === 'on',
    onProgress: (m) => logger.info(`FAQ: ${m}`),
    onEncoderError: (error) => logger.warn(`FAQ: a question was answered by words only (${error.message})`),
  });
  if (faqLoad.learned) logger.info(`FAQ: meaning weighs ${faqLoad.semanticWeight} in ranking (learned)`);
  const faq = faqLoad.faq;
  const cart = new CartService(storage, catalog);
  const firstNumber = Math.max(10000, ...shop.orders().map((o) => Number(o.id))) + 1;
  const stock = new CatalogStock(catalog, () => shop.flush());
  const offerCatalog = validateOfferCatalog(shop.offers(), catalog);
  const offerHistory = new ShopperHistory(recommendations.chatEvents);
  const offers = new OfferService({
    storage,
    offers: () => offerCatalog,
    products: catalog,
    history: offerHistory,
  });
  const alerts = buildAlerts({
    storage,
    catalog,
    offers,
    cart,
    send: (conversation, activities) => handoff.messenger.send(conversation, activities),
    intervalMs: config.ALERTS_INTERVAL_MS,
    logger,
  });
  const shopping = {
    offers,
    alerts: alerts.service,
    cart,
    orders: new OrderService(storage, cart, stock, { firstNumber }),
    events: offerHistory.wrap(
      observedEvents(recommendations.eventLog, (e) => recommendations.live.observe(e)),
    ),
  };
  const dialog = new MainDialog(
    { catalog, faq, recommendations: recommendations.live, resultLimit: 5, shopping },
    shopContextAccessor(conversationState),
  );
  const handoff = buildHandoff({
    storage,
    conversationState,
    rootDialog: dialog,
    catalog,
    cart: (context) => shopping.cart.view(shopperOf(context)),
    orders: (context) => shopping.orders.recent(shopperOf(context)),
    offers: new CaseOffers({
      offers,
      catalog: () => offerCatalog,
      storage,
      cart: (shopper) => shopping.cart.view(shopper),
      events: shopping.events,
    }),
    searchProducts: (q) => catalog.search(q, { limit: 8 }).hits.map((h) => h.product),
    staff: config.AGENTS_FILE ? loadStaffFile(resolveDir(config.AGENTS_FILE)) : [],
    queueTimeoutMs: config.HANDOFF_QUEUE_TIMEOUT_MS,
    agentIdleTimeoutMs: config.HANDOFF_IDLE_TIMEOUT_MS,
    sweepIntervalMs: 30_000,
    logger,
  });
  const bot = new ShopkeeperBot({
    conversationState,
    userState,
    dialog,
    recognizer: nlu,
    maxTextLength: config.MAX_TEXT_LENGTH,
    logger,
    handoff: handoff.escalation,
    welcomeBack: (context) => welcomeBackOffer(context, shopping),
  });
  const inFlight = new InFlight();
  const onTurnError = turnErrorHandler(conversationState, logger);
  return {
    bot,
    storage,
    shop,
    conversationState,
    inFlight,
    handoff,
    offers,
    alerts,
    logic: (context) => inFlight.track(() => bot.run(context)),
    prepareAdapter(adapter) {
      adapter.use(new ReplyAfterSaveMiddleware());
      adapter.use(handoff.middleware);
      adapter.use(alerts.middleware);
      adapter.onTurnError = onTurnError;
      return adapter;
    },
    async close() {
      handoff.close();
      await alerts.close();
      await inFlight.drain(config.SHUTDOWN_TIMEOUT_MS);
      await recommendations.live.settled(); // a background retrain writes models/ — let it finish
      await recommendations.eventLog.close();
      await faq.close();
      await storage.close();
      await shop.flush();
      releaseDataDir();
    },
  };
}

/** A running server. */
export interface RunningShopkeeper {
  core: ShopkeeperCore;
  /** HTTP requests being handled now. */
  requests: InFlight;
  url: string;
  port: number;
  /** Stops accepting, finishes turns in flight, flushes storage. */
  close(): Promise<void>;
}

/** Builds everything and listens on HOST:PORT (PORT 0 picks a free port). */
export async function startShopkeeper(config: Config, logger: Logger): Promise<RunningShopkeeper> {
  const core = await buildShopkeeper(config, logger);
  const adapter = core.prepareAdapter(
    new CloudAdapter(
      new FailClosedAuthentication(
        new ConfigurationBotFrameworkAuthentication({
          MicrosoftAppId: config.MicrosoftAppId,
          MicrosoftAppPassword: config.MicrosoftAppPassword,
          MicrosoftAppType: config.MicrosoftAppType,
          MicrosoftAppTenantId: config.MicrosoftAppTenantId,
        }),
      ),
    ),
  );
  const conversations = new DirectLineConversations();
  const localAdapter = core.prepareAdapter(new LocalDirectLineAdapter(conversations));
  connectHandoff(core.handoff, {
    channels: adapter,
    appId: config.MicrosoftAppId ?? '',
    local: localAdapter,
  });
  const { server, requests, streams, beginShutdown } = createServer({
    adapter,
    logic: core.logic,
    directLine: { adapter: localAdapter, conversations },
    maxBodyBytes: config.MAX_BODY_BYTES,
    maxTextLength: config.MAX_TEXT_LENGTH,
    logger,
    agentConsole: { ...core.handoff.console, secureCookies: config.NODE_ENV === 'production' },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
  let closing: Promise<void> | undefined;
  return {
    core,
    requests,
    port,
    url: `http://${host}:${port}/`,
    close: () =>
      (closing ??= (async () => {
        beginShutdown();
        const stopped = new Promise<void>((resolve) => server.server.close(() => resolve()));
        server.server.closeIdleConnections();
        await requests.drain(config.SHUTDOWN_TIMEOUT_MS);
        await core.close();
        conversations.close();
        streams.close();
        server.server.closeAllConnections();
        await stopped;
      })()),
  };
}
