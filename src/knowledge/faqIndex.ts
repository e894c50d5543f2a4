// Ranked retrieval over the FAQ articles, from up to three channels: the whole article's BM25
// (faqArticleSearch.ts: answer text, tags, all phrasings together), the question's closeness to
// the article's single best phrasing in words (faqPhrasings.ts) and, when the caller passes the
// question's sentence vector, in meaning (faqSemantic.ts). The word channels pick the candidate
// articles; an article's score is the weighted sum of the three; hits carry a 0..1 confidence
// (see faqConfidence.ts).
import { confidence, MAX_RIVALS, TEMPERATURE } from './faqConfidence';
import { ArticleSearch, type Field } from './faqArticleSearch';
import { expandWord, type ExpandedQueryWord } from './faqExpansion';
import { PhrasingIndex } from './faqPhrasings';
import { parseQuestion } from './faqQuery';
import type { FaqArticle } from './faqSchema';
import type { SemanticPhrasings } from './faqSemantic';
import { SynonymTable } from './faqSynonyms';
import { askingTermsOf, words } from './faqTerms';
import { stem } from '../nlu/intent/tokens';

/**
 * answer() answers outright when the best hit's confidence is above this; otherwise it offers
 * choices. Chosen with `npm run bench:faq` (its threshold sweep, pooled over the five held-out
 * rotations): about 90% of answers above it are right, and the wrong ones are mostly a
 * neighbouring article that also covers the question; never at or below 0.5, so a tie between
 * two articles (confidence ≤ 0.5) always becomes choices.
 */
export const ANSWER_THRESHOLD = 0.6;

/**
 * answer() says it has nothing ('none'), not even choices, when the best hit explains less than
 * this fraction of the question's content words.
 */
export const NONE_THRESHOLD = 0.3;

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
  /** Weight of the best phrasing's similarity (0..1) in an article's score. */
  phrasingWeight: 0.5,
  /** Weight of the whole article's BM25 (as a fraction of the best hit's) times its coverage. */
  articleWeight: 1,
  /**
   * Weight of the meaning channel's 0..1 score, when the index has one and the search passes a
   * question vector. Learned per FAQ by faqFusion.ts (leaving phrasings out); 0 turns it off.
   */
  semanticWeight: 0,
  /** Softmax temperature of the confidence's share (see faqConfidence.ts). */
  temperature: TEMPERATURE,
  /** Hits returned by search() when the caller gives no limit. */
  limit: 5,
  /** answer() says 'none' when the best hit's fused score is below this (scattered fuzzy matches). */
  minScore: 0.25,
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
  /** The articles' phrasing vectors, for searches that pass a question vector. */
  semantic?: SemanticPhrasings;
};

/** How one search runs. */
export interface FaqSearchOptions {
  limit?: number;
  /** The question's sentence vector (same encoder as the index's phrasings). */
  queryVector?: Float32Array;
}

/** One ranked article. */
export interface FaqHit {
  article: FaqArticle;
  /** The fused score, 0..phrasingWeight + articleWeight + semanticWeight (comparable within one search only). */
  score: number;
  /** The word channels' part of the score. */
  lexical: number;
  /** The meaning channel's 0..1 score before its weight (0 without a question vector). */
  semantic: number;
  /** 0..1: how much of the question's content words the article matches. */
  coverage: number;
  /** 0..1: coverage times how clearly it wins over the other hits. */
  confidence: number;
}

/** What answer() decided. */
export type FaqAnswer =
  | { kind: 'answer'; article: FaqArticle; confidence: number }
  | { kind: 'choices'; articles: FaqArticle[]; confidence: number }
  | { kind: 'none' };

/** Ranked FAQ retrieval with synonyms and spelling tolerance over a fixed set of articles. */
export class FaqIndex {
  private readonly tuning: FaqTuning;
  private readonly articles = new Map<string, FaqArticle>();
  private readonly synonyms: SynonymTable;
  private readonly articleSearch: ArticleSearch;
  private readonly phrasings: PhrasingIndex;
  private readonly semantic?: SemanticPhrasings;

