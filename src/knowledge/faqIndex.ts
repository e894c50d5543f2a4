// Ranked retrieval over the FAQ articles with minisearch (BM25+), the same way the catalog
// search uses it: our own tokeniser and term processor, a query tree in which each question
// word ORs its exact term, its transpositions, prefix and fuzzy matches, plus (down-weighted)
// the terms of its synonyms. Hits carry a 0..1 confidence (see faqConfidence.ts).
import MiniSearch, { type Query } from 'minisearch';
import { confidence, coverage } from './faqConfidence';
import type { FaqArticle } from './faqSchema';
import { SynonymTable } from './faqSynonyms';
import { stem } from '../nlu/intent/tokens';
import { parseQuestion, wordMatches, type QueryWord } from './faqQuery';
import { termOf, termsOf, words } from './faqTerms';

const FIELDS = ['title', 'questions', 'answer', 'tags'] as const;
type Field = (typeof FIELDS)[number];
type IndexedArticle = Record<Field, string> & { id: string };

/**
 * answer() answers outright when the best hit's confidence is above this; otherwise it offers
 * choices. Chosen on the held-out phrasings of `npm run bench:faq` (its threshold sweep, pooled
 * over the five held-out rotations): the lowest 0.05 step at which at least 95% of confident
 * answers were right, but never below 0.5, so a tie between two articles (confidence ≤ 0.5)
 * always becomes choices.
 */
export const ANSWER_THRESHOLD = 0.5;

/** Below this best-hit confidence answer() says it has nothing ('none'), not even choices. */
export const NONE_THRESHOLD = 0.2;

/** Retrieval tuning; override any part through FaqIndex.build. */
export const DEFAULTS = {
  /** Relative weight of a match in each field (unequal boosts did no better on bench:faq). */
  boost: { title: 1, questions: 1, answer: 1, tags: 1 } as Record<Field, number>,
  /** Weight of a term that only a synonym brought in, relative to the shopper's own word. */
  synonymWeight: 0.5,
  /** Fuzzy tolerance as a fraction of the term's length (0.2: one typo per five letters). */
  fuzzy: 0.2,
  /** Shorter terms are matched without fuzziness (transpositions still apply). */
  minFuzzyLength: 4,
  /** Shorter terms must match whole words. */
  minPrefixLength: 4,
  /** Hits returned by search() when the caller gives no limit. */
  limit: 5,
  /** Most articles answer() offers as choices. */
  maxChoices: 3,
  /** A third choice must score at least this fraction of the best hit's score. */
  minChoiceScore: 0.3,
  answerThreshold: ANSWER_THRESHOLD,
  noneThreshold: NONE_THRESHOLD,
};

/** Tuning as DEFAULTS describes it. */
export type FaqTuning = typeof DEFAULTS;
/** Overrides for DEFAULTS; synonyms are query-side phrase groups. */
export type FaqIndexOptions = Partial<Omit<FaqTuning, 'boost'>> & {
  boost?: Partial<Record<Field, number>>;
  synonyms?: readonly (readonly string[])[];
};

/** One ranked article. */
export interface FaqHit {
  article: FaqArticle;
  /** minisearch's BM25+ score (unbounded; comparable within one search only). */
  score: number;
  /** 0..1: how much of the question this article covers times how clearly it wins. */
  confidence: number;
}

/** What answer() decided. */
export type FaqAnswer =
  | { kind: 'answer'; article: FaqArticle; confidence: number }
  | { kind: 'choices'; articles: FaqArticle[]; confidence: number }
  | { kind: 'none' };

function toDocument(article: FaqArticle): IndexedArticle {
  return {
    id: article.id,
    title: article.title,
    questions: article.questions.join('\n'),
    answer: article.answer,
    tags: article.tags.join(' '),
  };
}

/** Ranked FAQ retrieval with synonyms and spelling tolerance over a fixed set of articles. */
export class FaqIndex {
  private readonly tuning: FaqTuning;
  private readonly articles = new Map<string, FaqArticle>();
  private readonly vocabulary = new Set<string>();
  private readonly synonyms: SynonymTable;
  private readonly index: MiniSearch<IndexedArticle>;

