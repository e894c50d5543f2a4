// Turns what the NLU found in a message into a catalog search: the keywords
// left once request words and price phrases are removed, plus filters.
import type { Entity } from '../nlu/recognizer';
import type { AttributeValue, ColourValue, PriceRangeValue } from '../nlu/entities';
import type { Category } from '../domain/schemas';
import type { SearchFilters } from './searchFilters';

/** Entities below this confidence inform the keywords but never filter. */
export const MIN_FILTER_CONFIDENCE = 0.75;

/** Leading request words ("can you show me", "i'm looking for") that are not what is searched for. */
const REQUEST_WORDS =
  /^(?:(?:please|hi|hey|so|ok|okay|um|well)[,!.]?\s+)*(?:(?:can|could|would) you\s+|(?:what|which)(?:'s| is| are) (?:your|the)\s+|(?:what (?:else )?)?do you (?:have|sell|carry|stock)\s+|have you got\s+|i(?:'m| am) looking for\s+|looking for\s+|i (?:want|need|would like|'d like)(?: to (?:buy|see|find))?\s+|(?:find|search(?: for)?|show|get|browse|give)(?: me)?\s+|any\s+)+/i;

/** Attributes that filter exactly; others (weights, capacities, …) only add keywords. */
const EXACT_ATTRIBUTES = new Set([
  'waterproof',
  'persons',
  'seasons',
  'gender',
  'insulation',
  'fuelType',
  'ankleHeight',
  'fit',
]);

/**
 * Numeric attributes that filter by a bound: "rated to -10" is rated -10 °C or colder, "600 lumens" is at
 * least 600, "under 1 kg" at most 1,000 g. Like the exact ones, their words are then not keywords ("-10" would match "10°C" names).
 */
const BOUND_ATTRIBUTES: Partial<Record<string, (filters: SearchFilters, value: number) => void>> = {
  temperatureRatingC: (filters, value) => {
    filters.maxTemperatureC = value;
  },
  lumens: (filters, value) => {
    filters.minLumens = value;
  },
  // "a tent under 2 kg", "a 500 g bag": at most that heavy.
  weightGrams: (filters, value) => {
    filters.maxWeightGrams = value;
  },
};

/** True when an entity becomes a filter whose words are not to be searched for. */
export function onlyConstrains(e: Entity): boolean {
  if (CONSTRAINT_TYPES.has(e.type)) return true;
  if (e.type !== 'attribute' || e.score < MIN_FILTER_CONFIDENCE) return false;
  const { name, value } = e.value as AttributeValue;
  return typeof value === 'number' && BOUND_ATTRIBUTES[name] !== undefined;
}

/** Materials that are also a kind of insulation: "synthetic sleeping bags", "down jackets" filter on it. */
const INSULATION_MATERIALS = new Set(['down', 'synthetic']);

/** Entity types whose words only constrain (they are not keywords). */
const CONSTRAINT_TYPES = new Set(['priceRange', 'money', 'quantity', 'ordinal', 'date', 'orderNumber']);

/** Words that say nothing about what to find; keywords made only of these are no keywords. */
const GENERIC_WORDS = new Set(
  'a an the some any something anything stuff gear products product items item things thing new to buy shop shopping browse search find please for me i want need'.split(
    ' ',
  ),
);

/** Phrases asking for products that can be bought now; they filter (inStock) and are not keywords. */
export const IN_STOCK_PHRASE =
  /\b(?:(?:currently |now )?in[- ]stock|available (?:now|to buy|today)|ready to ship)\b/i;

/** True when the message asks only for products in stock ("tents in stock", "available now"). */
export function asksInStock(text: string): boolean {
  return IN_STOCK_PHRASE.test(text);
}

/** The text to search with: the message minus constraint phrases and leading request words ('' when nothing specific is left). */
export function searchKeywords(text: string, entities: readonly Entity[]): string {
  let out = '';
  let at = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    if (!onlyConstrains(e) || e.start < at) continue;
    out += text.slice(at, e.start) + ' ';
    at = e.end;
  }
  out += text.slice(at);
  const keywords = out
    .replace(new RegExp(IN_STOCK_PHRASE.source, 'gi'), ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(REQUEST_WORDS, '')
    .replace(/[?!.]+$/, '')
    // "tents that are" once "not too heavy" became the ranking, "headlamps with" once "600 lumens" became
    // a bound: the words left dangling go too.
    .replace(/\s+(?:(?:that|which)(?:\s+(?:are|is|'re|'s))?|with|in|for|of|at|from)$/i, '')
    .trim();
  const words = keywords
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.every((w) => GENERIC_WORDS.has(w)) ? '' : keywords;
}

/**
 * Structured filters from confident entities: category, brand, colours, sizes, attributes and
 * price; given the message text too, "in stock" / "available now" adds the inStock filter.
 */
export function filtersFromEntities(entities: readonly Entity[], text = ''): SearchFilters {
  const filters: SearchFilters = asksInStock(text) ? { inStock: true } : {};
  const inStockSpans = [...text.matchAll(new RegExp(IN_STOCK_PHRASE.source, 'gi'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const e of entities) {
    if (e.score < MIN_FILTER_CONFIDENCE) continue;
    // "in stock" is the stock filter, whatever a lexicon makes of its words ("stock" → a category).
    if (inStockSpans.some((s) => e.start >= s.start && e.end <= s.end)) continue;
    if (e.type === 'category') filters.category = e.value as Category;
    else if (e.type === 'brand') filters.brand = String(e.value);
    else if (e.type === 'colour')
      filters.colours = [...(filters.colours ?? []), ...(e.value as ColourValue).colours];
    else if (e.type === 'size') filters.sizes = [...new Set([...(filters.sizes ?? []), String(e.value)])];
    else if (e.type === 'attribute') {
      const { name, value } = e.value as AttributeValue;
      const bound = BOUND_ATTRIBUTES[name];
      if (EXACT_ATTRIBUTES.has(name)) filters.attributes = { ...filters.attributes, [name]: value };
      else if (bound && typeof value === 'number') bound(filters, value);
    } else if (e.type === 'material' && INSULATION_MATERIALS.has(String(e.value).toLowerCase()))
      filters.attributes = { ...filters.attributes, insulation: String(e.value).toLowerCase() };
    else if (e.type === 'priceRange') Object.assign(filters, priceBounds(e.value as PriceRangeValue));
  }
  return withSeasonNeeds(filters, text);
}

/** "Winter" in a sleeping-bag search: rated this cold or colder. */
export const WINTER_BAG_RATING_C = -5;
const WINTER = /\bwinter\b|\bsnow camping\b/i;

/** "a sleeping bag for winter camping" is rated for the cold; "a winter tent" is a four-season one. */
function withSeasonNeeds(filters: SearchFilters, text: string): SearchFilters {
  if (!WINTER.test(text)) return filters;
  if (filters.category === 'sleeping-bags' && filters.maxTemperatureC === undefined)
    return { ...filters, maxTemperatureC: WINTER_BAG_RATING_C };
  if (filters.category === 'tents' && filters.attributes?.seasons === undefined)
    return { ...filters, attributes: { ...filters.attributes, seasons: 4 } };
  return filters;
}

function priceBounds(range: PriceRangeValue): Pick<SearchFilters, 'minPrice' | 'maxPrice'> {
  const bounds: Pick<SearchFilters, 'minPrice' | 'maxPrice'> = {};
  if (range.min !== undefined) bounds.minPrice = range.min;
  if (range.max !== undefined) bounds.maxPrice = range.max;
  return bounds;
}
