// The hybrid recommender: component algorithms' per-user normalised top-M lists blended with weights
// learned on a validation split carved from the training data only (the last part of each user's
// history); the components with a non-zero weight are then refitted on all the training data.
import { blendLists, type HybridNormalisation } from './hybridBlend';
import { learnBlend, type LearnedBlend } from './hybridWeights';
import { matrixFromJson, matrixToJson, expectModel, type MatrixJson } from './modelJson';
import { mfOptions } from './mfCommon';
import { trainPopularity } from './popularity';
import { seededRandom, shuffleInPlace } from '../random';
import { validationSplit } from './validationSplit';
import type { HistoryItem, InteractionMatrix, ItemContent, Recommender, RecommenderJson } from './types';
import type { Scored, Trainer } from './types';

/** Hybrid options. */
export interface HybridOptions {
  /** Registered algorithm names blended (each needs recommendForHistory and toJSON to be served and saved). */
  components: string[];
  /** Options per component name. */
  componentOptions: Record<string, Record<string, unknown>>;
  /** Length M of each component's list per user. */
  candidates: number;
  /** Share of each user's (latest) training interactions held out for learning the weights. */
  validationFraction: number;
  /** At most this many validation users (a seeded sample). */
  validationUsers: number;
  /** The NDCG cut-off the weights are learned for. */
  k: number;
  seed: number;
}

/**
 * Defaults: EASE on the 2,000 most popular items keeps its dense matrix and training time bounded. ALS is
 * left out: on Online Retail it earned a weight of 0.1 of 7.35, and at 50,000 items it trains for minutes.
 */
export const HYBRID_DEFAULTS: HybridOptions = {
  components: ['ease', 'content', 'item-knn', 'popularity'],
  componentOptions: { ease: { topItems: 2000 } },
  candidates: 100,
  validationFraction: 0.2,
  validationUsers: 5000,
  k: 10,
  seed: 42,
};

/** What training learned, for reports. */
export interface HybridReport extends LearnedBlend {
  components: string[];
  validationUsers: number;
  validationSeconds: number;
}

/** A trained hybrid. */
export class HybridModel implements Recommender {
  readonly name = 'hybrid';

  constructor(
    private readonly data: InteractionMatrix,
    readonly components: Recommender[],
    readonly weights: number[],
    readonly normalisation: HybridNormalisation,
    readonly candidates: number,
    /** Answers when the blend has nothing (cold users). */
    private readonly fallback: Recommender,
    readonly report?: HybridReport,
  ) {}

  /** The blend of the components' lists for training user u. */
  recommend(u: number, k: number, exclude?: ReadonlySet<number>): Scored[] {
    const lists = this.components.map((c, j) =>
      this.weights[j] > 0 ? c.recommend(u, this.candidates, exclude) : [],
    );
    const out = blendLists(lists, this.weights, k, this.normalisation);
    return out.length > 0 ? out : this.fallback.recommend(u, k, exclude);
  }

  /** The blend of the components' lists for an ad-hoc history. */
  recommendForHistory(
    history: ReadonlyArray<HistoryItem>,
    k: number,
    exclude?: ReadonlySet<number>,
  ): Scored[] {
    const lists = this.components.map((c, j) =>
      this.weights[j] > 0 && c.recommendForHistory
        ? c.recommendForHistory(history, this.candidates, exclude)
        : [],
    );
    const out = blendLists(lists, this.weights, k, this.normalisation);
    return out.length > 0 ? out : (this.fallback.recommendForHistory?.(history, k, exclude) ?? []);
  }

  /** Weights, components (sharing one saved matrix) and the fallback as JSON. */
  toJSON(): RecommenderJson & Record<string, unknown> {
    const part = (m: Recommender) => {
      if (!m.toJSON) throw new Error(`hybrid: component ${m.name} cannot be saved`);
      const json = { ...(m.toJSON() as RecommenderJson & { matrix?: unknown }) };
      delete json.matrix;
      return json;
    };
    return {
      name: this.name,
      matrix: matrixToJson(this.data),
      weights: this.weights,
      normalisation: this.normalisation,
      candidates: this.candidates,
      components: this.components.map(part),
      fallback: part(this.fallback),
      ...(this.report ? { report: this.report } : {}),
    };
  }

  /** Restores a hybrid saved with toJSON; `load` restores each component over the shared matrix. */
  static fromJSON(
    json: unknown,
    load: (json: unknown, data: InteractionMatrix) => Recommender,
    data?: InteractionMatrix,
  ): HybridModel {
    const j = expectModel(json, 'hybrid');
    const m = data ?? matrixFromJson(j.matrix as MatrixJson);
    const parts = j.components as unknown[];
    const weights = j.weights as number[];
    if (!Array.isArray(parts) || !Array.isArray(weights) || parts.length !== weights.length)
      throw new Error('saved hybrid model: components and weights disagree');
    const components = parts.map((p) => load(p, m));
    const how = j.normalisation === 'rank' ? 'rank' : 'minmax';
    return new HybridModel(
      m,
      components,
      weights,
      how,
      j.candidates as number,
      load(j.fallback, m),
      j.report as HybridReport,
    );
  }
}

/** The hybrid's trainer, resolving component names with `lookup` (the algorithm registry). */
export function hybridTrainer(lookup: (name: string) => Trainer): Trainer<HybridOptions> {
  return (data, options, content) => trainHybrid(data, lookup, options, content);
}

/** Learns the blend on a validation split of `data`, then refits the weighted components on all of it. */
export function trainHybrid(
  data: InteractionMatrix,
  lookup: (name: string) => Trainer,
  options?: Partial<HybridOptions>,
  content?: ReadonlyMap<number, ItemContent>,
): HybridModel {
  const opts = mfOptions('hybrid', HYBRID_DEFAULTS, options);
  const names = opts.components;
  if (names.length === 0 || names.includes('hybrid'))
    throw new Error('hybrid: components must be other algorithms');
  const fit = (m: InteractionMatrix, name: string) =>
    lookup(name)(m, opts.componentOptions[name] ?? {}, content);
  const started = Date.now();
  const { fit: part, heldOut } = validationSplit(data, opts.validationFraction, opts.seed);
  const users = [...heldOut.keys()];
  shuffleInPlace(users, seededRandom(opts.seed));
  users.length = Math.min(users.length, opts.validationUsers);
  const onPart = names.map((name) => fit(part, name));
  const lists = users.map((u) => onPart.map((c) => c.recommend(u, opts.candidates)));
  const learned = learnBlend(
    lists,
    users.map((u) => heldOut.get(u) as Set<number>),
    opts.k,
  );
  const report: HybridReport = {
    ...learned,
    components: names,
    validationUsers: users.length,
    validationSeconds: (Date.now() - started) / 1000,
  };
  const kept = names.map((name, j) => ({ name, w: learned.weights[j] })).filter((c) => c.w > 0);
  const components = kept.map((c) => fit(data, c.name));
  const popular = kept.findIndex((c) => c.name === 'popularity');
  const fallback = popular >= 0 ? components[popular] : trainPopularity(data);
  const weights = kept.map((c) => c.w);
  return new HybridModel(data, components, weights, learned.normalisation, opts.candidates, fallback, report);
}
