// The Markdown report of a cross-validation run: summary, method, folds,
// per-intent scores, the most confused pairs with examples, a confusion
// matrix with short column codes, and the threshold sweep.
import type { CrossValidationResult, OutOfFoldPrediction } from './crossValidate';

/** What the report says about how it was made. */
export interface ReportOptions {
  /** The command line that produced it, shown verbatim. */
  command?: string;
  /** Examples shown per confused pair. */
  examplesPerPair?: number;
}

/** The whole report as Markdown. */
export function renderCvReport(r: CrossValidationResult, options: ReportOptions = {}): string {
  return [
    `# NLU cross-validation`,
    '',
    ...(options.command ? [`Produced by \`${options.command}\`.`, ''] : []),
    ...summary(r),
    ...method(r),
    ...folds(r),
    ...perIntent(r),
    ...confusedPairs(r, options.examplesPerPair ?? 2),
    ...matrix(r),
    ...sweep(r),
  ].join('\n');
}

/** Short, unique column codes for labels: initials of snake_case parts, else the first letters. */
export function labelCodes(labels: readonly string[]): Map<string, string> {
  const codes = new Map<string, string>();
  const used = new Set<string>();
  for (const label of labels) {
    const parts = label.split('_').filter(Boolean);
    const initials = parts.map((p) => p[0]).join('');
    const candidates = [
      ...(parts.length > 1 ? [initials] : []),
      label.slice(0, 3),
      label.slice(0, 4),
      initials + (parts[parts.length - 1] ?? '').slice(1, 2),
    ];
    let code = candidates.find((c) => c && !used.has(c));
    for (let n = 2; !code; n++) if (!used.has(`${initials}${n}`)) code = `${initials}${n}`;
    codes.set(label, code);
    used.add(code);
  }
  return codes;
}

function summary(r: CrossValidationResult): string[] {
  const op = r.operatingPoint;
  const inScope = r.labels.filter((l) => l !== r.oosLabel).length;
  return [
    '## Summary',
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| folds (stratified, seed ${r.seed}) | ${r.folds} |`,
    `| examples | ${r.examples} |`,
    `| intents | ${r.labels.length} (${inScope} in scope${r.oosLabel ? ` + \`${r.oosLabel}\`` : ''}) |`,
    `| closed-set accuracy | ${fixed(r.closedSet.accuracy)} |`,
    `| closed-set macro-F1 | **${fixed(r.closedSet.macroF1)}** |`,
    `| closed-set accuracy, in-scope examples only | ${fixed(r.closedSet.inScopeAccuracy)} |`,
    `| operating point: policy | ${policyText(r)} |`,
    `| operating point: accuracy | ${fixed(op.accuracy)} |`,
    `| operating point: macro-F1 | ${fixed(op.macroF1)} |`,
    `| operating point: in-scope accuracy | ${fixed(op.inScopeAccuracy)} |`,
    `| operating point: out-of-scope recall / precision | ${fixed(op.recall)} / ${fixed(op.precision)} |`,
    `| operating point: accepted share / accuracy of accepted | ${pct(op.acceptedShare)} / ${fixed(op.acceptedAccuracy)} |`,
    '',
  ];
}

function method(r: CrossValidationResult): string[] {
  const oos = r.oosLabel ? `\`${r.oosLabel}\`` : 'the out-of-scope label';
  return [
    '## Method',
    '',
    `- Each example is predicted once, by the model of the fold that did not train on it; each fold model is`,
    `  trained exactly as the store's model is (including its own calibration and policy search).`,
    `- **Closed set**: the guess is the most probable of all labels, ${oos} included, so macro-F1 covers every`,
    `  intent and a reject-class example counts as right when that class wins. The policy plays no part here.`,
    `- **Operating point**: what the fold models answered under the policy each chose (threshold on the best`,
    `  in-scope probability, margin over the runner-up, and the reject class winning). \`none\` counts as right`,
    `  for ${oos} examples and wrong for all others; for macro-F1 \`none\` is read as ${oos}.`,
    `- **Threshold sweep**: the same decisions with the threshold replaced, margin kept at each fold model's own.`,
    `  Accuracy of accepted counts an accepted ${oos} example as wrong.`,
    '',
  ];
}

function folds(r: CrossValidationResult): string[] {
  return [
    '## Folds',
    '',
    '| fold | train | test | threshold | margin | in-scope accuracy | out-of-scope recall | train s |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.foldResults.map(
      (f) =>
        `| ${f.fold} | ${f.train} | ${f.test} | ${fixed(f.policy.threshold, 2)} | ${fixed(f.policy.margin, 2)} | ` +
        `${fixed(f.inScopeAccuracy)} | ${fixed(f.oosRecall)} | ${(f.trainMs / 1000).toFixed(1)} |`,
    ),
    '',
  ];
}

