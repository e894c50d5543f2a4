// The summary comparisons: our accuracy against the best peer on each dataset, our training time
// against nlp.js's on CLINC150, and the full-call latency against its target.
import type { BenchResults, FullCallResult } from './results';

/** Our accuracy against the most accurate other system on one dataset. */
export interface AccuracyRatio {
  dataset: string;
  ours: number;
  bestPeer: { id: string; label: string; accuracy: number; capped: boolean };
  ratio: number;
  points: number;
}

/** Our training time against nlp.js's on one dataset. */
export interface TrainTimeRatio {
  dataset: string;
  oursSeconds: number;
  nlpjsSeconds: number;
  ratio: number;
}

/** All comparisons a run can make (what was skipped is absent). */
export interface Ratios {
  accuracyVsBestPeer: AccuracyRatio[];
  trainTimeVsNlpjs: TrainTimeRatio | null;
}

/** The dataset whose training time is compared with nlp.js's. */
const TRAIN_TIME_DATASET = 'clinc150';

/** Computes the comparisons from a run's rows. */
export function computeRatios(results: BenchResults): Ratios {
  const accuracyVsBestPeer: AccuracyRatio[] = [];
  let trainTimeVsNlpjs: TrainTimeRatio | null = null;
  for (const d of results.datasets) {
    const ours = d.rows.find((r) => r.id === 'ours');
    const peers = d.rows.filter((r) => r.id !== 'ours').sort((a, b) => b.accuracy - a.accuracy);
    if (ours && peers.length > 0) {
      const best = peers[0];
      accuracyVsBestPeer.push({
        dataset: d.name,
        ours: ours.accuracy,
        bestPeer: { id: best.id, label: best.label, accuracy: best.accuracy, capped: best.cap !== null },
        ratio: round(ours.accuracy / best.accuracy, 3),
        points: round((ours.accuracy - best.accuracy) * 100, 1),
      });
    }
    const nlpjs = d.rows.find((r) => r.id === 'nlpjs');
    if (d.name === TRAIN_TIME_DATASET && ours && nlpjs) {
      trainTimeVsNlpjs = {
        dataset: d.name,
        oursSeconds: ours.trainSeconds,
        nlpjsSeconds: nlpjs.trainSeconds,
        ratio: round(ours.trainSeconds / nlpjs.trainSeconds, 2),
      };
    }
  }
  return { accuracyVsBestPeer, trainTimeVsNlpjs };
}

/** The comparisons as sentences, one per line. */
export function ratioLines(ratios: Ratios): string[] {
  const lines = ratios.accuracyVsBestPeer.map((r) => {
    const sign = r.points >= 0 ? '+' : '';
    const capped = r.bestPeer.capped ? ', capped training' : '';
    return (
      `${r.dataset}: ours accuracy ${r.ours.toFixed(3)} vs best peer ${r.bestPeer.label} ` +
      `${r.bestPeer.accuracy.toFixed(3)}${capped}: ×${r.ratio.toFixed(3)} (${sign}${r.points.toFixed(1)} points)`
    );
  });
  const t = ratios.trainTimeVsNlpjs;
  if (t) {
    lines.push(
      `${t.dataset} training time: ours ${t.oursSeconds.toFixed(1)} s vs nlp.js ${t.nlpjsSeconds.toFixed(1)} s: ` +
        `×${t.ratio.toFixed(2)}`,
    );
  }
  return lines;
}

/** The full-call latency as one sentence, or why it was not measured. */
export function fullCallLine(full: FullCallResult | null): string {
  if (!full) return 'full understanding call: not measured (needs clinc150 and ours)';
  const [first, ...later] = full.passes;
  const { median, p99 } = first.latencyMs;
  const verdict = p99 < full.targetP99Ms ? 'met' : 'MISSED';
  return (
    `full understanding call (intent + entities, ${full.utterances} CLINC150 val utterances, one at a time): ` +
    `p50 ${median.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms (intent alone p99 ${first.intentP99Ms.toFixed(3)}, ` +
    `entities alone p99 ${first.entitiesP99Ms.toFixed(3)}) — target p99 < ${full.targetP99Ms} ms: ${verdict}; ` +
    `repeat passes p99 ${later.map((p) => p.latencyMs.p99.toFixed(3)).join(' / ')} ms; ` +
    `load average ${full.loadAverage} on ${full.cpus} CPUs`
  );
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
