// Renders a dataset's rows as a plain-text table (stdout) and as a Markdown table (bench-results/).
import type { DatasetResult, SystemRow } from './results';

interface Column {
  title: string;
  cell: (row: SystemRow) => string;
  /** Right-aligned in plain text (numbers). */
  numeric: boolean;
}

const na = 'n/a';
const fixed = (digits: number) => (x: number) => x.toFixed(digits);
const score = fixed(3);
const ms = fixed(3);

function columns(withOos: boolean): Column[] {
  const oos = (pick: (o: NonNullable<SystemRow['oos']>) => number) => (r: SystemRow) =>
    r.oos ? score(pick(r.oos)) : na;
  return [
    { title: 'system', cell: (r) => r.label, numeric: false },
    {
      title: 'trained on',
      cell: (r) =>
        r.trainedOn === r.trainTotal ? String(r.trainTotal) : `${r.trainedOn} of ${r.trainTotal}`,
      numeric: true,
    },
    { title: 'accuracy', cell: (r) => score(r.accuracy), numeric: true },
    { title: 'macro-F1', cell: (r) => score(r.macroF1), numeric: true },
    ...(withOos
      ? [
          { title: 'OOS recall', cell: oos((o) => o.recall), numeric: true },
          { title: 'OOS precision', cell: oos((o) => o.precision), numeric: true },
          { title: 'in-scope acc.', cell: oos((o) => o.inScopeAccuracy), numeric: true },
        ]
      : []),
    { title: 'train s', cell: (r) => fixed(1)(r.trainSeconds), numeric: true },
    { title: 'p50 ms', cell: (r) => ms(r.latencyMs.median), numeric: true },
    { title: 'p99 ms', cell: (r) => ms(r.latencyMs.p99), numeric: true },
  ];
}

/** The lines under a table: the split, each system's out-of-scope rule, and any training cap. */
export function tableNotes(d: DatasetResult): string[] {
  const notes = [`split: ${d.split}`];
  if (d.oosLines > 0) {
    for (const r of d.rows) notes.push(`OOS decision of ${r.label}: ${r.oosRule ?? 'n/a (none reported)'}`);
  }
  for (const r of d.rows) if (r.cap) notes.push(`cap on ${r.label}: ${r.cap}`);
  for (const r of d.rows) {
    if (r.noGuess > 0) {
      notes.push(
        `${r.label} named no trained intent for ${r.noGuess} test lines: counted wrong, and its answer ` +
          'counts as one more label in macro-F1 (gold ∪ predicted labels, as scikit-learn)',
      );
    }
  }
  return notes;
}

/** The heading line of a dataset. */
export function datasetHeading(d: DatasetResult): string {
  const oos = d.oosLines > 0 ? `, ${d.oosLines} out-of-scope` : '';
  return `${d.name} — ${d.train} train / ${d.test} test lines${oos}`;
}

/** A plain-text table with aligned columns, heading and notes. */
export function textTable(d: DatasetResult): string {
  const cols = columns(d.oosLines > 0);
  const cells = [cols.map((c) => c.title), ...d.rows.map((r) => cols.map((c) => c.cell(r)))];
  const widths = cols.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (cols[i].numeric ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    datasetHeading(d),
    line(cells[0]),
    rule,
    ...cells.slice(1).map(line),
    ...tableNotes(d).map((n) => `  ${n}`),
  ].join('\n');
}

/** The same table in Markdown. */
export function markdownTable(d: DatasetResult): string {
  const cols = columns(d.oosLines > 0);
  const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    `## ${datasetHeading(d)}`,
    '',
    row(cols.map((c) => c.title)),
    `| ${cols.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`,
    ...d.rows.map((r) => row(cols.map((c) => c.cell(r)))),
    '',
    ...tableNotes(d).map((n) => `- ${n}`),
  ].join('\n');
}
