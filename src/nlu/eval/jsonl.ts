// JSONL input for the NLU tools: one JSON object per line, checked with zod;
// errors name the file and line.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One labelled utterance line: `{"text": "...", "intent": "..."}` (other fields ignored). */
export const ExampleLineSchema = z.object({ text: z.string(), intent: z.string().min(1) });

/** A labelled utterance read from JSONL. */
export type ExampleLine = z.infer<typeof ExampleLineSchema>;

/** Parses JSONL text with `schema`; blank lines are skipped; throws `name:line: problem` on the first bad line. */
export function parseJsonl<T>(text: string, schema: z.ZodType<T>, name = 'input'): T[] {
  const out: T[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${name}:${i + 1}: not JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      throw new Error(`${name}:${i + 1}: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
    out.push(parsed.data);
  });
  return out;
}

/** Reads labelled utterances from a JSONL file. */
export function readExamples(path: string): ExampleLine[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
  return parseJsonl(text, ExampleLineSchema, path);
}
