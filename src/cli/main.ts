// The command line: start, seed, train, chat, feedback, nlu eval/cv, rec eval. Progress goes to stderr; results to
// stdout as one JSON object on the last line.
import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type Config } from '../config';
import { createLogger } from '../logger';
import { PROJECT_ROOT } from '../paths';
import { runSeed } from './seed';
import { runTrain } from './train';
import { runFeedback } from './feedback';
import { nluEvalCommand } from './nluEval';
import { nluCvCommand } from './nluCv';
import { recEvalCommand } from './recEval';

/** Requires a command module when it runs, so the server stack (restify) loads only for start and chat. */
function loadLazily<T>(path: string): T {
  return require(path) as T;
}

/** Loads `.env` from the working directory (if any), then validates the environment. */
function config(): Config {
  const envFile = join(process.cwd(), '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return loadConfig(process.env);
}

/** Parses argv and runs the chosen command. */
export async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('shopkeeper')
    .description('Shopkeeper, a chat-first shopping assistant (Bot Framework).')
    .showHelpAfterError();

  program
    .command('start', { isDefault: true })
    .description('seed the store on first run and serve the bot and its web chat page')
    .action(async () => {
      const cfg = config();
      const { runStart } = loadLazily<typeof import('./start')>('./start');
      await runStart(cfg, createLogger(cfg.LOG_LEVEL));
    });

  program
    .command('seed')
    .description(`load the demo store from ${join(PROJECT_ROOT, 'seeds')} into the data directory`)
    .option('--reset', 'replace the store with the seeds even if it is already seeded', false)
    .action(async (opts: { reset: boolean }) => {
      const cfg = config();
      await runSeed(cfg, createLogger(cfg.LOG_LEVEL), opts);
    });

  program
    .command('train')
    .description(
      'train the NLU, the recommender and the FAQ ranking into models/ from knowledge/, the catalog and the events (each skipped when already fresh)',
    )
    .option('--force', 'retrain even when the saved model is fresh', false)
    .action(async (opts: { force: boolean }) => {
      const cfg = config();
      await runTrain(cfg, createLogger(cfg.LOG_LEVEL), opts);
    });

  program
    .command('chat')
    .description('talk to the bot in this terminal (in-process, same bot and store)')
    .action(async () => {
      const cfg = config();
      const { runChat } = loadLazily<typeof import('./chat')>('./chat');
      await runChat(cfg, createLogger(cfg.LOG_LEVEL === 'info' ? 'warn' : cfg.LOG_LEVEL));
    });

  program
    .command('feedback')
    .description(
      "print what shoppers told the store through the chat (the event log's feedback), oldest first",
    )
    .option('--since <date>', 'only feedback from this date on (YYYY-MM-DD)')
    .action(async (opts: { since?: string }) => {
      const cfg = config();
      await runFeedback(cfg, createLogger(cfg.LOG_LEVEL), opts);
    });

  program
    .command('nlu')
    .description('natural-language understanding tools')
    .addCommand(nluEvalCommand())
    .addCommand(nluCvCommand());

  program.command('rec').description('recommender tools').addCommand(recEvalCommand());

  await program.parseAsync(argv);
}
