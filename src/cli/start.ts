// `shopkeeper start`: serve until SIGINT/SIGTERM, then shut down gracefully.
import type { Config } from '../config';
import type { Logger } from '../logger';
import { startShopkeeper } from '../index';

/** Starts the server and installs the signal handlers. */
export async function runStart(config: Config, logger: Logger): Promise<void> {
  const started = Date.now();
  const app = await startShopkeeper(config, logger);
  logger.info(`Shopkeeper is ready on ${app.url} (web chat) — ${Date.now() - started} ms`);
  if (!config.MicrosoftAppId) {
    logger.warn(
      'MicrosoftAppId is empty: channel authentication is off (fine for local use, never in production)',
    );
  }
  const stop = (signal: string) => {
    logger.info(`${signal} received: finishing turns in flight and flushing storage`);
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS + 2000);
    force.unref();
    app.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
