// The whole-article channel of FAQ retrieval: minisearch (BM25+) over each article's title,
// questions, answer and tags, the same way the catalog search uses it: our own tokeniser and
// term processor, a query tree in which each question word ORs its exact term, its
// transpositions, prefix and fuzzy matches, plus (down-weighted) the terms of its synonyms.
import MiniSearch, { type Query } from 'minisearch';
import { coverage } from './faqConfidence';
import { wordMatches, type QueryWord } from './faqQuery';
import type { FaqArticle } from './faqSchema';
import { termOf, termsOf, words } from './faqTerms';

const FIELDS = ['title', 'questions', 'answer', 'tags'] as const;
/** A searchable part of an article. */
export type Field = (typeof FIELDS)[number];
type IndexedArticle = Record<Field, string> & { id: string };

/** Settings of the article channel (FaqIndex's DEFAULTS holds the values). */
export interface ArticleSearchTuning {
  boost: Record<Field, number>;
  synonymWeight: number;
  fuzzy: number;
  minFuzzyLength: number;
  minPrefixLength: number;
}

/** One article's BM25 score (matched words only) and how much of the question it covers. */
export interface ArticleHit {
  id: string;
  bm25: number;
  cover: number;
}

function toDocument(article: FaqArticle): IndexedArticle {
  return {
    id: article.id,
    title: article.title,
    questions: article.questions.join('\n'),
    answer: article.answer,
    tags: article.tags.join(' '),
  };
}

/** BM25 over whole articles; also the vocabulary of every indexed term. */
export class ArticleSearch {
  /** Every term of every field of every article. */
  readonly vocabulary = new Set<string>();
  private readonly index = new MiniSearch<IndexedArticle>({
    fields: [...FIELDS],
    tokenize: words,
    processTerm: termOf,
    // Query terms arrive already processed (see queryTree).
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
  });

  constructor(
    articles: readonly FaqArticle[],
    private readonly tuning: ArticleSearchTuning,
  ) {
    for (const article of articles) {
      const document = toDocument(article);
      this.index.add(document);
      for (const field of FIELDS) for (const term of termsOf(document[field])) this.vocabulary.add(term);
    }
  }

  /** Articles sharing anything with the question (unordered). */
  search(queryWords: QueryWord[], extra: string[]): ArticleHit[] {
    const results = this.index.search(this.queryTree(queryWords, extra), { boost: this.tuning.boost });
    return results.map((result) => {
      const matches = wordMatches(queryWords, new Set(result.terms), new Set(result.queryTerms));
      // minisearch multiplies the BM25 sum by the number of matched query terms, synonyms
      // included, which favours articles that happen to hold many synonyms; count the
      // shopper's matched words instead.
      const matched = matches.filter((m) => m !== 'none').length;
      const bm25 = (result.score / Math.max(1, result.queryTerms.length)) * matched;
      return { id: result.id, bm25, cover: coverage(matches) };
    });
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