  private constructor(articles: readonly FaqArticle[], options: FaqIndexOptions) {
    const { synonyms = [], ...tuning } = options;
    this.tuning = { ...DEFAULTS, ...tuning, boost: { ...DEFAULTS.boost, ...tuning.boost } };
    this.synonyms = new SynonymTable(synonyms, words, stem);
    this.index = new MiniSearch<IndexedArticle>({
      fields: [...FIELDS],
      tokenize: words,
      processTerm: termOf,
      // Query terms arrive already processed (see queryTree).
      searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
    });
    for (const article of articles) this.add(article);
  }

  /** Indexes the articles (title, questions, answer, tags); synonyms apply to queries. */
  static build(articles: readonly FaqArticle[], options: FaqIndexOptions = {}): FaqIndex {
    return new FaqIndex(articles, options);
  }

  /** The article with this id (e.g. from a choice the shopper picked), if indexed. */
  byId(id: string): FaqArticle | undefined {
    return this.articles.get(id);
  }

  /** The article whose title is exactly `title`, ignoring case and surrounding space. */
  byTitle(title: string): FaqArticle | undefined {
    const wanted = title.trim().toLowerCase();
    for (const article of this.articles.values()) if (article.title.toLowerCase() === wanted) return article;
    return undefined;
  }

  /** Number of indexed articles. */
  get size(): number {
    return this.articles.size;
  }

  /** Articles for the question, best first, each with a 0..1 confidence. */
  search(text: string, { limit = this.tuning.limit }: { limit?: number } = {}): FaqHit[] {
    const { queryWords, extra } = parseQuestion(text, this.synonyms, this.vocabulary);
    if (queryWords.length === 0) return [];
    const results = this.index.search(this.queryTree(queryWords, extra), { boost: this.tuning.boost });
    const ranked = results
      .map((result) => {
        const matches = wordMatches(queryWords, new Set(result.terms), new Set(result.queryTerms));
        // minisearch multiplies the BM25 sum by the number of matched query terms, synonyms
        // included, which favours articles that happen to hold many synonyms; count the
        // shopper's matched words instead.
        const matched = matches.filter((m) => m !== 'none').length;
        const score = (result.score / Math.max(1, result.queryTerms.length)) * matched;
        return { id: result.id, score, cover: coverage(matches) };
      })
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    if (ranked.length === 0) return [];
    const topScores = ranked.slice(0, 3).map((hit) => hit.score);
    return ranked.slice(0, limit).map((hit) => ({
      article: this.articles.get(hit.id) as FaqArticle,
      score: hit.score,
      confidence: confidence(hit.cover, hit.score, topScores),
    }));
  }

  /** One article when confident, the closest two or three as choices when unsure, or none. */
  answer(text: string): FaqAnswer {
    const hits = this.search(text, { limit: this.tuning.maxChoices });
    const top = hits[0];
    if (!top || top.confidence < this.tuning.noneThreshold) return { kind: 'none' };
    if (top.confidence > this.tuning.answerThreshold) {
      return { kind: 'answer', article: top.article, confidence: top.confidence };
    }
    // Two closest articles always; a third only when it scores close enough to the best.
    const articles = hits
      .filter((hit, i) => i < 2 || hit.score >= this.tuning.minChoiceScore * top.score)
      .map((hit) => hit.article);
    return { kind: 'choices', articles, confidence: top.confidence };
  }

  private add(article: FaqArticle): void {
    if (this.articles.has(article.id)) throw new Error(`FaqIndex: duplicate article id ${article.id}`);
    this.articles.set(article.id, article);
    const document = toDocument(article);
    this.index.add(document);
    for (const field of FIELDS) for (const term of termsOf(document[field])) this.vocabulary.add(term);
  }

  /** Any word may match (more matched words score higher); synonyms count at synonymWeight. */
  private queryTree(queryWords: QueryWord[], extra: string[]): Query {
    const { fuzzy, minFuzzyLength, minPrefixLength, synonymWeight } = this.tuning;
    const boostTerm = () => synonymWeight;
    const extraQuery: Query[] = extra.length > 0 ? [{ combineWith: 'OR', queries: extra, boostTerm }] : [];
    return {
      combineWith: 'OR',
      queries: [
        ...extraQuery,
        ...queryWords.flatMap(({ term, variants, synonyms }): Query[] => {
          const own: Query = {
            combineWith: 'OR',
            queries: [term, ...variants],
            prefix: term.length >= minPrefixLength,
            fuzzy: term.length >= minFuzzyLength ? fuzzy : false,
          };
          if (synonyms.length === 0) return [own];
          return [own, { combineWith: 'OR', queries: synonyms, boostTerm }];
        }),
      ],
    };
  }
}