function perIntent(r: CrossValidationResult): string[] {
  const rows = [...r.closedSet.perIntent].sort((a, b) => a.f1 - b.f1 || a.intent.localeCompare(b.intent));
  const mostConfused = (intent: string) => {
    const c = r.predictions.filter((p) => p.gold === intent && p.guess !== intent);
    const counts = new Map<string, number>();
    for (const p of c) counts.set(p.guess, (counts.get(p.guess) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return top ? `\`${top[0]}\` (${top[1]})` : '';
  };
  return [
    '## Per intent (closed set, worst first)',
    '',
    '| intent | precision | recall | F1 | support | most often mistaken for |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (l) =>
        `| \`${l.intent}\` | ${fixed(l.precision)} | ${fixed(l.recall)} | ${fixed(l.f1)} | ${l.support} | ` +
        `${mostConfused(l.intent)} |`,
    ),
    '',
  ];
}

function confusedPairs(r: CrossValidationResult, perPair: number): string[] {
  if (r.closedSet.confusions.length === 0) return ['## Most confused pairs', '', 'No confusions.', ''];
  const support = new Map(r.closedSet.perIntent.map((l) => [l.intent, l.support]));
  const examples = (gold: string, guess: string) =>
    r.predictions
      .filter((p: OutOfFoldPrediction) => p.gold === gold && p.guess === guess)
      .slice(0, perPair)
      .map((p) => `“${cell(p.text)}”`)
      .join('; ');
  return [
    '## Most confused pairs (closed set)',
    '',
    '| gold | predicted | count | share of gold | examples |',
    '| --- | --- | ---: | ---: | --- |',
    ...r.closedSet.confusions.map(
      (c) =>
        `| \`${c.gold}\` | \`${c.predicted}\` | ${c.count} | ${pct(c.count / (support.get(c.gold) || 1))} | ` +
        `${examples(c.gold, c.predicted)} |`,
    ),
    '',
  ];
}

/** Rows and columns of the intents involved in at least one confusion; the others are all-correct. */
function matrix(r: CrossValidationResult): string[] {
  const { labels, counts } = r.matrix;
  const involved = labels.filter((_, i) => labels.some((_, j) => j !== i && (counts[i][j] || counts[j][i])));
  const clean = labels.filter((l) => !involved.includes(l));
  const head = ['## Confusion matrix (closed set)', ''];
  if (involved.length === 0) return [...head, 'Every example was classified correctly.', ''];
  const codes = labelCodes(labels);
  const at = new Map(labels.map((l, i) => [l, i]));
  const value = (g: string, p: string) => counts[at.get(g)!][at.get(p)!] || '';
  return [
    ...head,
    'Rows are gold labels, columns the closed-set guess (codes from the row names); empty cells are zero.',
    clean.length
      ? `Only the ${involved.length} intents involved in a confusion are shown; these were always right and never guessed wrongly: ${clean.map((l) => `\`${l}\``).join(', ')}.`
      : `All ${labels.length} labels are involved in at least one confusion.`,
    '',
    `| gold \\ guess | ${involved.map((l) => codes.get(l)).join(' | ')} |`,
    `| --- | ${involved.map(() => '---:').join(' | ')} |`,
    ...involved.map(
      (g) =>
        `| \`${codes.get(g)}\` ${g} | ${involved.map((p) => (g === p ? `**${value(g, p)}**` : value(g, p))).join(' | ')} |`,
    ),
    '',
  ];
}

function sweep(r: CrossValidationResult): string[] {
  const used = new Set(r.foldResults.map((f) => f.policy.threshold.toFixed(2)));
  return [
    '## Threshold sweep',
    '',
    `Margin kept at each fold model's own; the fold models chose ${policyText(r)}.`,
    '',
    '| threshold | accepted | accuracy of accepted | in-scope accuracy | out-of-scope recall | out-of-scope precision |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.sweep.map(
      (s) =>
        `| ${fixed(s.threshold, 2)}${used.has(s.threshold.toFixed(2)) ? ' ◀' : ''} | ${pct(s.acceptedShare)} | ` +
        `${fixed(s.acceptedAccuracy)} | ${fixed(s.inScopeAccuracy)} | ${fixed(s.recall)} | ${fixed(s.precision)} |`,
    ),
    '',
    '◀ a threshold one of the fold models used.',
    '',
  ];
}

/** The fold models' policies, compactly: one when they agree, else the range. */
export function policyText(r: CrossValidationResult): string {
  const ts = r.foldResults.map((f) => f.policy.threshold);
  const ms = r.foldResults.map((f) => f.policy.margin);
  const range = (xs: number[]) => {
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    return lo === hi ? fixed(lo, 2) : `${fixed(lo, 2)}–${fixed(hi, 2)}`;
  };
  return `threshold ${range(ts)}, margin ${range(ms)}`;
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\s+/g, ' ');
}

function fixed(x: number, digits = 3): string {
  return x.toFixed(digits);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
