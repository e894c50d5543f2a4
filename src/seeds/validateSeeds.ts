// Validates raw seed data: each record against its schema, then the references between files.
import type { z } from 'zod';
import { SEED_FILES, type SeedName } from '../domain/schemas';
import { checkReferences, type Labelled } from './seedReferences';
import { SeedValidationError, type SeedProblem } from './seedValidationError';

type SeedRecord<N extends SeedName> = z.infer<(typeof SEED_FILES)[N]>;

/** The demo store's data, validated. */
export type Seeds = { [N in SeedName]: SeedRecord<N>[] };

/** The seed names in file order. */
export const SEED_NAMES = Object.keys(SEED_FILES) as SeedName[];

/** Validates raw (parsed JSON) seed data and throws one SeedValidationError listing every problem. */
export function validateSeeds(
  raw: Partial<Record<SeedName, unknown>>,
  fileOf: (name: SeedName) => string,
): Seeds {
  const { seeds, problems } = checkSeeds(raw, fileOf);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return seeds;
}

/** Like validateSeeds, but returns the problems instead of throwing (invalid records are left out). */
export function checkSeeds(
  raw: Partial<Record<SeedName, unknown>>,
  fileOf: (name: SeedName) => string,
): { seeds: Seeds; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const labelled = {} as { [N in SeedName]: Labelled<SeedRecord<N>>[] };
  // Ids of every record, valid or not; null when the file itself could not be read.
  const rawIds = {} as Record<SeedName, Set<string> | null>;
  for (const name of SEED_NAMES) {
    const records = asArray(raw[name], fileOf(name), problems);
    const ids = records.map((r) => idOf(r)).filter((id): id is string => id !== undefined);
    rawIds[name] = raw[name] === undefined ? null : new Set(ids);
    (labelled as Record<SeedName, unknown>)[name] = parseRecords(name, records, fileOf(name), problems);
  }
  problems.push(...checkReferences(labelled, rawIds, fileOf));
  const seeds = Object.fromEntries(SEED_NAMES.map((n) => [n, labelled[n].map((l) => l.value)])) as Seeds;
  return { seeds, problems };
}

function asArray(value: unknown, file: string, problems: SeedProblem[]): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  problems.push({ file, record: '', field: '', message: 'expected a JSON array of records' });
  return [];
}

function idOf(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** "#<index>" for records without an id (events). */
export function labelOf(record: unknown, index: number): string {
  return idOf(record) ?? `#${index}`;
}

function parseRecords<N extends SeedName>(
  name: N,
  records: unknown[],
  file: string,
  problems: SeedProblem[],
) {
  const schema: z.ZodType = SEED_FILES[name];
  const out: Labelled<SeedRecord<N>>[] = [];
  records.forEach((record, index) => {
    const label = labelOf(record, index);
    const result = schema.safeParse(record);
    if (result.success) {
      out.push({ label, value: result.data as SeedRecord<N> });
      return;
    }
    for (const issue of result.error.issues) {
      problems.push({ file, record: label, field: issue.path.map(String).join('.'), message: issue.message });
    }
  });
  return out;
}
