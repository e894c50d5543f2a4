// Learns how much the meaning channel should count in a FAQ's ranking (FaqIndex's semanticWeight),
// from the FAQ's own phrasings: in each fold one phrasing of every article is left out of the
// index and asked as a question, and the weight that ranks the most of them first wins (ties: the
// better mean reciprocal rank, then the smaller weight). Nothing outside the given articles is
// seen, so a benchmark that holds phrasings out before calling this measures it fairly.
import { FaqIndex, type FaqHit } from './faqIndex';
import type { FaqArticle } from './faqSchema';
import { SemanticPhrasings } from './faqSemantic';

/** Candidate weights, from off to well above the word channels' full score. */
export const SEMANTIC_WEIGHTS = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3];

/** Folds: the k-th phrasing from the end of every article, k = 1..FOLDS. */
export const FUSION_FOLDS = 5;

/** What the learner needs besides the articles. */
export interface FusionInputs {
  synonyms: readonly (readonly string[])[];
  /** The sentence vector of any title or question of the articles. */
  vectorOf: (text: string) => Float32Array;
  folds?: number;
  weights?: readonly number[];
}

/** The chosen weight and how every candidate did. */
export interface FusionResult {
  semanticWeight: number;
  questions: number;
  table: { weight: number; precisionAt1: number; mrr: number }[];
}

interface Asked {
  expected: string;
  hits: Pick<FaqHit, 'lexical' | 'semantic'>[];
  ids: string[];
}

function ask(articles: readonly FaqArticle[], inputs: FusionInputs, fromEnd: number): Asked[] {
  const leftOut = (a: FaqArticle) => a.questions.length - fromEnd;
  // An article keeps at least two phrasings in the index.
  const asks = (a: FaqArticle) => a.questions.length - fromEnd >= 2;
  const indexed = articles.map((a) =>
    asks(a) ? { ...a, questions: a.questions.filter((_, i) => i !== leftOut(a)) } : a,
  );
  const index = FaqIndex.build(indexed, {
    synonyms: inputs.synonyms,
    semantic: new SemanticPhrasings(indexed, inputs.vectorOf),
  });
  return articles.filter(asks).map((a) => {
    const question = a.questions[leftOut(a)];
    const hits = index.search(question, { limit: articles.length, queryVector: inputs.vectorOf(question) });
    return { expected: a.id, hits, ids: hits.map((h) => h.article.id) };
  });
}

function rankOf(asked: Asked, weight: number): number {
  const scores = asked.hits.map((h) => h.lexical + weight * h.semantic);
  const mine = asked.ids.indexOf(asked.expected);
  if (mine < 0) return Infinity;
  // Ties rank against the expected article.
  return scores.filter((s, i) => i !== mine && s >= scores[mine]).length + 1;
}

/** The semanticWeight that ranks the articles' left-out phrasings best (see the header). */
export function learnSemanticWeight(articles: readonly FaqArticle[], inputs: FusionInputs): FusionResult {
  const folds = inputs.folds ?? FUSION_FOLDS;
  const weights = inputs.weights ?? SEMANTIC_WEIGHTS;
  const asked = Array.from({ length: folds }, (_, k) => ask(articles, inputs, k + 1)).flat();
  const table = weights.map((weight) => {
    const ranks = asked.map((a) => rankOf(a, weight));
    return {
      weight,
      precisionAt1: ranks.filter((r) => r === 1).length / Math.max(1, ranks.length),
      mrr: ranks.reduce((s, r) => s + 1 / r, 0) / Math.max(1, ranks.length),
    };
  });
  const best = [...table].sort(
    (a, b) => b.precisionAt1 - a.precisionAt1 || b.mrr - a.mrr || a.weight - b.weight,
  )[0];
  return { semanticWeight: best?.weight ?? 0, questions: asked.length, table };
}
