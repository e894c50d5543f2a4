// npm run bench:rec:scale [-- --algos hybrid,als --interactions 1000000 --items 50000]
// Training time, peak memory and recommendation latency on a seeded synthetic store (bench/recSynthetic.ts):
// each algorithm runs in its own child process so its peak RSS is its own. EASE keeps only the 2,000
// most popular items at this scale (as inside the hybrid): a dense 50,000² matrix would need 20 GB.
// Latency is wall clock and CPU time (process.cpuUsage) per call: on a shared machine the wall-clock
// p99 mostly measures time the process was not scheduled.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { algorithm } from '../src/recommender/algorithms';
import { HYBRID_DEFAULTS, type HybridModel } from '../src/recommender/hybrid';
import { buildInteractionMatrix, nnz } from '../src/recommender/interactions';
import { quantile } from '../src/recommender/metrics';
import { userHistory } from '../src/recommender/history';
import { seededRandom } from '../src/random';
import type { ItemContent, Recommender } from '../src/recommender/types';
import { option, textTable } from './recCli';
import { syntheticStore } from './recSynthetic';

const log = (message: string) => process.stderr.write(`bench:rec:scale ${message}\n`);
const ALGOS = ['popularity', 'item-knn', 'content', 'als', 'ease', 'hybrid'];
const OPTIONS: Record<string, Record<string, unknown>> = {
  ease: HYBRID_DEFAULTS.componentOptions.ease ?? {},
};

/** Wall-clock and CPU-time latencies (ms) of `call` over the sampled users, after a warm-up. */
function latencies(users: number[], call: (u: number) => unknown): { wall: number[]; cpu: number[] } {
  for (const u of users.slice(0, 200)) call(u);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const u of users) {
    const t = performance.now();
    const c = process.cpuUsage();
    call(u);
    const d = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall, cpu };
}

/** Child mode: one algorithm, one JSON line. */
function runOne(name: string, interactions: number, items: number): void {
  const store = syntheticStore({ interactions, items });
  const data = buildInteractionMatrix(store.interactions, { extraItems: store.items.map((c) => c.item) });
  const content = new Map<number, ItemContent>(
    store.items.map((c) => [data.itemIndex.get(c.item) as number, c]),
  );
  store.interactions.length = 0;
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const model: Recommender = algorithm(name)(data, OPTIONS[name], content);
  const trainSeconds = (performance.now() - started) / 1000;
  const heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  const rand = seededRandom(7);
  const users = Array.from({ length: 2000 }, () => Math.floor(rand() * data.users.length));
  const forUser = latencies(users, (u) => model.recommend(u, 10));
  const forHistory = model.recommendForHistory
    ? latencies(users, (u) => model.recommendForHistory?.(userHistory(data, u).slice(-5), 10))
    : { wall: [], cpu: [] };
  const ms = (xs: number[], q: number) => (xs.length ? Math.round(quantile(xs, q) * 1000) / 1000 : null);
  const summary = (l: { wall: number[]; cpu: number[] }) => ({
    p50: ms(l.wall, 0.5),
    p99: ms(l.wall, 0.99),
    cpuP99: ms(l.cpu, 0.99),
  });
  const report = (model as Partial<HybridModel>).report;
  const line = {
    algo: name,
    users: data.users.length,
    items: data.items.length,
    pairs: nnz(data),
    trainSeconds: Math.round(trainSeconds * 100) / 100,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    dataRssMB: Math.round(rssBefore / 2 ** 20),
    heapAfterTrainMB: Math.round(heapMB),
    recommendMs: summary(forUser),
    historyMs: summary(forHistory),
    loadAverage: Math.round(loadavg()[0] * 10) / 10,
    ...(report
      ? { weights: Object.fromEntries(report.components.map((c, j) => [c, report.weights[j]])) }
      : {}),
  };
  process.stdout.write(JSON.stringify(line) + '\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const interactions = Number(option(args, 'interactions') ?? 1_000_000);
  const items = Number(option(args, 'items') ?? 50_000);
  const only = option(args, 'only');
  if (only) return runOne(only, interactions, items);
  const algos = option(args, 'algos')?.split(',') ?? ALGOS;
  const tsx = join(__dirname, '..', 'node_modules', '.bin', 'tsx');
  const rows: Record<string, unknown>[] = [];
  for (const algo of algos) {
    log(`${algo}: ${interactions} interactions, ${items} products (own process)`);
    const run = spawnSync(
      tsx,
      [__filename, '--only', algo, '--interactions', `${interactions}`, '--items', `${items}`],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 24,
      },
    );
    if (run.status !== 0) throw new Error(`${algo} failed with status ${run.status}`);
    const row = JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as Record<string, unknown>;
    log(JSON.stringify(row));
    rows.push(row);
  }
  process.stdout.write(table(rows) + '\n');
  process.stdout.write(JSON.stringify({ dataset: 'synthetic', interactions, items, results: rows }) + '\n');
}

function table(rows: Record<string, unknown>[]): string {
  const head = ['algorithm', 'train s', 'peak RSS MB', 'heap MB', 'p50 ms', 'p99 ms', 'history p99 ms'];
  const body = rows.map((r) => {
    const rec = r.recommendMs as { p50: number; p99: number };
    const his = r.historyMs as { p99: number | null };
    return [r.algo, r.trainSeconds, r.peakRssMB, r.heapAfterTrainMB, rec.p50, rec.p99, his.p99 ?? '-'].map(
      String,
    );
  });
  return textTable(head, body);
}

main();
