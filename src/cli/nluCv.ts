// `shopkeeper nlu cv [--folds 5] [--out FILE] [--seed 1]`: k-fold
// cross-validation of the intent model on the store's own knowledge
// (knowledge/intents, out_of_scope as the reject class), each fold trained
// as the store's model is. Progress and a short summary go to stderr, the
// Markdown report to --out, one JSON line to stdout.
import { Command, InvalidArgumentError } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Product } from '../domain/schemas';
import { createLogger, type Logger, type LogLevel } from '../logger';
import {
  crossValidate,
  checkFolds,
  CV_DEFAULTS,
  type CrossValidationResult,
  type FoldTrainer,
} from '../nlu/eval/crossValidate';
import { policyText, renderCvReport } from '../nlu/eval/nluReport';
import type { IntentExample } from '../nlu/intent/trainIntentModel';
import { loadIntentFiles, type IntentDefinition } from '../nlu/knowledge/intentFiles';
import { OUT_OF_SCOPE } from '../nlu/nlu';
import { trainStoreIntents } from '../nlu/nluTraining';
import { PROJECT_ROOT } from '../paths';
import { readSeeds } from '../seeds/readSeeds';
import { createProgress } from './progress';

/** The command's options as commander parses them. */
export interface NluCvOptions {
  folds: number;
  seed: number;
  out: string;
  intents: string;
  seeds: string;
}

/** Where the report goes unless --out says otherwise. */
export const DEFAULT_CV_REPORT = join(PROJECT_ROOT, 'models', 'nlu-cv.md');

/** Cross-validates, writes the report, prints the summary (stderr) and the result line (stdout); returns the line. */
export async function runNluCv(
  opts: NluCvOptions,
  logger: Logger,
  trainer?: FoldTrainer,
): Promise<Record<string, unknown>> {
  const intents = await loadIntentFiles(resolve(opts.intents), process.cwd());
  const examples = intents.flatMap((d) => d.examples.map((text) => ({ text, intent: d.intent })));
  checkFolds(examples, opts.folds);
  const train = trainer ?? storeTrainer(intents, (await readSeeds(resolve(opts.seeds))).products);
  logger.info('nlu cv: knowledge read', {
    intents: intents.length,
    examples: examples.length,
    folds: opts.folds,
  });
  const progress = createProgress('nlu cv');
  progress.update(0, 2 * opts.folds, `fold 1/${opts.folds} training`);
  let result: CrossValidationResult;
  try {
    result = crossValidate(examples, {
      folds: opts.folds,
      seed: opts.seed,
      oosLabel: OUT_OF_SCOPE,
      train,
      onProgress: (done, total, note) => progress.update(done, total, note),
      onMessage: (m) => logger.debug(`nlu cv: ${m}`),
    });
  } finally {
    progress.stop();
  }
  const out = resolve(opts.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderCvReport(result, { command: commandLine(opts) }));
  const line = resultLine(result, shownPath(out));
  process.stderr.write(humanSummary(result, line.report));
  process.stdout.write(JSON.stringify(line) + '\n');
  return line;
}

/** Trains a fold exactly as `trainStoreIntents` trains the store's model (same intent order, catalog words). */
export function storeTrainer(
  intents: readonly IntentDefinition[],
  products: readonly Product[],
): FoldTrainer {
  return (examples: IntentExample[], onProgress) => {
    const byIntent = new Map<string, string[]>();
    for (const e of examples) {
      const list = byIntent.get(e.intent);
      if (list) list.push(e.text);
      else byIntent.set(e.intent, [e.text]);
    }
    const definitions = intents
      .filter((d) => byIntent.has(d.intent))
      .map((d) => ({ ...d, examples: byIntent.get(d.intent)! }));
    return trainStoreIntents(definitions, products, onProgress);
  };
}

