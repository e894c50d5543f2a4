// Command-line options of `npm run bench:nlu`: where the data is, which datasets, which systems to skip.
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../src/paths';
import { DATASET_NAMES, type DatasetName } from './datasets';
import { SYSTEM_IDS, type SystemId } from './systems';

/** Environment variable that overrides the default data folder (`--data` wins over it). */
export const DATA_ENV = 'BENCH_NLU_DATA';

/** The default data folder: the shared datasets beside the project. */
export const DEFAULT_DATA_DIR = join(PROJECT_ROOT, '..', 'shared', 'data', 'nlu');

/** What one run measures. */
export interface BenchOptions {
  dataDir: string;
  datasets: DatasetName[];
  systems: SystemId[];
  /** Where the Markdown copy of the results goes. */
  markdownFile: string;
}

/** Parses `--data DIR --datasets a,b --skip x,y`; throws with the allowed values on anything unknown. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      data: { type: 'string' },
      datasets: { type: 'string' },
      skip: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const dataDir = values.data ?? env[DATA_ENV] ?? DEFAULT_DATA_DIR;
  const datasets = listOf(values.datasets, DATASET_NAMES, '--datasets') ?? [...DATASET_NAMES];
  const skip = listOf(values.skip, SYSTEM_IDS, '--skip') ?? [];
  return {
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(process.cwd(), dataDir),
    datasets: DATASET_NAMES.filter((d) => datasets.includes(d)),
    systems: SYSTEM_IDS.filter((s) => !skip.includes(s)),
    markdownFile: join(PROJECT_ROOT, 'bench-results', 'nlu.md'),
  };
}

/** A comma-separated list, each item one of `allowed`. */
function listOf<T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  flag: string,
): T[] | undefined {
  if (raw === undefined) return undefined;
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.filter((s) => !(allowed as readonly string[]).includes(s));
  if (bad.length > 0) throw new Error(`${flag}: unknown ${bad.join(', ')} (allowed: ${allowed.join(', ')})`);
  return items as T[];
}
