// Questions about the list on screen. Which of its products a comparison means ("the first two",
// "1 and 3", "the second and the fourth", "these"), and which of them wins on a figure ("which is
// the lightest?", "what's the cheapest one?"). Only products that have the figure take part: a
// product without a weight is never called the lightest.
import type { Product } from '../domain/schemas';
import type { Entity } from '../nlu/recognizer';
import { sortAsked, type ListSort } from './listRefinement';
import { attributeFact, formatPrice } from './productFacts';
import { sortProducts } from './refineSearch';

/** Most products compared side by side. */
export const MAX_COMPARED = 3;

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, '2': 2, '3': 3 };

/** "the first two", "top 3", "the last two". */
const FIRST_OR_LAST = /\b(first|top|last)\s+(two|three|2|3)\b/i;
/** "these", "them", "both", "all of them": the list itself. */
const THE_LIST = /\b(these|them|those|both|all(?: of)? (?:them|these|those|three))\b/i;
/** "1 and 3", "#2 vs #4", "number 1, 2 and 3". */
const NUMBERS =
  /(?:#|\bnumbers?\s*|\bno\.\s*|\b)([1-9])(?=\s*(?:,|&|\band\b|\bvs\.?|\bversus\b|\bwith\b|\bor\b|$|\?))/gi;

/** The text with product names blanked out ("Summit 3 Tent" holds no list number). */
function withoutProducts(text: string, entities: readonly Entity[]): string {
  let out = text;
  for (const e of entities)
    if (e.type === 'product' && e.end <= out.length)
      out = out.slice(0, e.start) + ' '.repeat(e.end - e.start) + out.slice(e.end);
  return out;
}

/**
 * Positions (0-based, in the order said, at most MAX_COMPARED) in a list of `length` products that a
 * message points at; empty when it points at none.
 */
export function listPositions(text: string, entities: readonly Entity[], length: number): number[] {
  if (length === 0) return [];
  const t = withoutProducts(text, entities);
  const positions: number[] = [];
  const run = FIRST_OR_LAST.exec(t);
  if (run) {
    const n = Math.min(COUNT_WORDS[run[2].toLowerCase()], length);
    const from = run[1].toLowerCase() === 'last' ? length - n : 0;
    for (let i = 0; i < n; i++) positions.push(from + i);
  } else {
    for (const e of entities) {
      const value = e.type === 'ordinal' ? (e.value as { index?: number }) : undefined;
      if (typeof value?.index === 'number')
        positions.push(value.index < 0 ? length + value.index : value.index);
    }
    const numbers = [...t.matchAll(NUMBERS)].map((m) => Number(m[1]) - 1);
    if (numbers.length >= 2) positions.push(...numbers);
    if (positions.length === 0 && THE_LIST.test(t))
      for (let i = 0; i < Math.min(length, MAX_COMPARED); i++) positions.push(i);
  }
  return [...new Set(positions.filter((i) => i >= 0 && i < length))].slice(0, MAX_COMPARED);
}

/** How each ranking is put into words, and the figure it ranks by. */
const FIGURES: Record<
  ListSort,
  { superlative: string; figure: string; value: (p: Product) => string | undefined }
> = {
  priceAsc: { superlative: 'cheapest', figure: 'price', value: (p) => formatPrice(p.price, p.currency) },
  priceDesc: {
    superlative: 'most expensive',
    figure: 'price',
    value: (p) => formatPrice(p.price, p.currency),
  },
  weightAsc: {
    superlative: 'lightest',
    figure: 'weight',
    value: (p) => attributeFact(p, 'weightGrams')?.value,
  },
  ratingDesc: {
    superlative: 'best rated',
    figure: 'rating',
    value: (p) => (p.reviewCount > 0 ? `★ ${p.rating} from ${p.reviewCount} reviews` : undefined),
  },
  temperatureAsc: {
    superlative: 'warmest',
    figure: 'temperature rating',
    value: (p) => {
      const fact = attributeFact(p, 'temperatureRatingC');
      return fact && `rated to ${fact.value}`;
    },
  },
  capacityDesc: {
    superlative: 'biggest',
    figure: 'capacity',
    value: (p) =>
      attributeFact(p, 'capacityLiters')?.value ??
      (p.attributes.persons !== undefined ? `sleeps ${p.attributes.persons}` : undefined),
  },
  lumensDesc: {
    superlative: 'brightest',
    figure: 'brightness',
    value: (p) => attributeFact(p, 'lumens')?.value,
  },
};

/** Comparatives and the ranking whose first product wins them ("which is lighter?" → lightest). */
const COMPARATIVES: readonly [RegExp, ListSort][] = [
  [/\b(?:cheaper|less expensive)\b/i, 'priceAsc'],
  [/\b(?:pricier|more expensive|dearer)\b/i, 'priceDesc'],
  [/\blighter\b/i, 'weightAsc'],
  [/\bwarmer\b/i, 'temperatureAsc'],
  [/\b(?:bigger|larger|roomier)\b/i, 'capacityDesc'],
  [/\bbrighter\b/i, 'lumensDesc'],
  [/\b(?:better|higher) (?:rated|reviewed)\b/i, 'ratingDesc'],
];

/**
 * A question that asks which listed product is best on a figure: "which is the lightest?", or
 * "which is lighter?" (of the two compared, or of the list).
 */
export function superlativeAsked(text: string): ListSort | undefined {
  if (/\bwhich\b/i.test(text)) {
    const comparative = COMPARATIVES.find(([words]) => words.test(text))?.[1];
    if (comparative) return comparative;
  }
  if (!/\b(which|what'?s|what is|whats)\b/i.test(text)) return undefined;
  return sortAsked(text);
}

/** Whether the message ranks products by a figure ("cheapest", "lighter", "best rated"). */
export function asksForRanking(text: string): boolean {
  return sortAsked(text) !== undefined || COMPARATIVES.some(([words]) => words.test(text));
}

/** The answer to a superlative question over a list. */
export type ListBest =
  | { kind: 'best'; product: Product; superlative: string; value: string; among: number; shown: number }
  | { kind: 'unknown'; figure: string };

/** Which shown product wins on the figure `sort` ranks by, among those that have it. */
export function bestOfList(shown: readonly Product[], sort: ListSort): ListBest {
  const { superlative, figure, value } = FIGURES[sort];
  const known = shown.filter((p) => value(p) !== undefined);
  const [best] = sortProducts(known, sort);
  if (!best) return { kind: 'unknown', figure };
  return {
    kind: 'best',
    product: best,
    superlative,
    value: value(best) as string,
    among: known.length,
    shown: shown.length,
  };
}
