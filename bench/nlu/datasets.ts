// The benchmark datasets (see the shared data README): each gives one train split and one test split.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readExamples, type ExampleLine } from '../../src/nlu/eval/jsonl';
import { stratifiedSplit } from '../../src/nlu/eval/splits';

/** The datasets, in the order they are run. */
export const DATASET_NAMES = ['clinc150', 'snips', 'bitext'] as const;

/** One dataset's name. */
export type DatasetName = (typeof DATASET_NAMES)[number];

/** A train split, a test split, and how they were made. */
export interface BenchDataset {
  name: DatasetName;
  train: ExampleLine[];
  test: ExampleLine[];
  /** The test label meaning "out of scope", or null when the test has none. */
  oosLabel: string | null;
  /** One line saying where the splits come from. */
  split: string;
}

/** The label of CLINC150's out-of-scope lines. */
export const OOS_LABEL = 'oos';
/** Seed and test fraction of the bitext split (it ships a train file only). */
export const BITEXT_SPLIT = { seed: 1, testFraction: 0.2 };

/** The files a dataset needs, relative to the data folder. */
export function datasetFiles(name: DatasetName): string[] {
  return name === 'bitext' ? ['bitext/train.jsonl'] : [`${name}/train.jsonl`, `${name}/val.jsonl`];
}

/** The dataset's files that are missing under `dataDir`. */
export function missingFiles(dataDir: string, name: DatasetName): string[] {
  return datasetFiles(name).filter((f) => !existsSync(join(dataDir, f)));
}

/** Reads one dataset and makes its splits. */
export function loadDataset(dataDir: string, name: DatasetName): BenchDataset {
  const read = (file: string) => readExamples(join(dataDir, name, file));
  if (name === 'bitext') {
    const all = read('train.jsonl');
    const { seed, testFraction } = BITEXT_SPLIT;
    const { train, test } = stratifiedSplit(all, (e) => e.intent, testFraction, seed);
    return {
      name,
      train,
      test,
      oosLabel: null,
      split:
        `train.jsonl only (${all.length} lines): seeded stratified 80/20 split ` +
        `(stratifiedSplit, seed ${seed}) → ${train.length} train / ${test.length} test`,
    };
  }
  const train = read('train.jsonl');
  const test = read('val.jsonl');
  if (name === 'clinc150') {
    const nOos = test.filter((e) => e.intent === OOS_LABEL).length;
    return {
      name,
      train,
      test,
      oosLabel: OOS_LABEL,
      split:
        `train.jsonl (${train.length}) → val.jsonl (${test.length}, ${nOos} labelled ${OOS_LABEL}); ` +
        'oos_train.jsonl not used; no threshold chosen on val.jsonl',
    };
  }
  return {
    name,
    train,
    test,
    oosLabel: null,
    split: `train.jsonl (${train.length}) → val.jsonl (${test.length})`,
  };
}
