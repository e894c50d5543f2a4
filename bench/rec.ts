// npm run bench:rec [-- --data DIR --k 10 --algos popularity,itemKnn]
// Every registered recommender side by side on Online Retail (../shared/data/rec/online-retail):
// per-customer time-based hold-out of the last 20% of products (by first purchase); every product the
// customer has not bought is a candidate. Progress on stderr; a table and one JSON line on stdout.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ALGORITHMS } from '../src/recommender/algorithms';
import { readItemsCsv, readRatingsCsv } from '../src/recommender/csv';
import { evaluate, type EvalResult } from '../src/recommender/evaluate';
import { buildInteractionMatrix } from '../src/recommender/interactions';
import { temporalHoldout } from '../src/recommender/split';
import type { ItemContent } from '../src/recommender/types';

const log = (message: string) => process.stderr.write(`bench:rec ${message}\n`);
const DEFAULT_DATA = join(__dirname, '..', '..', 'shared', 'data', 'rec', 'online-retail');

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = option(args, 'data') ?? process.env.SHOPKEEPER_REC_DATA ?? DEFAULT_DATA;
  const k = Number(option(args, 'k') ?? 10);
  const algos = option(args, 'algos')?.split(',') ?? Object.keys(ALGORITHMS);
  const ratingsPath = join(dir, 'interactions.csv');
  if (!existsSync(ratingsPath)) {
    const reason = `no ${ratingsPath}`;
    log(`${reason}; nothing to benchmark (pass --data DIR holding interactions.csv and items.csv)`);
    process.stdout.write(`${JSON.stringify({ skipped: reason })}\n`);
    return;
  }
  const all = readRatingsCsv(ratingsPath);
  const { train, test } = temporalHoldout(all, { fraction: 0.2 });
  const data = buildInteractionMatrix(train);
  const itemsPath = join(dir, 'items.csv');
  const content = new Map<number, ItemContent>();
  if (existsSync(itemsPath))
    for (const c of readItemsCsv(itemsPath)) {
      const i = data.itemIndex.get(c.item);
      if (i !== undefined) content.set(i, c);
    }
  log(
    `data: ${all.length} rows → train ${train.length}, test ${test.length}; ${data.users.length} users, ${data.items.length} items`,
  );
  const rows: { algo: string; metrics: EvalResult['metrics'] }[] = [];
  for (const algo of algos) {
    const trainer = ALGORITHMS[algo];
    if (!trainer) throw new Error(`unknown algorithm ${algo}; known: ${Object.keys(ALGORITHMS).join(', ')}`);
    log(`${algo}: training and scoring`);
    const { metrics } = evaluate(trainer, data, test, { k, explicit: false, content });
    log(`${algo}: NDCG@${k} ${metrics.ndcgAtK.toFixed(4)}, train ${metrics.trainSeconds.toFixed(2)} s`);
    rows.push({ algo, metrics });
  }
  process.stdout.write(table(rows, k) + '\n');
  const summary = {
    dataset: 'online-retail',
    split: 'per-user time-based hold-out, last 20%',
    k,
    train: train.length,
    test: test.length,
    users: data.users.length,
    items: data.items.length,
    results: Object.fromEntries(rows.map((r) => [r.algo, round(r.metrics)])),
  };
  process.stdout.write(JSON.stringify(summary) + '\n');
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
  const widths = head.map((h, j) => Math.max(h.length, ...body.map((r) => r[j].length)));
  const line = (cells: string[]) =>
    cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function round(m: EvalResult['metrics']): Record<string, number | undefined> {
  return Object.fromEntries(
    Object.entries(m).map(([key, v]) => [key, v === undefined ? v : Math.round(v * 1e5) / 1e5]),
  );
}

main();
