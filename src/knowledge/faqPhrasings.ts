// Scores a question against every phrasing of every article (its title and each indexed question
// as a short document of its own) and keeps each article's best: a close paraphrase of one
// phrasing should win even when the article's other phrasings and answer are about something
// else. Similarity is the cosine of idf-weighted term sets; a question word that reaches a
// phrasing only through a synonym, a prefix or a typo counts at its credit (faqExpansion.ts).
import type { ExpandedQueryWord } from './faqExpansion';
import type { FaqArticle } from './faqSchema';
import { askingTermsOf, termsOf } from './faqTerms';

interface Phrasing {
  articleId: string;
  norm: number;
}

/** The best phrasing similarity (0..1) of each article that shares anything with the question. */
export type PhrasingScores = Map<string, number>;

/** The phrasings of a fixed set of articles with their terms' inverse phrasing frequencies. */
export class PhrasingIndex {
  private readonly phrasings: Phrasing[] = [];
  /** term → the phrasings (indexes into `phrasings`) that hold it */
  private readonly postings = new Map<string, number[]>();
  private readonly idfs = new Map<string, number>();
  private readonly unknownIdf: number;

  constructor(articles: readonly FaqArticle[]) {
    const raw = articles.flatMap((a) =>
      [a.title, ...a.questions].map((text) => ({
        articleId: a.id,
        terms: new Set([...termsOf(text), ...askingTermsOf(text)]),
      })),
    );
    const df = new Map<string, number>();
    for (const { terms } of raw) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.idfs.set(t, Math.log(1 + raw.length / n));
    this.unknownIdf = Math.log(1 + raw.length);
    for (const { articleId, terms } of raw) {
      if (terms.size === 0) continue;
      const norm = Math.sqrt([...terms].reduce((s, t) => s + this.idf(t) ** 2, 0));
      for (const t of terms) {
        const list = this.postings.get(t) ?? [];
        list.push(this.phrasings.length);
        this.postings.set(t, list);
      }
      this.phrasings.push({ articleId, norm });
    }
  }

  /** Inverse phrasing frequency of an indexed term (an unseen term counts as the rarest). */
  idf(term: string): number {
    return this.idfs.get(term) ?? this.unknownIdf;
  }

  /** Each article's best cosine between the question and one of its phrasings. */
  score(question: readonly ExpandedQueryWord[]): PhrasingScores {
    // A word's weight is its own idf; an unknown word weighs as the rarest term it reaches.
    const weights = question.map(({ word, reach }) =>
      this.idfs.has(word.term) || reach.size === 0
        ? this.idf(word.term)
        : Math.max(...[...reach.keys()].map((t) => this.idf(t))),
    );
    const queryNorm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0));
    const dots = new Map<number, number>();
    question.forEach(({ reach }, i) => {
      // The word's best match within each phrasing it reaches, through the postings.
      const matched = new Map<number, number>();
      for (const [term, credit] of reach) {
        const value = credit * this.idf(term);
        for (const p of this.postings.get(term) ?? []) matched.set(p, Math.max(matched.get(p) ?? 0, value));
      }
      for (const [p, value] of matched) dots.set(p, (dots.get(p) ?? 0) + value * weights[i]);
    });
    const best: PhrasingScores = new Map();
    for (const [p, dot] of dots) {
      const { articleId, norm } = this.phrasings[p];
      const cosine = Math.min(1, dot / (queryNorm * norm));
      if (cosine > (best.get(articleId) ?? 0)) best.set(articleId, cosine);
    }
    return best;
  }
}