  private constructor(articles: readonly FaqArticle[], options: FaqIndexOptions) {
    const { synonyms = [], semantic, ...tuning } = options;
    this.semantic = semantic;
    this.tuning = { ...DEFAULTS, ...tuning, boost: { ...DEFAULTS.boost, ...tuning.boost } };
    this.synonyms = new SynonymTable(synonyms, words, stem);
    for (const article of articles) {
      if (this.articles.has(article.id)) throw new Error(`FaqIndex: duplicate article id ${article.id}`);
      this.articles.set(article.id, article);
    }
    this.articleSearch = new ArticleSearch(articles, this.tuning);
    this.phrasings = new PhrasingIndex(articles);
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
  search(text: string, { limit = this.tuning.limit, queryVector }: FaqSearchOptions = {}): FaqHit[] {
    const { vocabulary } = this.articleSearch;
    const { queryWords, extra } = parseQuestion(text, this.synonyms, vocabulary);
    if (queryWords.length === 0) return [];
    const articleHits = this.articleSearch.search(queryWords, extra);
    const phrasing = this.phrasings.score(
      this.phrasingQuery(
        text,
        queryWords.map((w) => expandWord(w, vocabulary)),
        extra,
      ),
    );
    const maxBm25 = Math.max(0, ...articleHits.map((h) => h.bm25));
    const { phrasingWeight, articleWeight, semanticWeight } = this.tuning;
    const meaning = queryVector && this.semantic ? this.semantic.score(queryVector) : undefined;
    const ranked = articleHits
      .map(({ id, bm25, cover }) => {
        const best = phrasing.get(id) ?? 0;
        const whole = maxBm25 > 0 ? (bm25 / maxBm25) * cover : 0;
        const lexical = phrasingWeight * best + articleWeight * whole;
        const semantic = meaning?.get(id) ?? 0;
        return { id, score: lexical + semanticWeight * semantic, lexical, semantic, cover };
      })
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    const topScores = ranked.slice(0, MAX_RIVALS).map((hit) => hit.score);
    return ranked.slice(0, limit).map((hit) => ({
      article: this.articles.get(hit.id) as FaqArticle,
      score: hit.score,
      lexical: hit.lexical,
      semantic: hit.semantic,
      coverage: hit.cover,
      confidence: confidence(hit.cover, hit.score, topScores, this.tuning.temperature),
    }));
  }

  /** One article when confident, the closest two or three as choices when unsure, or none. */
  answer(text: string, { queryVector }: Pick<FaqSearchOptions, 'queryVector'> = {}): FaqAnswer {
    const hits = this.search(text, { limit: this.tuning.maxChoices, queryVector });
    const top = hits[0];
    if (!top || top.coverage < this.tuning.noneThreshold || top.score < this.tuning.minScore)
      return { kind: 'none' };
    if (top.confidence > this.tuning.answerThreshold) {
      return { kind: 'answer', article: top.article, confidence: top.confidence };
    }
    // Two closest articles always; a third only when it scores close enough to the best.
    const articles = hits
      .filter((hit, i) => i < 2 || hit.score >= this.tuning.minChoiceScore * top.score)
      .map((hit) => hit.article);
    return { kind: 'choices', articles, confidence: top.confidence };
  }

  /**
   * The question as compared with phrasings: its content words, plus the terms synonyms of
   * stop words bring in ("when" → "time"), as one word at synonym weight, plus its asking words.
   */
  private phrasingQuery(text: string, expanded: ExpandedQueryWord[], extra: string[]): ExpandedQueryWord[] {
    const { vocabulary } = this.articleSearch;
    const words = [...expanded];
    const reach = new Map(extra.filter((t) => vocabulary.has(t)).map((t) => [t, this.tuning.synonymWeight]));
    if (reach.size > 0) words.push({ word: { term: '', variants: [], synonyms: extra }, reach });
    for (const term of new Set(askingTermsOf(text)))
      words.push({ word: { term, variants: [], synonyms: [] }, reach: new Map([[term, 1]]) });
    return words;
  }
}
