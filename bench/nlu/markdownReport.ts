// bench-results/nlu.md: the run's tables, comparisons and JSON as Markdown.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fullCallLine, ratioLines, type Ratios } from './ratios';
import type { BenchResults } from './results';
import { markdownTable } from './table';

/** The Markdown text of a run. */
export function markdownReport(results: BenchResults, ratios: Ratios, json: string): string {
  return [
    '# NLU benchmark (`npm run bench:nlu`)',
    '',
    `Run ${results.startedAt} on Node ${results.node}, ${results.cpus} CPUs, ` +
      `load average at start ${results.loadAverage.map((x) => x.toFixed(2)).join(' / ')} ` +
      '(timings are wall-clock and noisy when the machine is shared). Each system is trained on the same ' +
      'train split and scored on the same test split by the same code (src/nlu/eval/evaluateIntents.ts, ' +
      'or its awaited twin for nlp.js): accuracy and macro-F1 are closed-set over in-scope lines (best ' +
      'in-scope guess); OOS figures use each system’s own reject decision; latency is one utterance per ' +
      'call after 50 warm-up calls.',
    '',
    ...results.datasets.flatMap((d) => [markdownTable(d), '']),
    '## Comparisons',
    '',
    ...[...ratioLines(ratios), fullCallLine(results.fullCall)].map((l) => `- ${l}`),
    '',
    '## JSON',
    '',
    '```json',
    json,
    '```',
    '',
  ].join('\n');
}

/** Writes the report, creating its folder. */
export function writeMarkdownReport(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
