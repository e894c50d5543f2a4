// The popularity baseline: every user gets the items most users have interacted with.
import { historyExclusion } from './history';
import { itemUserCounts, userItemSet } from './interactions';
import {
  expectModel,
  int32FromJson,
  arrayToJson,
  matrixFromJson,
  matrixToJson,
  type ArrayJson,
  type MatrixJson,
} from './modelJson';
import type { HistoryItem, InteractionMatrix, Recommender, RecommenderJson, Scored, Trainer } from './types';

/** A trained popularity model: items by distinct-user count. */
export class PopularityModel implements Recommender {
  readonly name = 'popularity';
  private readonly order: number[];

  constructor(
    private readonly data: InteractionMatrix,
    /** Distinct users per item. */
    readonly counts: Int32Array,
  ) {
    this.order = Array.from(counts.keys()).sort((a, b) => counts[b] - counts[a] || a - b);
  }

  /** The most popular items the user does not have (ties: lower index first). */
  recommend(u: number, k: number, exclude?: ReadonlySet<number>): Scored[] {
    return this.top(k, exclude ?? userItemSet(this.data, u));
  }

  /** The same list for any history (only its exclusion matters). */
  recommendForHistory(
    history: ReadonlyArray<HistoryItem>,
    k: number,
    exclude?: ReadonlySet<number>,
  ): Scored[] {
    return this.top(k, historyExclusion(history, exclude));
  }

  private top(k: number, skip: ReadonlySet<number>): Scored[] {
    const out: Scored[] = [];
    for (const i of this.order) {
      if (out.length >= k) break;
      if (!skip.has(i)) out.push({ item: i, score: this.counts[i] });
    }
    return out;
  }

  /** The counts and the training matrix as JSON. */
  toJSON(): RecommenderJson & Record<string, unknown> {
    return { name: this.name, matrix: matrixToJson(this.data), counts: arrayToJson(this.counts) };
  }

  /** Restores a model saved with toJSON (over `data` when the JSON carries no matrix). */
  static fromJSON(json: unknown, data?: InteractionMatrix): PopularityModel {
    const j = expectModel(json, 'popularity');
    const m = data ?? matrixFromJson(j.matrix as MatrixJson);
    const counts = int32FromJson(j.counts as ArrayJson, 'popularity.counts');
    if (counts.length !== m.items.length) throw new Error('saved popularity model: counts ≠ items');
    return new PopularityModel(m, counts);
  }
}

/** Ranks items by how many distinct users have them (ties: lower index first). */
export const trainPopularity = ((data: InteractionMatrix) =>
  new PopularityModel(data, itemUserCounts(data))) satisfies Trainer;
