// `shopkeeper rec eval --train T.csv --test S.csv [--items I.csv] [--k 10] [--algo NAME] [--out DIR]`:
// trains one recommender on T only, scores S (DESIGN.md's contract), prints one JSON line on stdout
// and, with --out, writes recs.csv, predictions.csv (explicit ratings) and timing.json.
import { Command, InvalidArgumentError } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, type Logger, type LogLevel } from '../logger';
import { algorithm, DEFAULT_ALGORITHM } from '../recommender/algorithms';
import { readItemsCsv, readRatingsCsv } from '../recommender/csv';
import { evaluate, looksExplicit, type EvalResult } from '../recommender/evaluate';
import { buildInteractionMatrix } from '../recommender/interactions';
import type { InteractionMatrix, ItemContent } from '../recommender/types';

/** The command's options as commander parses them. */
export interface RecEvalOptions {
  train: string;
  test: string;
  items?: string;
  k: number;
  algo: string;
  out?: string;
  ratings: 'auto' | 'explicit' | 'implicit';
}

/** Trains, evaluates, writes --out files and prints the result line; returns the printed object. */
export function runRecEval(opts: RecEvalOptions, logger: Logger): Record<string, unknown> {
  const trainer = algorithm(opts.algo);
  const train = readRatingsCsv(opts.train);
  const test = readRatingsCsv(opts.test);
  const explicit = opts.ratings === 'auto' ? looksExplicit(train) : opts.ratings === 'explicit';
  const data = buildInteractionMatrix(train, { duplicates: explicit ? 'last' : 'sum' });
  const content = opts.items ? contentByIndex(readItemsCsv(opts.items), data) : undefined;
  logger.info('rec eval: data read', {
    train: train.length,
    test: test.length,
    users: data.users.length,
    items: data.items.length,
    withContent: content?.size ?? 0,
    explicit,
    algo: opts.algo,
  });
  const result = evaluate(trainer, data, test, { k: opts.k, explicit, content });
  logger.info('rec eval: evaluated', {
    users: result.metrics.users,
    trainSeconds: result.metrics.trainSeconds,
  });
  if (opts.out) writeOutputs(opts.out, result, opts.k);
  const out = { algo: opts.algo, ...roundAll(result.metrics), explicit };
  process.stdout.write(JSON.stringify(out) + '\n');
  return out;
}

/** Item content keyed by training item index (items unknown to training are left out). */
function contentByIndex(items: ItemContent[], data: InteractionMatrix): Map<number, ItemContent> {
  const out = new Map<number, ItemContent>();
  for (const c of items) {
    const i = data.itemIndex.get(c.item);
    if (i !== undefined) out.set(i, c);
  }
  return out;
}

function writeOutputs(dir: string, result: EvalResult, k: number): void {
  mkdirSync(dir, { recursive: true });
  const recs = ['user,item,rank'];
  for (const r of result.recs)
    r.items.slice(0, k).forEach((item, j) => recs.push(csvRow([r.user, item, j + 1])));
  writeFileSync(join(dir, 'recs.csv'), recs.join('\n') + '\n');
  if (result.predictions) {
    const lines = [
      'user,item,prediction',
      ...result.predictions.map((p) => csvRow([p.user, p.item, p.prediction])),
    ];
    writeFileSync(join(dir, 'predictions.csv'), lines.join('\n') + '\n');
  }
  const timing = { trainSeconds: result.metrics.trainSeconds, latenciesMs: result.latenciesMs };
  writeFileSync(join(dir, 'timing.json'), JSON.stringify(timing) + '\n');
}

/** One CSV line, quoting fields that need it. */
export function csvRow(fields: (string | number)[]): string {
  return fields
    .map((f) => {
      const s = String(f);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

function roundAll<T extends Record<string, number | undefined>>(metrics: T): T {
  const out: Record<string, number | undefined> = {};
  for (const [key, v] of Object.entries(metrics))
    out[key] = v === undefined || Number.isInteger(v) ? v : Math.round(v * 1e6) / 1e6;
  return out as T;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

function ratingsKind(value: string): RecEvalOptions['ratings'] {
  if (value === 'auto' || value === 'explicit' || value === 'implicit') return value;
  throw new InvalidArgumentError('must be auto, explicit or implicit');
}

/** The `eval` subcommand, for registration under `rec`. */
export function recEvalCommand(): Command {
  return new Command('eval')
    .description('train a recommender on --train and score it on --test (CSV user,item,rating,timestamp)')
    .requiredOption('--train <file>', 'training ratings CSV')
    .requiredOption('--test <file>', 'test ratings CSV, only scored')
    .option('--items <file>', 'items CSV (item,title,categories,description) for content-based models')
    .option('--k <n>', 'list length', positiveInt, 10)
    .option('--algo <name>', 'algorithm name', DEFAULT_ALGORITHM)
    .option('--out <dir>', 'write recs.csv, predictions.csv (explicit ratings) and timing.json here')
    .option('--ratings <kind>', 'auto (detect a rating scale), explicit or implicit', ratingsKind, 'auto')
    .action((opts: RecEvalOptions) => {
      runRecEval(opts, createLogger(logLevel(process.env.LOG_LEVEL)));
    });
}

function logLevel(value: string | undefined): LogLevel {
  return value === 'debug' || value === 'warn' || value === 'error' || value === 'silent' ? value : 'info';
}
