// npm run bench:rec [-- --data DIR --k 10 --algos popularity,item-knn]
// Every registered recommender side by side on Online Retail (../shared/data/rec/online-retail, when
// present) and on the seeded demo store (its behaviour events, weighted and decayed as the bot trains
// on them): per-customer time-based hold-out of the last 20% of products; every product the customer
// has not had is a candidate. Progress on stderr; a table per dataset and one JSON line on stdout.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ALGORITHMS } from '../src/recommender/algorithms';
import { readItemsCsv, readRatingsCsv } from '../src/recommender/csv';
import { evaluate, type EvalResult } from '../src/recommender/evaluate';
import { buildInteractionMatrix } from '../src/recommender/interactions';
import { temporalHoldout } from '../src/recommender/split';
import type { Interaction, ItemContent } from '../src/recommender/types';
import { readSeeds } from '../src/seeds/readSeeds';
import { eventInteractions } from '../src/recommender/serving/eventInteractions';
import { productContent } from '../src/recommender/serving/storeModels';
import { option, textTable } from './recCli';

const log = (message: string) => process.stderr.write(`bench:rec ${message}\n`);
const DEFAULT_DATA = join(__dirname, '..', '..', 'shared', 'data', 'rec', 'online-retail');

interface Dataset {
  name: string;
  rows: Interaction[];
  /** Content of an item id, when the dataset has it. */
  content: (item: string) => ItemContent | undefined;
}

/** Online Retail from `dir`, or undefined (saying why) when its files are absent. */
function onlineRetail(dir: string): Dataset | undefined {
  const ratingsPath = join(dir, 'interactions.csv');
  if (!existsSync(ratingsPath)) {
    log(`no ${ratingsPath}; Online Retail skipped (pass --data DIR holding interactions.csv and items.csv)`);
    return undefined;
  }
  const itemsPath = join(dir, 'items.csv');
  const items = new Map(existsSync(itemsPath) ? readItemsCsv(itemsPath).map((c) => [c.item, c]) : []);
  return { name: 'online-retail', rows: readRatingsCsv(ratingsPath), content: (id) => items.get(id) };
}

/** The seeded demo store: its behaviour events as weighted, decayed interactions; products as content. */
async function seededStore(): Promise<Dataset> {
  const { products, events } = await readSeeds(join(__dirname, '..', 'seeds'));
  const byId = new Map(products.map((p) => [p.id, productContent(p)]));
  return { name: 'seeded-store', rows: eventInteractions(events), content: (id) => byId.get(id) };
}

/** Every algorithm on one dataset: prints its table and returns the summary. */
function run(dataset: Dataset, algos: string[], k: number) {
  const { train, test } = temporalHoldout(dataset.rows, { fraction: 0.2 });
  const data = buildInteractionMatrix(train);
  const content = new Map<number, ItemContent>();
  data.items.forEach((id, i) => {
    const c = dataset.content(id);
    if (c) content.set(i, c);
  });
  log(
    `${dataset.name}: ${dataset.rows.length} rows → train ${train.length}, test ${test.length}; ${data.users.length} users, ${data.items.length} items`,
  );
  const rows: { algo: string; metrics: EvalResult['metrics'] }[] = [];
  for (const algo of algos) {
    const trainer = ALGORITHMS[algo];
    if (!trainer) throw new Error(`unknown algorithm ${algo}; known: ${Object.keys(ALGORITHMS).join(', ')}`);
    log(`${dataset.name} ${algo}: training and scoring`);
    const { metrics } = evaluate(trainer, data, test, { k, explicit: false, content });
    log(
      `${dataset.name} ${algo}: NDCG@${k} ${metrics.ndcgAtK.toFixed(4)}, train ${metrics.trainSeconds.toFixed(2)} s`,
    );
    rows.push({ algo, metrics });
  }
  process.stdout.write(
    `\n${dataset.name} (${data.users.length} users, ${data.items.length} items)\n${table(rows, k)}\n`,
  );
  return {
    dataset: dataset.name,
    split: 'per-user time-based hold-out, last 20%',
    train: train.length,
    test: test.length,
    users: data.users.length,
    items: data.items.length,
    results: Object.fromEntries(rows.map((r) => [r.algo, round(r.metrics)])),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = option(args, 'data') ?? process.env.SHOPKEEPER_REC_DATA ?? DEFAULT_DATA;
  const k = Number(option(args, 'k') ?? 10);
  const algos = option(args, 'algos')?.split(',') ?? Object.keys(ALGORITHMS);
  const datasets = [onlineRetail(dir), await seededStore()].filter((d): d is Dataset => d !== undefined);
  const summaries = datasets.map((d) => run(d, algos, k));
  process.stdout.write(JSON.stringify({ k, datasets: summaries }) + '\n');
}

function table(rows: { algo: string; metrics: EvalResult['metrics'] }[], k: number): string {
  const head = [
    'algorithm',
    `NDCG@${k}`,
    `P@${k}`,
    `R@${k}`,
    `HR@${k}`,
    'coverage',
    'diversity',
    'novelty',
    'train s',
    'p99 ms',
  ];
  const body = rows.map(({ algo, metrics: m }) => [
    algo,
    ...[m.ndcgAtK, m.precisionAtK, m.recallAtK, m.hitRateAtK, m.coverage, m.diversity].map((v) =>
      v.toFixed(4),
    ),
    m.novelty.toFixed(2),
    m.trainSeconds.toFixed(2),
    m.p99LatencyMs.toFixed(3),
  ]);
  return textTable(head, body);
}

function round(m: EvalResult['metrics']): Record<string, number | undefined> {
  return Object.fromEntries(
    Object.entries(m).map(([key, v]) => [key, v === undefined ? v : Math.round(v * 1e5) / 1e5]),
  );
}

void main();
