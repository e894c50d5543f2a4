// Reads the seed files (one JSON array per name in SEED_FILES) and validates them.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { SeedName } from '../domain/schemas';
import { SeedValidationError, type SeedProblem } from './seedValidationError';
import { checkSeeds, SEED_NAMES, type Seeds } from './validateSeeds';

export { SeedValidationError, type SeedProblem } from './seedValidationError';
export type { Seeds } from './validateSeeds';

/** The path of one seed file in a seeds directory. */
export function seedFilePath(dir: string, name: SeedName): string {
  return join(dir, `${name}.json`);
}

/** A path as problems show it: relative to the working directory when inside it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Reads and validates every seed file in dir; throws one SeedValidationError listing all problems. */
export async function readSeeds(dir: string): Promise<Seeds> {
  const fileOf = (name: SeedName) => displayPath(seedFilePath(dir, name));
  const problems: SeedProblem[] = [];
  const raw: Partial<Record<SeedName, unknown>> = {};
  for (const name of SEED_NAMES) {
    const parsed = await readJson(seedFilePath(dir, name), fileOf(name), problems);
    if (parsed.ok) raw[name] = parsed.value;
  }
  const checked = checkSeeds(raw, fileOf);
  problems.push(...checked.problems);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return checked.seeds;
}

async function readJson(
  path: string,
  file: string,
  problems: SeedProblem[],
): Promise<{ ok: boolean; value?: unknown }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    problems.push({ file, record: '', field: '', message: `cannot read file (${(err as Error).message})` });
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    problems.push({ file, record: '', field: '', message: `invalid JSON: ${(err as Error).message}` });
    return { ok: false };
  }
}
