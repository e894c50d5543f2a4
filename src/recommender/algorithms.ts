// The algorithms `rec eval --algo` and `bench:rec` know, by name. Add one line per algorithm.
import { trainAls } from './als';
import { trainContent } from './content';
import { trainBiasedMf } from './biasedMf';
import { trainEase } from './ease';
import { hybridTrainer } from './hybrid';
import { trainItemKnn } from './itemKnn';
import { trainPopularity } from './popularity';
import { trainUserKnn } from './userKnn';
import type { Trainer } from './types';

/** Registered trainers by name. */
export const ALGORITHMS: Record<string, Trainer> = {
  popularity: trainPopularity,
  'item-knn': trainItemKnn,
  'user-knn': trainUserKnn,
  'user-knn-pearson': (data, options) => trainUserKnn(data, { similarity: 'pearson', ...options }),
  ease: trainEase,
  als: trainAls,
  'biased-mf': trainBiasedMf,
  content: trainContent,
  hybrid: hybridTrainer((name) => algorithm(name)),
};

/** The algorithm `rec eval` uses without `--algo`. */
export const DEFAULT_ALGORITHM = 'hybrid';

/** The trainer registered as `name`; throws naming the known ones otherwise. */
export function algorithm(name: string): Trainer {
  const trainer = Object.prototype.hasOwnProperty.call(ALGORITHMS, name) ? ALGORITHMS[name] : undefined;
  if (!trainer) throw new Error(`unknown algorithm "${name}"; known: ${Object.keys(ALGORITHMS).join(', ')}`);
  return trainer;
}
