// Ratings and items CSV input for the recommender tools: a small RFC 4180 parser (quoted fields with
// commas, doubled quotes and line breaks; CRLF or LF), rows checked with zod; errors name file and line.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Interaction, ItemContent } from './types';

/** One parsed CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Parses CSV text into records (blank lines skipped); throws `name:line: problem` on a malformed quote. */
export function parseCsv(text: string, name = 'input'): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        const after = text[i + 1];
        if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r')
          throw new Error(`${name}:${line}: unexpected character after a closing quote`);
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`${name}:${line}: quote inside an unquoted field`);
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  if (quoted) throw new Error(`${name}:${start}: unterminated quoted field`);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** Parses a CSV whose first record must be `header`; each later record goes through `schema`. */
export function parseTable<T>(
  text: string,
  header: readonly string[],
  schema: z.ZodType<T>,
  name: string,
): T[] {
  const [head, ...rows] = parseCsv(text, name);
  const got = head?.fields.map((f) => f.trim()) ?? [];
  if (header.some((h, j) => got[j] !== h))
    throw new Error(`${name}:${head?.line ?? 1}: expected header ${header.join(',')}, got ${got.join(',')}`);
  return rows.map(({ line, fields }) => {
    if (fields.length !== got.length)
      throw new Error(`${name}:${line}: expected ${got.length} fields, got ${fields.length}`);
    const parsed = schema.safeParse(Object.fromEntries(got.map((h, j) => [h, fields[j]])));
    if (!parsed.success)
      throw new Error(`${name}:${line}: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
    return parsed.data;
  });
}

const id = z.string().trim().min(1, 'must not be empty');
const finite = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .transform(Number)
    .refine((n) => Number.isFinite(n), `${what} must be a number`);

/** One line of a ratings CSV (`user,item,rating,timestamp`); an empty timestamp reads as 0. */
export const RatingRowSchema = z.object({
  user: id,
  item: id,
  rating: finite('rating'),
  timestamp: z
    .string()
    .trim()
    .transform((s) => (s === '' ? 0 : Number(s)))
    .refine((n) => Number.isFinite(n) && n >= 0, 'timestamp must be Unix seconds'),
});

/** One line of an items CSV (`item,title,categories,description`); categories split on `|` or `;`. */
export const ItemRowSchema = z.object({
  item: id,
  title: z.string().trim(),
  categories: z.string().transform((s) =>
    s
      .split(/[|;]/)
      .map((c) => c.trim())
      .filter((c) => c !== ''),
  ),
  description: z.string().trim(),
});

/** Parses ratings CSV text. */
export function parseRatings(text: string, name = 'ratings'): Interaction[] {
  return parseTable(text, ['user', 'item', 'rating', 'timestamp'], RatingRowSchema, name).map((r) => ({
    user: r.user,
    item: r.item,
    value: r.rating,
    timestamp: r.timestamp,
  }));
}

/** Parses items CSV text. */
export function parseItems(text: string, name = 'items'): ItemContent[] {
  return parseTable(text, ['item', 'title', 'categories', 'description'], ItemRowSchema, name);
}

/** Reads a ratings CSV file. */
export function readRatingsCsv(path: string): Interaction[] {
  return parseRatings(readText(path), path);
}

/** Reads an items CSV file. */
export function readItemsCsv(path: string): ItemContent[] {
  return parseItems(readText(path), path);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}
