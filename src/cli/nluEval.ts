// `shopkeeper nlu eval --train T.jsonl --test S.jsonl [--val V.jsonl]
// [--oos-label oos] [--predictions OUT.jsonl]`: trains a fresh intent model
// on T only (V, when given, only picks temperature and threshold; otherwise
// out-of-fold scores on T do), scores S, prints one JSON line on stdout.
import { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { createLogger, type Logger, type LogLevel } from '../logger';
import { evaluateIntents } from '../nlu/eval/evaluateIntents';
import { readExamples } from '../nlu/eval/jsonl';
import { trainIntentModel } from '../nlu/intent/trainIntentModel';

/** The command's options as commander parses them. */
export interface NluEvalOptions {
  train: string;
  test: string;
  val?: string;
  oosLabel: string;
  predictions?: string;
}

/** Trains, evaluates and prints the result line; returns the printed object. */
export function runNluEval(opts: NluEvalOptions, logger: Logger): Record<string, unknown> {
  const train = readExamples(opts.train);
  const test = readExamples(opts.test);
  const validation = opts.val ? readExamples(opts.val) : undefined;
  logger.info('nlu eval: data read', {
    train: train.length,
    test: test.length,
    val: validation?.length ?? 0,
  });
  const started = Date.now();
  const model = trainIntentModel(train, {
    oosLabel: opts.oosLabel,
    validation,
    onProgress: (message) => logger.info(`nlu eval: ${message}`),
  });
  const trainMs = Date.now() - started;
  logger.info('nlu eval: trained', { trainMs, policy: model.policy });
  const result = evaluateIntents(
    (text) => {
      const p = model.predict(text);
      return { intent: p.alternatives[0]?.intent ?? p.intent, score: p.score, oos: p.oos };
    },
    test,
    opts.oosLabel,
  );
  if (opts.predictions) {
    writeFileSync(
      opts.predictions,
      result.predictions.map((p) => JSON.stringify({ ...p, score: round(p.score) }) + '\n').join(''),
    );
    logger.info('nlu eval: predictions written', {
      path: opts.predictions,
      lines: result.predictions.length,
    });
  }
  const out = {
    accuracy: round(result.accuracy),
    macroF1: round(result.macroF1),
    trainMs,
    latencyMs: result.latencyMs,
    n: result.n,
    inScope: result.inScope,
    intents: model.intents.length,
    calibration: model.parts.training.calibration,
    ...(result.oos && {
      oos: {
        threshold: round(model.policy.threshold),
        margin: round(model.policy.margin),
        inScopeAccuracy: round(result.oos.inScopeAccuracy),
        recall: round(result.oos.recall),
        precision: round(result.oos.precision),
        n: result.oos.n,
      },
    }),
    worstIntents: [...result.perIntent]
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, 5)
      .map((l) => ({ intent: l.intent, f1: round(l.f1), support: l.support })),
    confusions: result.confusions.slice(0, 5),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
  return out;
}

/** The `eval` subcommand, for registration under `nlu`. */
export function nluEvalCommand(): Command {
  return new Command('eval')
    .description(
      'train a fresh intent model on --train and score it on --test (JSONL lines {"text","intent"})',
    )
    .requiredOption('--train <file>', 'training examples (JSONL)')
    .requiredOption('--test <file>', 'test examples, only scored (JSONL)')
    .option(
      '--val <file>',
      'validation examples: pick temperature and threshold here (default: out-of-fold on --train)',
    )
    .option('--oos-label <label>', 'the label of out-of-scope lines', 'oos')
    .option('--predictions <file>', 'write one {"intent","score","oos"} line per test line, in order')
    .action((opts: NluEvalOptions) => {
      runNluEval(opts, createLogger(logLevel(process.env.LOG_LEVEL)));
    });
}

function logLevel(value: string | undefined): LogLevel {
  return value === 'debug' || value === 'warn' || value === 'error' || value === 'silent' ? value : 'info';
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
