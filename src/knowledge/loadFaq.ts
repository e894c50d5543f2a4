// Reads and validates knowledge/faq/: every *.json except synonyms.json is a topic file.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { faqFileSchema, faqSynonymsSchema, type FaqArticle, type FaqSynonyms } from './faqSchema';

/** The synonyms file's name inside the FAQ folder. */
export const SYNONYMS_FILE = 'synonyms.json';

/** A FAQ file that cannot be used; the message names the file, the article and the field. */
export class FaqLoadError extends Error {
  override readonly name = 'FaqLoadError';
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

/** The articles and synonym groups of one FAQ folder. */
export interface FaqKnowledge {
  articles: FaqArticle[];
  synonyms: string[][];
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FaqLoadError(`${file}: not valid JSON (${(error as Error).message})`, file);
  }
}

/** "article 'shipping-us' (#1) field questions" for a zod issue path inside a topic file. */
function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const [head, index, ...rest] = issue.path;
  if (head !== 'articles' || typeof index !== 'number') {
    return `${issue.path.length ? `field ${issue.path.join('.')}` : 'file'}: ${issue.message}`;
  }
  const articles = (raw as { articles?: unknown[] }).articles ?? [];
  const id = (articles[index] as { id?: unknown } | undefined)?.id;
  const name = typeof id === 'string' ? `'${id}'` : '(no id)';
  const field = rest.length ? ` field ${rest.join('.')}` : '';
  return `article ${name} (#${index + 1})${field}: ${issue.message}`;
}

/** Parses one topic file's content; `file` names it in errors. */
export function parseFaqFile(raw: unknown, file: string): FaqArticle[] {
  const parsed = faqFileSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => describeIssue(raw, issue));
    throw new FaqLoadError(`${file}: ${details.join('; ')}`, file);
  }
  const source = basename(file);
  return parsed.data.articles.map((article) => ({ ...article, category: parsed.data.category, source }));
}

/** Parses the synonyms file's content; `file` names it in errors. */
export function parseSynonyms(raw: unknown, file: string): FaqSynonyms {
  const parsed = faqSynonymsSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `field ${i.path.join('.')}: ${i.message}`);
    throw new FaqLoadError(`${file}: ${details.join('; ')}`, file);
  }
  return parsed.data;
}

/** Every article id must be unique across the folder. */
function checkUniqueIds(articles: FaqArticle[], dir: string): void {
  const seen = new Map<string, string>();
  for (const article of articles) {
    const first = seen.get(article.id);
    if (first) {
      const message = `${join(dir, article.source)}: article '${article.id}' field id: duplicate of the article in ${first}`;
      throw new FaqLoadError(message, join(dir, article.source));
    }
    seen.set(article.id, article.source);
  }
}

/** Loads and validates a FAQ folder (topic files in name order, then synonyms if present). */
export function loadFaq(dir: string): FaqKnowledge {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const articles = names
    .filter((name) => name !== SYNONYMS_FILE)
    .flatMap((name) => parseFaqFile(readJson(join(dir, name)), join(dir, name)));
  checkUniqueIds(articles, dir);
  const synonyms = names.includes(SYNONYMS_FILE)
    ? parseSynonyms(readJson(join(dir, SYNONYMS_FILE)), join(dir, SYNONYMS_FILE)).groups
    : [];
  return { articles, synonyms };
}
