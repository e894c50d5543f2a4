// npm run bench:nlu [-- --data DIR --datasets clinc150,snips,bitext --skip nlpjs,natural-lr]
// Side-by-side intent classification in one process: ours, nlp.js and natural's classifiers, each
// trained on the same train split and scored on the same test split of CLINC150, SNIPS and bitext.
// Progress on stderr; per-dataset tables, comparisons, the full-call latency and one JSON object (last
// line) on stdout; the same as Markdown in bench-results/nlu.md.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { timeFullCall, storeEntityExtractor } from './nlu/fullCall';
import { loadDataset, missingFiles, type BenchDataset } from './nlu/datasets';
import { markdownReport, writeMarkdownReport } from './nlu/markdownReport';
import { DATA_ENV, parseOptions, type BenchOptions } from './nlu/options';
import { computeRatios, fullCallLine, ratioLines } from './nlu/ratios';
import { systemRow, type BenchResults, type DatasetResult, type FullCallResult } from './nlu/results';
import { SYSTEMS } from './nlu/systems';
import { textTable } from './nlu/table';
import type { IntentModel } from '../src/nlu/intent/intentModel';

const log = (message: string) => process.stderr.write(`bench:nlu ${message}\n`);

/** Trains and scores every chosen system on one dataset; keeps ours' model for the full-call timing. */
async function runDataset(options: BenchOptions, data: BenchDataset) {
  const rows = [];
  let model: IntentModel | undefined;
  for (const system of SYSTEMS.filter((s) => options.systems.includes(s.id))) {
    const step = `[${data.name}] ${system.id}`;
    log(`${step}: starting (train split ${data.train.length} examples)`);
    const run = await system.run(data, (m) => log(`${step}: ${m}`));
    const row = systemRow(system, run, data.train);
    log(`${step}: accuracy ${row.accuracy.toFixed(3)}, p99 ${row.latencyMs.p99.toFixed(3)} ms`);
    rows.push(row);
    model ??= run.intentModel;
  }
  const dataset: DatasetResult = {
    name: data.name,
    split: data.split,
    train: data.train.length,
    test: data.test.length,
    oosLines: data.oosLabel === null ? 0 : data.test.filter((e) => e.intent === data.oosLabel).length,
    rows,
  };
  return { dataset, model };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(options.dataDir)) {
    const reason = `no data folder at ${options.dataDir}`;
    log(
      `${reason}; nothing to benchmark (pass --data DIR or set ${DATA_ENV} to a folder holding clinc150/, snips/, bitext/)`,
    );
    process.stdout.write(`${JSON.stringify({ skipped: reason })}\n`);
    return;
  }
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    node: process.versions.node,
    cpus: cpus().length,
    loadAverage: loadavg(),
    datasets: [],
    fullCall: null,
  };
  log(
    `data ${options.dataDir}; datasets ${options.datasets.join(', ')}; systems ${options.systems.join(', ')}`,
  );
  for (const name of options.datasets) {
    const missing = missingFiles(options.dataDir, name);
    if (missing.length > 0) {
      log(`[${name}] skipped: missing ${missing.join(', ')}`);
      continue;
    }
    const data = loadDataset(options.dataDir, name);
    log(`[${name}] ${data.split}`);
    const { dataset, model } = await runDataset(options, data);
    results.datasets.push(dataset);
    process.stdout.write(`${textTable(dataset)}\n\n`);
    if (name === 'clinc150' && model) results.fullCall = await fullCall(model, data);
  }
  const ratios = computeRatios(results);
  const lines = [...ratioLines(ratios), fullCallLine(results.fullCall)];
  const json = JSON.stringify({ ...results, ratios });
  process.stdout.write(`${lines.join('\n')}\n${json}\n`);
  writeMarkdownReport(options.markdownFile, markdownReport(results, ratios, json));
  log(`wrote ${options.markdownFile}`);
}

/** Times intent + entities on the CLINC150 test texts with ours' CLINC150 model. */
async function fullCall(model: IntentModel, data: BenchDataset): Promise<FullCallResult> {
  log('[full call] building the store entity extractor; timing intent + entities per utterance');
  return timeFullCall(
    model,
    await storeEntityExtractor(),
    data.test.map((e) => e.text),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:nlu failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
