// The store's recommendations inside a turn: for a shopper (from their history, or popular-in-context
// when they have none), things that go with a product, and products like one (optionally cheaper).
// Scores come from trained models; the store's rules and a one-line reason are applied here.
import type { Category, Product } from '../../domain/schemas';
import type { SearchFilters } from '../../catalog/searchFilters';
import type { Recommender, Scored } from '../types';
import { applyRules, type Candidate, type RecommendationRules } from './businessRules';
import type { PopularInContext } from './popularInContext';
import type { InteractionEvent } from './eventInteractions';

/** A model that scores catalog items for an ad-hoc history (a Recommender with recommendForHistory). */
export type HistoryScorer = Required<Pick<Recommender, 'recommendForHistory'>>;

/** Item-to-item co-purchase neighbours ("often bought with"). */
export interface CoPurchases {
  /** Neighbours of a product, best first, as product ids with similarity. */
  neighbours(productId: string): { productId: string; score: number }[];
  /** How similar two products are by co-purchase (0 when unrelated). */
  similarity(a: string, b: string): number;
}

/** The parts a StoreRecommender is built from. */
export interface StoreRecommenderParts {
  products: readonly Product[];
  /** Item ids in the models' index order. */
  items: readonly string[];
  /** Learned from behaviour (the hybrid): what a history predicts next. */
  behaviour: HistoryScorer;
  /** Learned from product content: products like the ones in a history (covers new products). */
  content: HistoryScorer;
  coPurchases: CoPurchases;
  popularity: PopularInContext;
}

/** One thing the shopper did with a product; stronger signals have larger weights. */
export interface HistoryEntry {
  productId: string;
  weight: number;
}

/** A request: how many, under which rules. */
export interface RecommendationRequest extends RecommendationRules {
  k: number;
}

/** How many more candidates than asked are scored, so the rules still leave enough. */
const OVERSAMPLE = 6;
/** How many look-alike products lend their co-purchases to a product with few of its own. */
const LOOKALIKES = 3;

/** Recommendations for the store, with the business rules and reasons applied. */
export class StoreRecommender {
  private readonly byId: Map<string, Product>;
  private readonly index: Map<string, number>;

  constructor(private readonly parts: StoreRecommenderParts) {
    this.byId = new Map(parts.products.map((p) => [p.id, p]));
    this.index = new Map(parts.items.map((id, i) => [id, i]));
  }

  /**
   * For a shopper: from their history when it names known products (the reason names the viewed
   * product that explains each suggestion best), topped up with what is popular in context.
   */
  forShopper(history: readonly HistoryEntry[], request: RecommendationRequest): Candidate[] {
    const known = history.filter((h) => this.index.has(h.productId) && h.weight > 0);
    const exclude = new Set([...(request.exclude ?? []), ...known.map((h) => h.productId)]);
    if (known.length === 0) return this.popular({ ...request, exclude });
    const scored = this.parts.behaviour.recommendForHistory(
      this.asIndexed(known),
      request.k * OVERSAMPLE,
      this.excludedIndexes(exclude),
    );
    const candidates = this.candidates(scored, (product) => {
      const because = this.explainingProduct(product, known);
      return because ? { kind: 'viewed' as const, productName: because.name } : { kind: 'forYou' as const };
    });
    return this.topUp(applyRules(candidates, { ...request, exclude }, request.k), { ...request, exclude });
  }

  /** What goes with a product: other categories' products often bought with it, then popular ones there. */
  goesWith(productId: string, request: RecommendationRequest): Candidate[] {
    const anchor = this.byId.get(productId);
    if (!anchor) return [];
    const exclude = new Set([...(request.exclude ?? []), productId]);
    const candidates = this.boughtWith(anchor, anchor.name, 1);
    // A product with little buying history (a new one) borrows from the products most like it.
    if (candidates.length < request.k * OVERSAMPLE)
      for (const like of this.similarTo(productId, { k: LOOKALIKES, inStockOnly: false }))
        candidates.push(...this.boughtWith(anchor, like.product.name, like.score, like.product.id));
    const picked = applyRules(candidates, { ...request, exclude }, request.k);
    const others = this.popularCandidates((p) => p.category !== anchor.category);
    return [
      ...picked,
      ...applyRules(others, { ...request, exclude: union(exclude, picked) }, request.k - picked.length),
    ];
  }

