// The shape of the hand-written FAQ files in knowledge/faq/: parsed with zod on load.
import { z } from 'zod';

/** Fewest question phrasings an article may have (one is held out by the benchmark). */
export const MIN_QUESTIONS = 5;

const text = z.string().trim().min(1, 'must not be empty');

/** One article as written in a file. */
export const faqArticleInputSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, hyphens)'),
    title: text,
    answer: z.string().trim().min(40, 'must be a few sentences (40+ characters)'),
    questions: z
      .array(text)
      .min(MIN_QUESTIONS, `needs at least ${MIN_QUESTIONS} question phrasings`)
      .refine((qs) => new Set(qs.map((q) => q.toLowerCase())).size === qs.length, 'has duplicate phrasings'),
    tags: z.array(text).default([]),
  })
  .strict();

/** One FAQ file: a topic group of articles. */
export const faqFileSchema = z
  .object({
    category: z.string().regex(/^[a-z][a-z-]*$/, 'must be a lower-case word'),
    articles: z.array(faqArticleInputSchema).min(1, 'needs at least one article'),
  })
  .strict();

/** Query-side synonym groups (knowledge/faq/synonyms.json). */
export const faqSynonymsSchema = z
  .object({
    description: z.string().optional(),
    groups: z.array(z.array(text).min(2, 'a group needs at least two phrases')),
  })
  .strict();

export type FaqArticleInput = z.infer<typeof faqArticleInputSchema>;
export type FaqFile = z.infer<typeof faqFileSchema>;
export type FaqSynonyms = z.infer<typeof faqSynonymsSchema>;

/** A loaded article: as written, plus its file's category and the file it came from. */
export interface FaqArticle extends FaqArticleInput {
  category: string;
  source: string;
}
