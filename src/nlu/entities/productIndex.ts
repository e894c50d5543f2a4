// Finds catalog products named in an utterance, whole or in part ("ridgeline" → Ridgeline Shell Jacket).
// A mention must contain an anchor word (the model name, not a category, colour, material or tag word); the
// contiguous run of the product's words around it is scored by IDF-weighted coverage of the name.
import type { Category, Product } from '../../domain/schemas';
import { EDIT_PENALTY } from './phraseIndex';
import { tokenize } from './tokens';
import type { Token } from './types';

/** Scoring settings for product mentions. */
export const PRODUCT_DEFAULTS = {
  /** Generic words (categories, colours, materials, numbers) weigh this much of a model name. */
  genericWeight: 0.5,
  /** A rival within this share of the best match's weight makes the mention ambiguous. */
  rivalShare: 0.9,
  ambiguousFactor: 0.7,
  /** The word after the mention names another category ("summit tent" for a jacket). */
  categoryClashFactor: 0.6,
};

const NAME_STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'with', 'in', 'by']);

interface IndexedProduct {
  id: string;
  name: string;
  category: Category;
  words: ReadonlyMap<string, number>;
  total: number;
  rank: number;
}

/** A product mention at tokens [from, to). */
export interface ProductMatch {
  from: number;
  to: number;
  id: string;
  score: number;
}

interface Candidate {
  from: number;
  to: number;
  product: IndexedProduct;
  matched: number;
  coverage: number;
}

/** An index of the catalog's product names, built once per catalog. */
export class ProductIndex {
  private readonly products: IndexedProduct[];
  private readonly byAnchor = new Map<string, IndexedProduct[]>();
  /** Each name word and the number of products using it (the spelling vocabulary). */
  readonly wordCounts = new Map<string, number>();

  constructor(
    catalog: readonly Product[],
    generic: ReadonlySet<string>,
    private readonly categoryWords: ReadonlyMap<string, Category>,
    private readonly options = PRODUCT_DEFAULTS,
  ) {
    const names = catalog.map((p) => [...new Set(tokenize(p.name).map((t) => t.key))].filter(isNameWord));
    names.forEach((words) => words.forEach((w) => this.wordCounts.set(w, (this.wordCounts.get(w) ?? 0) + 1)));
    const tagWords = new Set(
      catalog.flatMap((p) => p.tags.flatMap((tag) => tokenize(tag).map((t) => t.key))),
    );
    const isGeneric = (w: string) => generic.has(w) || tagWords.has(w) || /\d/.test(w) || w.length === 1;
    const weight = (w: string) =>
      Math.log(1 + catalog.length / (this.wordCounts.get(w) ?? 1)) *
      (isGeneric(w) ? options.genericWeight : 1);
    const rank = new Map([...catalog].sort(byPreference).map((p, i) => [p.id, i]));
    this.products = catalog.map((p, i) => {
      const words = new Map(names[i].map((w) => [w, weight(w)]));
      const total = [...words.values()].reduce((a, b) => a + b, 0);
      return { id: p.id, name: p.name, category: p.category, words, total, rank: rank.get(p.id) ?? 0 };
    });
    this.products.forEach((p, i) => {
      const anchors = modelWords(names[i], isGeneric);
      const rarest = [...names[i]].sort((a, b) => weight(b) - weight(a)).slice(0, 1);
      for (const w of anchors.length > 0 ? anchors : rarest)
        this.byAnchor.set(w, [...(this.byAnchor.get(w) ?? []), p]);
    });
  }

  /** Product mentions in the tokens, non-overlapping, each scored in [0, 1]. */
  match(tokens: readonly Token[]): ProductMatch[] {
    const candidates = this.candidates(tokens);
    candidates.sort(
      (a, b) => b.matched - a.matched || b.coverage - a.coverage || a.product.rank - b.product.rank,
    );
    const picked: ProductMatch[] = [];
    for (const best of candidates) {
      if (picked.some((m) => overlaps(m, best))) continue;
      const rivals = candidates.filter(
        (c) =>
          c !== best &&
          overlaps(c, best) &&
          c.product.name !== best.product.name &&
          c.matched >= best.matched * this.options.rivalShare,
      );
      const next = tokens.slice(best.to, best.to + 2).find((t) => !/^\d+$/.test(t.key))?.key;
      const clash =
        next !== undefined &&
        this.categoryWords.has(next) &&
        this.categoryWords.get(next) !== best.product.category;
      const score =
        (0.4 + 0.6 * best.coverage) *
        (rivals.length > 0 ? this.options.ambiguousFactor : 1) *
        (clash ? this.options.categoryClashFactor : 1);
      picked.push({ from: best.from, to: best.to, id: best.product.id, score });
    }
    return picked;
  }

  private candidates(tokens: readonly Token[]): Candidate[] {
    const out: Candidate[] = [];
    const seen = new Set<string>();
    tokens.forEach((token, i) => {
      for (const product of this.byAnchor.get(token.key) ?? []) {
        let from = i;
        let to = i + 1;
        while (from > 0 && product.words.has(tokens[from - 1].key)) from--;
        while (to < tokens.length && product.words.has(tokens[to].key)) to++;
        const id = `${product.id}:${from}:${to}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const matched = runWeight(product, tokens.slice(from, to));
        out.push({ from, to, product, matched, coverage: Math.min(1, matched / product.total) });
      }
    });
    return out;
  }
}

/** Weight of the distinct product words in a run, less a penalty for corrected spellings. */
function runWeight(product: IndexedProduct, run: readonly Token[]): number {
  const best = new Map<string, number>();
  for (const t of run) {
    const w = (product.words.get(t.key) ?? 0) * Math.max(0, 1 - EDIT_PENALTY * t.edits);
    best.set(t.key, Math.max(best.get(t.key) ?? 0, w));
  }
  return [...best.values()].reduce((a, b) => a + b, 0);
}

/**
 * The model name inside a product name: the first run of specific words after any generic ones
 * ("Men's Beacon Insulated Jacket" → beacon; "Ember Ridge 3 Expedition Tent" → ridge), so that
 * descriptive words later in a name ("Family", "Commuter") do not make "family tent" a product.
 */
function modelWords(words: readonly string[], isGeneric: (w: string) => boolean): string[] {
  const first = words.findIndex((w) => !isGeneric(w));
  if (first < 0) return [];
  const end = words.findIndex((w, i) => i > first && isGeneric(w));
  return words.slice(first, end < 0 ? undefined : end);
}

function isNameWord(word: string): boolean {
  return !NAME_STOP_WORDS.has(word);
}

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}

/** Among same-named products prefer one in stock, then the better rated, then the lower id. */
function byPreference(a: Product, b: Product): number {
  const stock = (p: Product) => (p.variants.some((v) => v.stock > 0) ? 1 : 0);
  return (
    stock(b) - stock(a) || b.rating - a.rating || b.reviewCount - a.reviewCount || a.id.localeCompare(b.id)
  );
}