  /** Other categories' products bought with `sourceId` (default the anchor), scores scaled by `weight`. */
  private boughtWith(anchor: Product, sourceName: string, weight: number, sourceId = anchor.id): Candidate[] {
    const out: Candidate[] = [];
    for (const { productId: id, score } of this.parts.coPurchases.neighbours(sourceId)) {
      const product = this.byId.get(id);
      if (product && product.category !== anchor.category)
        out.push({ product, score: score * weight, reason: { kind: 'boughtWith', productName: sourceName } });
    }
    return out;
  }

  /** Products like one (same category, by content), optionally only cheaper ones. */
  similarTo(productId: string, request: RecommendationRequest & { cheaper?: boolean }): Candidate[] {
    const anchor = this.byId.get(productId);
    const i = this.index.get(productId);
    if (!anchor || i === undefined) return [];
    const filters: SearchFilters = { ...request.filters, category: anchor.category };
    if (request.cheaper) filters.maxPrice = Math.min(filters.maxPrice ?? Infinity, anchor.price - 0.01);
    const scored = this.parts.content.recommendForHistory(
      [{ item: i, value: 1 }],
      this.parts.items.length,
      new Set([i]),
    );
    const candidates = this.candidates(scored, (product) =>
      request.cheaper
        ? {
            kind: 'cheaperThan' as const,
            productName: anchor.name,
            saving: round2(anchor.price - product.price),
            currency: anchor.currency,
          }
        : { kind: 'similar' as const, productName: anchor.name },
    );
    return applyRules(
      candidates,
      { ...request, filters, exclude: new Set([...(request.exclude ?? []), productId]) },
      request.k,
    );
  }

  /** Counts a new behaviour event in popularity (the models learn it at the next retrain). */
  observe(event: InteractionEvent): void {
    this.parts.popularity.observe(event);
  }

  /** The most popular products lately that pass the rules (the cold-start answer). */
  popular(request: RecommendationRequest): Candidate[] {
    return applyRules(
      this.popularCandidates(() => true, request.filters?.category),
      request,
      request.k,
    );
  }

  private popularCandidates(keep: (p: Product) => boolean, category?: Category): Candidate[] {
    const reasonFor = (p: Product) => ({
      kind: 'popular' as const,
      category: category ?? p.category,
      lately: this.parts.popularity.isRecent(p.id),
    });
    return this.parts.products.filter(keep).map((product) => ({
      product,
      score: this.parts.popularity.score(product.id),
      reason: reasonFor(product),
    }));
  }

  private topUp(picked: Candidate[], request: RecommendationRequest): Candidate[] {
    if (picked.length >= request.k) return picked;
    const more = this.popular({
      ...request,
      k: request.k - picked.length,
      exclude: union(request.exclude ?? new Set(), picked),
    });
    return [...picked, ...more];
  }

  private candidates(scored: readonly Scored[], reason: (p: Product) => Candidate['reason']): Candidate[] {
    const out: Candidate[] = [];
    for (const { item, score } of scored) {
      const product = this.byId.get(this.parts.items[item]);
      if (product) out.push({ product, score, reason: reason(product) });
    }
    return out;
  }

  /**
   * The viewed product that best explains a suggestion — bought together most, else the same category
   * (the stronger signal first) — or undefined when none is related to it.
   */
  private explainingProduct(product: Product, history: readonly HistoryEntry[]): Product | undefined {
    let best: Product | undefined;
    let bestKey = 0;
    for (const h of history) {
      const other = this.byId.get(h.productId);
      if (!other) continue;
      const key =
        this.parts.coPurchases.similarity(h.productId, product.id) * 100 +
        (other.category === product.category ? 10 : 0);
      if (key > 0 && key + Math.min(h.weight, 9) > bestKey)
        [best, bestKey] = [other, key + Math.min(h.weight, 9)];
    }
    return best;
  }

  private asIndexed(history: readonly HistoryEntry[]) {
    return history.map((h) => ({ item: this.index.get(h.productId) as number, value: h.weight }));
  }

  private excludedIndexes(ids: ReadonlySet<string>): Set<number> {
    const out = new Set<number>();
    for (const id of ids) {
      const i = this.index.get(id);
      if (i !== undefined) out.add(i);
    }
    return out;
  }
}

function union(ids: ReadonlySet<string>, picked: readonly Candidate[]): Set<string> {
  return new Set([...ids, ...picked.map((c) => c.product.id)]);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
