// The entity extractor's data: canonical values per entity type, tokens, candidates and stages.
import type { Category } from '../../domain/schemas';
import type { Entity } from '../recognizer';

/** A colour: the lexicon's name (catalog colour or family such as "blue") and the catalog colours it covers. */
export type ColourValue = { name: string; colours: string[] };
/** A product attribute asked for: `{ name: 'waterproof', value: true }`, `{ name: 'persons', value: 2 }`. */
export type AttributeValue = { name: string; value: boolean | number | string };
/** An amount of money with its ISO currency code. */
export type MoneyValue = { amount: number; currency: string };
/** A price constraint: bounds, a point ("around 150"), a band ("cheap") or a direction ("cheaper"). */
export type PriceRangeValue = {
  min?: number;
  max?: number;
  around?: number;
  band?: 'low' | 'high';
  relative?: 'lower' | 'higher';
  currency?: string;
};
/** A list reference: a 0-based index (negative counts from the end) or the item being discussed. */
export type OrdinalValue = { index: number } | { ref: 'current' };

/** The value each entity type carries. */
export interface EntityValues {
  product: string;
  brand: string;
  category: Category;
  colour: ColourValue;
  size: string;
  material: string;
  attribute: AttributeValue;
  quantity: number;
  money: MoneyValue;
  priceRange: PriceRangeValue;
  orderNumber: string;
  date: string;
  ordinal: OrdinalValue;
}
export type EntityType = keyof EntityValues;

/** One extracted entity, its value typed by its `type`; assignable to the recognizer's `Entity`. */
export type ExtractedEntity = {
  [T in EntityType]: Omit<Entity, 'type' | 'value'> & { type: T; value: EntityValues[T] };
}[EntityType];

/** A word of the utterance: offsets into the original text, and its lookup key. */
export interface Token {
  /** The text as written. */
  raw: string;
  /** Lower-cased, accents and apostrophes removed (no plural folding). */
  lower: string;
  /** `lower` singularised, or the vocabulary word it was spell-corrected to. */
  key: string;
  /** Edits made by spelling correction (0 when the key is as written). */
  edits: number;
  start: number;
  end: number;
}

/** What every extractor gets: the (capped) text, a same-length lower-cased copy, tokens and the date "now". */
export interface ExtractInput {
  text: string;
  lower: string;
  tokens: readonly Token[];
  now: Date;
}

/** One stage: data in, candidate entities out (they may overlap; the resolver picks). */
export type Extractor = (input: ExtractInput) => ExtractedEntity[];

/** Builds an entity of type T from a span of the input. */
export function entity<T extends EntityType>(
  input: Pick<ExtractInput, 'text'>,
  type: T,
  start: number,
  end: number,
  value: EntityValues[T],
  score: number,
): ExtractedEntity {
  const clamped = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  return { type, text: input.text.slice(start, end), start, end, value, score: clamped } as ExtractedEntity;
}
