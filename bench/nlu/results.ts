// The figures of one benchmark run, as plain data (what the tables, ratio lines and JSON are made of).
import type { LatencySummary } from '../../src/nlu/eval/latency';
import type { FullCallPass } from './fullCall';
import type { BenchSystem, SystemId, SystemRun } from './systems';

/** One system on one dataset. */
export interface SystemRow {
  id: SystemId;
  label: string;
  trainedOn: number;
  trainTotal: number;
  cap: string | null;
  trainSeconds: number;
  accuracy: number;
  macroF1: number;
  /** Out-of-scope figures at the system's own operating point; null when the system has no decision. */
  oos: { recall: number; precision: number; inScopeAccuracy: number } | null;
  oosRule: string | null;
  latencyMs: LatencySummary;
  /** Test lines for which the system named no trained intent at all (counted wrong; in macro-F1 its answer is one more label). */
  noGuess: number;
}

/** One dataset's rows. */
export interface DatasetResult {
  name: string;
  split: string;
  train: number;
  test: number;
  oosLines: number;
  rows: SystemRow[];
}

/** The full understanding call (intent + entities) timed per utterance. */
export interface FullCallResult {
  utterances: number;
  /** The first pass: the reported figure. */
  latencyMs: LatencySummary;
  passes: FullCallPass[];
  /** One-minute load average when timing ended, and the CPU count, to judge the tail. */
  loadAverage: number;
  cpus: number;
  targetP99Ms: number;
}

/** Everything one run measured. */
export interface BenchResults {
  startedAt: string;
  node: string;
  cpus: number;
  loadAverage: number[];
  datasets: DatasetResult[];
  fullCall: FullCallResult | null;
}

/** A system's row from its run; `train` is the dataset's full train split. */
export function systemRow(
  system: BenchSystem,
  run: SystemRun,
  train: readonly { intent: string }[],
): SystemRow {
  const { result, trainSeconds } = run;
  const trainLabels = new Set(train.map((e) => e.intent));
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    id: system.id,
    label: system.label,
    trainedOn: run.trainedOn,
    trainTotal: train.length,
    cap: run.cap ?? null,
    trainSeconds: Math.round(trainSeconds * 100) / 100,
    accuracy: round(result.accuracy),
    macroF1: round(result.macroF1),
    oos:
      result.oos && system.oosRule !== null
        ? {
            recall: round(result.oos.recall),
            precision: round(result.oos.precision),
            inScopeAccuracy: round(result.oos.inScopeAccuracy),
          }
        : null,
    oosRule: system.oosRule,
    latencyMs: result.latencyMs,
    noGuess: result.predictions.filter((p) => !trainLabels.has(p.intent)).length,
  };
}
