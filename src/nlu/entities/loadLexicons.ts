// Reads knowledge/lexicons/*.json and validates them; every problem names its file and JSON path.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { PROJECT_ROOT } from '../../paths';
import { LEXICON_FILES, type LexiconName, type Lexicons } from './lexiconSchemas';
import { phraseTables } from './phraseTables';
import { phraseWords } from './tokens';

/** Where the store's hand-written lexicons live. */
export const DEFAULT_LEXICON_DIR = join(PROJECT_ROOT, 'knowledge', 'lexicons');

/** One problem in one lexicon file; `path` is a JSON path such as `colours[3].synonyms[0]`. */
export interface LexiconProblem {
  file: string;
  path: string;
  message: string;
}

/** Thrown when lexicon files are missing, not JSON, or fail validation; lists every problem. */
export class LexiconError extends Error {
  constructor(readonly problems: LexiconProblem[]) {
    super(['Invalid lexicons:', ...problems.map((p) => `  ${p.file}: ${p.path}: ${p.message}`)].join('\n'));
    this.name = 'LexiconError';
  }
}

/** `["colours", 3, "synonyms"]` → `colours[3].synonyms`; the root is `$`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '$';
}

/** Validates raw lexicon data (file name → parsed JSON); `fileLabel` names files in problems. */
export function parseLexicons(
  raw: Partial<Record<LexiconName, unknown>>,
  fileLabel: (name: LexiconName) => string = (name) => `${name}.json`,
): Lexicons {
  const problems: LexiconProblem[] = [];
  const parsed: Partial<Record<LexiconName, unknown>> = {};
  for (const name of Object.keys(LEXICON_FILES) as LexiconName[]) {
    const file = fileLabel(name);
    if (raw[name] === undefined) {
      problems.push({ file, path: '$', message: 'missing lexicon' });
      continue;
    }
    const result = (LEXICON_FILES[name] as z.ZodType).safeParse(raw[name]);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, path: jsonPath(issue.path), message: issue.message });
      continue;
    }
    parsed[name] = result.data;
    problems.push(...duplicatePhrases(name, result.data, file));
  }
  if (problems.length > 0) throw new LexiconError(problems);
  return parsed as Lexicons;
}

/** A phrase listed twice in one table (after the shared normalisation) is ambiguous: report the second. */
function duplicatePhrases(name: LexiconName, data: unknown, file: string): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  for (const table of phraseTables(name, data as Lexicons[LexiconName])) {
    const seen = new Map<string, string>();
    for (const { phrase, path } of table) {
      const key = phraseWords(phrase).join(' ');
      const first = seen.get(key);
      if (key === '')
        problems.push({ file, path: jsonPath(path), message: `phrase "${phrase}" has no words` });
      else if (first !== undefined)
        problems.push({
          file,
          path: jsonPath(path),
          message: `phrase "${phrase}" is already listed at ${first}`,
        });
      else seen.set(key, jsonPath(path));
    }
  }
  return problems;
}

/** Reads and validates every lexicon file in `dir`; throws one LexiconError listing all problems. */
export async function loadLexicons(dir: string = DEFAULT_LEXICON_DIR): Promise<Lexicons> {
  const raw: Partial<Record<LexiconName, unknown>> = {};
  const problems: LexiconProblem[] = [];
  const label = (name: LexiconName) => join(dir, `${name}.json`);
  for (const name of Object.keys(LEXICON_FILES) as LexiconName[]) {
    let text: string;
    try {
      text = await readFile(label(name), 'utf8');
    } catch (err) {
      problems.push({
        file: label(name),
        path: '$',
        message: `cannot read file (${(err as Error).message})`,
      });
      continue;
    }
    try {
      raw[name] = JSON.parse(text);
    } catch (err) {
      problems.push({ file: label(name), path: '$', message: `invalid JSON: ${(err as Error).message}` });
    }
  }
  try {
    if (problems.length === 0) return parseLexicons(raw, label);
    parseLexicons(raw, label);
  } catch (err) {
    if (!(err instanceof LexiconError)) throw err;
    const unread = new Set(problems.map((p) => p.file));
    problems.push(...err.problems.filter((p) => !unread.has(p.file)));
  }
  throw new LexiconError(problems);
}
