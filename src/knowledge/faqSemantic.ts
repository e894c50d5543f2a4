// The meaning channel of FAQ retrieval: how close the question's sentence vector comes to each
// article's closest phrasing (its title or one of its questions), from the sentence encoder. It
// catches paraphrases that share no word with the article ("who brings my parcel" → carriers).
// Raw cosines of unrelated sentences are far from 0 and vary from question to question, so the
// scores are rescaled per question: the closest article gets 1 and the farthest 0.
import type { FaqArticle } from './faqSchema';
import { cosine } from './sentenceEncoder';

/** Each article's rescaled closeness (0..1) to one question. */
export type SemanticScores = Map<string, number>;

/** The phrasing vectors of a fixed set of articles. */
export class SemanticPhrasings {
  private readonly byArticle: { id: string; vectors: Float32Array[] }[];

  /** `vectorOf` gives the sentence vector of a title or question (see TextVectors.of). */
  constructor(articles: readonly FaqArticle[], vectorOf: (text: string) => Float32Array) {
    this.byArticle = articles.map((a) => ({ id: a.id, vectors: [a.title, ...a.questions].map(vectorOf) }));
  }

  /** The texts whose vectors the constructor needs. */
  static texts(articles: readonly FaqArticle[]): string[] {
    return articles.flatMap((a) => [a.title, ...a.questions]);
  }

  /** Each article's best cosine with the question, rescaled to 0..1 over the articles. */
  score(question: Float32Array): SemanticScores {
    const best = this.byArticle.map(({ id, vectors }) => ({
      id,
      cosine: Math.max(...vectors.map((v) => cosine(question, v))),
    }));
    const high = Math.max(...best.map((b) => b.cosine));
    const low = Math.min(...best.map((b) => b.cosine));
    const span = high - low;
    return new Map(best.map((b) => [b.id, span > 0 ? (b.cosine - low) / span : 0]));
  }
}
