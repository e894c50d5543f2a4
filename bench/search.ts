// npm run bench:search [-- --seeds DIR --size 50000 --rounds 5]
// Catalog search latency: p50/p99 of ProductSearch.search (and searchWithFallback) for a mix of
// about 200 realistic queries, over the seeded catalog and over a deterministic synthetic catalog
// grown from it, plus the time to build each index. Targets: p99 < 10 ms seeded, < 50 ms at 50k.
// Progress on stderr; a table and one JSON object (last line) on stdout.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ProductSearch } from '../src/catalog/productSearch';
import type { Product } from '../src/domain/schemas';
import { readSeeds } from '../src/seeds/readSeeds';
import { latencies, summarise, textTable, timed, type LatencySummary } from './search/measure';
import { benchQueries, type BenchQuery } from './search/queries';
import { syntheticCatalog } from './search/syntheticCatalog';

const log = (message: string) => process.stderr.write(`bench:search ${message}\n`);

interface Options {
  seedsDir: string;
  size: number;
  rounds: number;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (name: string, fallback: number) => {
    const n = Number(value(name) ?? fallback);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  return {
    seedsDir: value('seeds') ?? join(__dirname, '..', 'seeds'),
    size: number('size', 50_000),
    rounds: number('rounds', 5),
  };
}

interface CatalogResult {
  catalog: string;
  products: number;
  buildMs: number;
  targetP99Ms: number;
  search: LatencySummary;
  searchWithFallback: LatencySummary;
  /** p99 per kind of query, for finding the slow ones. */
  p99ByKind: Record<string, number>;
  meetsTarget: boolean;
}

function benchCatalog(
  name: string,
  products: Product[],
  queries: BenchQuery[],
  rounds: number,
  target: number,
) {
  log(`${name}: building the index over ${products.length} products`);
  const built = timed(() => ProductSearch.build(products));
  const search = built.value;
  log(`${name}: built in ${built.ms.toFixed(0)} ms; timing ${queries.length} queries × ${rounds} rounds`);
  const searchMs = latencies(queries, rounds, (q) => search.search(q.text, q.request));
  const fallbackMs = latencies(queries, rounds, (q) => search.searchWithFallback(q.text, q.request));
  const byKind = new Map<string, number[]>();
  searchMs.forEach((ms, i) => {
    const kind = queries[i % queries.length].kind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
  });
  const summary = summarise(searchMs);
  const result: CatalogResult = {
    catalog: name,
    products: products.length,
    buildMs: Math.round(built.ms),
    targetP99Ms: target,
    search: summary,
    searchWithFallback: summarise(fallbackMs),
    p99ByKind: Object.fromEntries([...byKind].map(([kind, ms]) => [kind, summarise(ms).p99])),
    meetsTarget: summary.p99 < target,
  };
  log(`${name}: search p50 ${summary.p50} ms, p99 ${summary.p99} ms (target < ${target} ms)`);
  return result;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const seeded = (await readSeeds(options.seedsDir)).products;
  const queries = benchQueries(seeded);
  log(`${queries.length} queries; growing a synthetic catalog of ${options.size} products`);
  const synthetic = syntheticCatalog(seeded, options.size);
  const catalogs = [
    benchCatalog('seeded', seeded, queries, options.rounds, 10),
    benchCatalog(
      `synthetic ${options.size}`,
      synthetic,
      queries,
      Math.max(1, Math.ceil(options.rounds / 2)),
      50,
    ),
  ];

  const header = [
    'catalog',
    'products',
    'build ms',
    'calls',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'max ms',
    'target',
  ];
  const rows = catalogs.flatMap((c) =>
    (['search', 'searchWithFallback'] as const).map((method) => {
      const s = c[method];
      const target = method === 'search' ? `<${c.targetP99Ms} ${c.meetsTarget ? 'ok' : 'MISSED'}` : '';
      return [`${c.catalog} ${method}`, c.products, c.buildMs, s.calls, s.p50, s.p90, s.p99, s.max, target];
    }),
  );
  const kinds = Object.keys(catalogs[0].p99ByKind);
  const kindRows = kinds.map((kind) => [kind, ...catalogs.map((c) => c.p99ByKind[kind])]);
  process.stdout.write(`${textTable(header, rows)}\n\n`);
  process.stdout.write(
    `${textTable(['search p99 ms by query kind', ...catalogs.map((c) => c.catalog)], kindRows)}\n`,
  );
  const summary = {
    startedAt: new Date().toISOString(),
    node: process.versions.node,
    cpus: cpus().length,
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    queries: queries.length,
    catalogs,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((err: unknown) => {
  log(`failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
