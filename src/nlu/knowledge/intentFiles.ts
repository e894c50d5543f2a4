// Reads the store's hand-written intent examples: knowledge/intents/<intent>.txt,
// one example per line, `#` comments, the first comment the intent's description.
// Problems are collected across all files and reported by file and line.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';

/** Limits on a knowledge example. */
export const INTENT_FILE_RULES = {
  maxExampleLength: 160,
  minExamples: 10,
  namePattern: /^[a-z][a-z_]{1,40}$/,
};

/** One intent with its description and examples. */
export interface IntentDefinition {
  intent: string;
  description: string;
  examples: string[];
}

/** One problem in one line of one file. */
export interface KnowledgeProblem {
  file: string;
  line: number;
  message: string;
}

/** Every problem found in the knowledge files, each with file and line. */
export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    const shown = problems.slice(0, 20).map((p) => `  ${p.file}:${p.line}: ${p.message}`);
    const more = problems.length > 20 ? [`  …and ${problems.length - 20} more`] : [];
    super(
      `Invalid knowledge (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${[...shown, ...more].join('\n')}`,
    );
    this.name = 'KnowledgeError';
  }
}

const ExampleSchema = z
  .string()
  .max(INTENT_FILE_RULES.maxExampleLength, `is longer than ${INTENT_FILE_RULES.maxExampleLength} characters`)
  .refine((s) => s === s.trim(), 'has leading or trailing spaces')
  .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20), 'contains control characters');

/** Parses one intent file's text; problems are appended to `problems`. */
export function parseIntentFile(
  intent: string,
  file: string,
  text: string,
  problems: KnowledgeProblem[],
): IntentDefinition {
  const examples: string[] = [];
  let description = '';
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    if (raw.startsWith('#')) {
      description ||= raw.replace(/^#\s*/, '');
      return;
    }
    const parsed = ExampleSchema.safeParse(raw);
    if (!parsed.success) problems.push({ file, line, message: `example ${parsed.error.issues[0].message}` });
    else examples.push(raw);
  });
  if (!INTENT_FILE_RULES.namePattern.test(intent)) {
    problems.push({ file, line: 1, message: `intent name "${intent}" must be snake_case letters` });
  }
  if (!description)
    problems.push({ file, line: 1, message: 'the first comment line must describe the intent' });
  if (examples.length < INTENT_FILE_RULES.minExamples) {
    problems.push({
      file,
      line: 1,
      message: `has ${examples.length} examples; at least ${INTENT_FILE_RULES.minExamples} are needed`,
    });
  }
  return { intent, description, examples };
}

/** Finds the same example (case-insensitive) in two places. */
function findDuplicates(files: { file: string; text: string }[], problems: KnowledgeProblem[]): void {
  const seen = new Map<string, string>();
  for (const { file, text } of files) {
    text.split(/\r?\n/).forEach((raw, i) => {
      if (raw.trim() === '' || raw.startsWith('#')) return;
      const key = raw.trim().toLowerCase();
      const first = seen.get(key);
      if (first) problems.push({ file, line: i + 1, message: `duplicate example (first at ${first})` });
      else seen.set(key, `${file}:${i + 1}`);
    });
  }
}

/** Loads every `*.txt` in `dir` (sorted by name); throws a KnowledgeError listing all problems. */
export async function loadIntentFiles(
  dir: string,
  root: string = process.cwd(),
): Promise<IntentDefinition[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const files = await Promise.all(
    names.map(async (name) => ({
      name,
      file: relative(root, join(dir, name)),
      text: await readFile(join(dir, name), 'utf8'),
    })),
  );
  const problems: KnowledgeProblem[] = [];
  if (files.length === 0)
    problems.push({ file: relative(root, dir), line: 0, message: 'no intent files (*.txt) found' });
  const intents = files.map((f) => parseIntentFile(f.name.replace(/\.txt$/, ''), f.file, f.text, problems));
  findDuplicates(files, problems);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return intents;
}
