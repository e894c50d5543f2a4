// One full understanding call as the bot makes it: the intent model's predict plus the store's
// entity extractor (built as src/nlu/nluTraining.ts builds it), timed per utterance.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildEntityExtractor, loadLexicons, type EntityExtractor } from '../../src/nlu/entities';
import { summarizeLatency, timeMs, type LatencySummary } from '../../src/nlu/eval/latency';
import type { IntentModel } from '../../src/nlu/intent/intentModel';
import { PROJECT_ROOT } from '../../src/paths';
import { readSeeds } from '../../src/seeds/readSeeds';
import type { FullCallResult } from './results';

/** The latency target of one full call. */
export const FULL_CALL_TARGET_P99_MS = 2;
/** Calls used to warm up before timing (not recorded), as evaluateIntents. */
const WARMUP_CALLS = 50;
/** Passes over the texts. */
const PASSES = 3;

/** The store's entity extractor: products from seeds/, lexicons from knowledge/lexicons. */
export async function storeEntityExtractor(): Promise<EntityExtractor> {
  const [seeds, lexicons] = await Promise.all([
    readSeeds(join(PROJECT_ROOT, 'seeds')),
    loadLexicons(join(PROJECT_ROOT, 'knowledge', 'lexicons')),
  ]);
  return buildEntityExtractor({ products: seeds.products, lexicons });
}

/** Timings of one pass over the texts. */
export interface FullCallPass {
  /** Intent + entities per utterance. */
  latencyMs: LatencySummary;
  intentP99Ms: number;
  entitiesP99Ms: number;
}

/**
 * p50/p99 of `model.predict(t)` + `extractor.extract(t)`, one utterance per timed call, after the same 50
 * warm-up calls as evaluateIntents. The first pass is the figure; later passes over the same texts (with
 * warm word caches) and the load average show how much of the tail is the machine rather than the code.
 */
export function timeFullCall(
  model: IntentModel,
  extractor: EntityExtractor,
  texts: readonly string[],
): FullCallResult {
  for (let i = 0; i < Math.min(WARMUP_CALLS, texts.length); i++) {
    model.predict(texts[i]);
    extractor.extract(texts[i]);
  }
  const passes = Array.from({ length: PASSES }, () => timePass(model, extractor, texts));
  return {
    utterances: texts.length,
    latencyMs: passes[0].latencyMs,
    passes,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
    cpus: cpus().length,
    targetP99Ms: FULL_CALL_TARGET_P99_MS,
  };
}

function timePass(model: IntentModel, extractor: EntityExtractor, texts: readonly string[]): FullCallPass {
  const intent: number[] = [];
  const entities: number[] = [];
  for (const t of texts) {
    intent.push(timeMs(() => model.predict(t)));
    entities.push(timeMs(() => extractor.extract(t)));
  }
  return {
    latencyMs: summarizeLatency(intent.map((ms, i) => ms + entities[i])),
    intentP99Ms: summarizeLatency(intent).p99,
    entitiesP99Ms: summarizeLatency(entities).p99,
  };
}