/** The stdout object: headline figures, the operating point, the worst intents and confusions. */
export function resultLine(r: CrossValidationResult, report: string) {
  const op = r.operatingPoint;
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(xs.length, 1);
  return {
    folds: r.folds,
    seed: r.seed,
    examples: r.examples,
    intents: r.labels.length,
    accuracy: round(r.closedSet.accuracy),
    macroF1: round(r.closedSet.macroF1),
    operatingPoint: {
      threshold: round(mean(r.foldResults.map((f) => f.policy.threshold))),
      margin: round(mean(r.foldResults.map((f) => f.policy.margin))),
      thresholds: r.foldResults.map((f) => f.policy.threshold),
      margins: r.foldResults.map((f) => f.policy.margin),
      accuracy: round(op.accuracy),
      macroF1: round(op.macroF1),
      inScopeAccuracy: round(op.inScopeAccuracy),
      oosRecall: round(op.recall),
      oosPrecision: round(op.precision),
      acceptedShare: round(op.acceptedShare),
    },
    worstIntents: [...r.closedSet.perIntent]
      .sort((a, b) => a.f1 - b.f1 || a.intent.localeCompare(b.intent))
      .slice(0, 5)
      .map((l) => ({ intent: l.intent, f1: round(l.f1), support: l.support })),
    confusions: r.closedSet.confusions.slice(0, 5),
    report,
  };
}

function humanSummary(r: CrossValidationResult, report: string): string {
  const op = r.operatingPoint;
  const worst = [...r.closedSet.perIntent].sort((a, b) => a.f1 - b.f1).slice(0, 5);
  return [
    `nlu cv: ${r.folds} folds, ${r.examples} examples, ${r.labels.length} intents`,
    `  closed set: accuracy ${r.closedSet.accuracy.toFixed(3)}, macro-F1 ${r.closedSet.macroF1.toFixed(3)}`,
    `  operating point (${policyText(r)}): accuracy ${op.accuracy.toFixed(3)}, in-scope ${op.inScopeAccuracy.toFixed(3)}, ` +
      `out-of-scope recall ${op.recall.toFixed(3)}, accepted ${(op.acceptedShare * 100).toFixed(1)}%`,
    `  worst intents: ${worst.map((l) => `${l.intent} ${l.f1.toFixed(2)}`).join(', ')}`,
    `  top confusions: ${r.closedSet.confusions
      .slice(0, 5)
      .map((c) => `${c.gold} → ${c.predicted} (${c.count})`)
      .join(', ')}`,
    `  report: ${report}`,
    '',
  ].join('\n');
}

/** The `cv` subcommand, for registration under `nlu`. */
export function nluCvCommand(): Command {
  return new Command('cv')
    .description("k-fold cross-validation of the intent model on the store's knowledge (knowledge/intents)")
    .option('--folds <k>', 'number of stratified folds (integer ≥ 2)', integerAtLeast(2), CV_DEFAULTS.folds)
    .option('--seed <n>', 'seed of the fold assignment', integerAtLeast(0), CV_DEFAULTS.seed)
    .option('--out <file>', 'where to write the Markdown report', DEFAULT_CV_REPORT)
    .option('--intents <dir>', 'intent example files', join(PROJECT_ROOT, 'knowledge', 'intents'))
    .option(
      '--seeds <dir>',
      'seed files (the catalog words the spelling stage knows)',
      join(PROJECT_ROOT, 'seeds'),
    )
    .action(async (opts: NluCvOptions) => {
      await runNluCv(opts, createLogger(logLevel(process.env.LOG_LEVEL)));
    });
}

/** A commander argument parser accepting integers ≥ `min`. */
export function integerAtLeast(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\s*[+-]?\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`expected an integer ≥ ${min}.`);
    }
    return n;
  };
}

function commandLine(opts: NluCvOptions): string {
  return `shopkeeper nlu cv --folds ${opts.folds} --seed ${opts.seed}`;
}

function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function logLevel(value: string | undefined): LogLevel {
  return value === 'debug' || value === 'warn' || value === 'error' || value === 'silent' ? value : 'info';
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
