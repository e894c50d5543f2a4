// The one error for bad seed files: every problem found, each naming file, record and field.

/** One problem in one seed record (record is an id such as "JKT-0003", or "#12" for an index). */
export interface SeedProblem {
  file: string;
  record: string;
  /** Dotted path inside the record, e.g. "variants.0.stock"; empty for whole-record or whole-file problems. */
  field: string;
  message: string;
}

/** How many problems the message lists before "and N more". */
export const MAX_LISTED_PROBLEMS = 20;

/** Thrown when seed files fail to parse or validate; `problems` holds all of them. */
export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(formatProblems(problems));
    this.name = 'SeedValidationError';
  }
}

/** "seeds/products.json record JKT-0003 field variants.0.stock: expected number" */
export function formatProblem(p: SeedProblem): string {
  const record = p.record ? ` record ${p.record}` : '';
  const field = p.field ? ` field ${p.field}` : '';
  return `${p.file}${record}${field}: ${p.message}`;
}

function formatProblems(problems: SeedProblem[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  ${formatProblem(p)}`);
  const more = problems.length - listed.length;
  const tail = more > 0 ? [`  and ${more} more`] : [];
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`Invalid seed data (${problems.length} ${noun}):`, ...listed, ...tail].join('\n');
}
