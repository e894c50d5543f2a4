// Content-based recommender: a user profile is the weighted mean of the TF-IDF vectors of the items in
// their history (recent ones weigh more when times are known), and items are ranked by cosine to it.
// Needs no interactions on the candidate side, so it covers new products and one-item histories.
import { buildContentVectors, transposeCsr, type ContentVectors } from './contentVectors';
import { historyExclusion, historyInCatalog, userHistory } from './history';
import { KnnAccumulator, knnTopScored } from './knnSparse';
import { mfOptions } from './mfCommon';
import {
  arrayToJson,
  expectModel,
  float32FromJson,
  int32FromJson,
  matrixFromJson,
  matrixToJson,
} from './modelJson';
import type { ArrayJson, MatrixJson } from './modelJson';
import type {
  HistoryItem,
  InteractionMatrix,
  ItemContent,
  Recommender,
  RecommenderJson,
  Scored,
} from './types';

/** Content model options. */
export interface ContentOptions {
  /** Half-life of an interaction's weight in the profile, in days before the user's latest one (0: off). */
  halfLifeDays: number;
  /** The profile keeps only its heaviest terms (bounds the scoring cost). */
  maxProfileTerms: number;
}

/** The defaults of the content model. */
export const CONTENT_DEFAULTS: ContentOptions = { halfLifeDays: 60, maxProfileTerms: 64 };

/** A trained content model. */
export class ContentModel implements Recommender {
  readonly name = 'content';
  private readonly acc: KnnAccumulator;
  private readonly termAcc: KnnAccumulator;

  constructor(
    private readonly data: InteractionMatrix,
    readonly vectors: ContentVectors,
    readonly options: ContentOptions,
  ) {
    this.acc = new KnnAccumulator(data.items.length);
    this.termAcc = new KnnAccumulator(vectors.terms.length);
  }

  /** Ranks items by cosine to the profile of the user's training history (recency-weighted). */
  recommend(u: number, k: number, exclude?: ReadonlySet<number>): Scored[] {
    const history = userHistory(this.data, u);
    if (history.length === 0) return [];
    const weights = this.recencyWeights(u, history);
    return this.rank(history, weights, k, historyExclusion(history, exclude));
  }

  /** Ranks items by cosine to the profile of an ad-hoc history (its values are its weights). */
  recommendForHistory(
    history: ReadonlyArray<HistoryItem>,
    k: number,
    exclude?: ReadonlySet<number>,
  ): Scored[] {
    const known = historyInCatalog(history, this.data.items.length);
    return this.rank(known, undefined, k, historyExclusion(history, exclude));
  }

  /** Per history entry, 0.5^(days before the user's latest interaction / half-life). */
  private recencyWeights(u: number, history: HistoryItem[]): number[] | undefined {
    const { times, rowPtr, cols } = this.data;
    if (!times || !(this.options.halfLifeDays > 0)) return undefined;
    const when = new Map<number, number>();
    for (let p = rowPtr[u]; p < rowPtr[u + 1]; p++) when.set(cols[p], times[p]);
    const latest = Math.max(...when.values());
    if (!(latest > 0)) return undefined;
    const halfLife = this.options.halfLifeDays * 86_400;
    return history.map((h) => 0.5 ** ((latest - (when.get(h.item) as number)) / halfLife));
  }

  private rank(
    history: ReadonlyArray<HistoryItem>,
    recency: number[] | undefined,
    k: number,
    exclude: ReadonlySet<number>,
  ): Scored[] {
    const { rows, byTerm } = this.vectors;
    const profile = this.termAcc;
    profile.reset();
    history.forEach((h, n) => {
      const w = Math.log1p(h.value) * (recency ? recency[n] : 1);
      for (let p = rows.rowPtr[h.item]; p < rows.rowPtr[h.item + 1]; p++)
        profile.add(rows.cols[p], w * rows.vals[p]);
    });
    const terms = Array.from(profile.touched.subarray(0, profile.count))
      .sort((a, b) => profile.value[b] - profile.value[a])
      .slice(0, this.options.maxProfileTerms);
    const norm = Math.hypot(...terms.map((t) => profile.value[t]));
    if (!(norm > 0)) return [];
    this.acc.reset();
    for (const t of terms) {
      const w = profile.value[t] / norm;
      for (let p = byTerm.rowPtr[t]; p < byTerm.rowPtr[t + 1]; p++)
        this.acc.add(byTerm.cols[p], w * byTerm.vals[p]);
    }
    return knnTopScored(this.acc, k, (i) => exclude.has(i));
  }

  /** Vocabulary, vectors, options and the training matrix as JSON. */
  toJSON(): RecommenderJson & Record<string, unknown> {
    const { terms, rows } = this.vectors;
    return {
      name: this.name,
      matrix: matrixToJson(this.data),
      options: this.options,
      terms,
      rowPtr: arrayToJson(rows.rowPtr),
      cols: arrayToJson(rows.cols),
      vals: arrayToJson(rows.vals),
    };
  }

  /** Restores a model saved with toJSON (over `data` when the JSON carries no matrix). */
  static fromJSON(json: unknown, data?: InteractionMatrix): ContentModel {
    const j = expectModel(json, 'content');
    const m = data ?? matrixFromJson(j.matrix as MatrixJson);
    const terms = j.terms as string[];
    const rows = {
      rowPtr: int32FromJson(j.rowPtr as ArrayJson, 'content.rowPtr'),
      cols: int32FromJson(j.cols as ArrayJson, 'content.cols'),
      vals: float32FromJson(j.vals as ArrayJson, 'content.vals'),
    };
    if (!Array.isArray(terms) || rows.rowPtr.length !== m.items.length + 1)
      throw new Error('saved content model: vectors disagree with the matrix');
    const vectors = { terms, rows, byTerm: transposeCsr(rows, terms.length) };
    return new ContentModel(m, vectors, { ...CONTENT_DEFAULTS, ...(j.options as Partial<ContentOptions>) });
  }
}

/** Trains the content model from the item content the Trainer receives (items without it never score). */
export function trainContent(
  data: InteractionMatrix,
  options?: Partial<ContentOptions>,
  content?: ReadonlyMap<number, ItemContent>,
): ContentModel {
  const opts = mfOptions('content', CONTENT_DEFAULTS, options);
  return new ContentModel(data, buildContentVectors(data.items.length, content ?? new Map()), opts);
}
