// What a refining message ("only 2-person", "under $200", "in green", "cheaper", "lighter", "warmer",
// "roomier", "brighter", "in stock only", "sort by price", "no Trailhound") adds to the list being
// shown: extra keywords, filters, a relative constraint and a sort order. How it combines with the current search is refineSearch.ts's job.
import type { Entity } from '../nlu/recognizer';
import type { AttributeValue, ColourValue, PriceRangeValue } from '../nlu/entities';
import type { SearchFilters } from './searchFilters';
import {
  IN_STOCK_PHRASE,
  MIN_FILTER_CONFIDENCE,
  filtersFromEntities,
  onlyConstrains,
} from './searchRequestFromEntities';

/** An order for a list other than relevance. */
export type ListSort =
  'priceAsc' | 'priceDesc' | 'weightAsc' | 'ratingDesc' | 'temperatureAsc' | 'capacityDesc' | 'lumensDesc';
/**
 * A constraint relative to the list shown: below its prices or weights, above its prices, rated
 * colder (warmer), roomier (capacity, or people for tents) or brighter.
 */
export type RelativeConstraint = 'cheaper' | 'pricier' | 'lighter' | 'warmer' | 'bigger' | 'brighter';

/** Relative words that need no entity: "warmer", "bigger", "brighter". */
const RELATIVE_WORDS: readonly [RegExp, RelativeConstraint][] = [
  [/\bwarmer\b/i, 'warmer'],
  [/\b(?:bigger|larger|roomier|more spacious|more room)\b/i, 'bigger'],
  [/\bbrighter\b/i, 'brighter'],
];

/** What one message adds to the current list. */
export interface Refinement {
  /** Words that are not filters ("with a hood" → "hood"); '' when none. */
  keywords: string;
  filters: SearchFilters;
  /** The shopper's name for the colour asked for ("green"), for the reply. */
  colourName?: string;
  relative?: RelativeConstraint;
  sort?: ListSort;
}

/** Sort phrases, tried in order (the first that matches wins). */
const SORT_PHRASES: readonly [RegExp, ListSort][] = [
  [/\b(?:most expensive|priciest|highest price|price (?:from )?high to low)\b/i, 'priceDesc'],
  [
    /\b(?:cheapest|lowest price|price (?:from )?low to high|sort(?:ed)? (?:them |these |it )?by (?:the )?price|by price)\b/i,
    'priceAsc',
  ],
  // "tents that aren't too heavy", "not so heavy please": the lightest first.
  [
    /\b(?:lightest|sort(?:ed)? (?:them |these |it )?by (?:the )?weight|by weight)\b|(?:\bnot|n't)\s+(?:too |so |that |very |overly )?heavy\b/i,
    'weightAsc',
  ],
  [
    /\b(?:highest rated|best rated|top rated|best reviewed|most popular|by rating|by reviews?)\b/i,
    'ratingDesc',
  ],
  [/\bwarmest(?: first| ones?)?\b/i, 'temperatureAsc'],
  [/\b(?:biggest|largest|roomiest)(?: first| ones?)?\b/i, 'capacityDesc'],
  [/\bbrightest(?: first| ones?)?\b/i, 'lumensDesc'],
];

/** Words just before a brand that make it a brand not wanted: "no", "hide the", "anything but", "not from". */
const EXCLUDING =
  /\b(?:no|not|none|nothing|never|without|except|excluding|exclude|hide|skip|drop|remove|lose|but|other than|instead of|don'?t (?:want|show(?: me)?|like))(?: (?:from|by|made by|of))?(?: (?:the|any|those|these|all))?\s*$/i;

/** Brands joined to an excluded one by "or", "nor", "and" or a comma are excluded too. */
const JOINED = /^\s*(?:,|,?\s*(?:or|nor|and))\s*$/i;

/** The brand entities the message does not want: "no Trailhound", "anything but Campfield or Snowcrest". */
function excludedBrands(text: string, entities: readonly Entity[]): Entity[] {
  const excluded: Entity[] = [];
  let previous: Entity | undefined;
  for (const e of entities.filter((x) => x.type === 'brand').sort((a, b) => a.start - b.start)) {
    const joined =
      previous !== undefined && excluded.includes(previous) && JOINED.test(text.slice(previous.end, e.start));
    if (joined || EXCLUDING.test(text.slice(0, e.start))) excluded.push(e);
    previous = e;
  }
  return excluded;
}

/** Words of refining messages that say nothing about what to find. */
const FILLER = new Set(
  (
    'only just show me the those these them ones one in with a an please pls any anything something some ' +
    'that are there list filter to of for more like sort sorted by first what about how and but i want need ' +
    "can you could do have get give see narrow down it them now let let's lets same else other instead ok okay " +
    'also too then hmm um so from which is would be nice maybe either neither nor or brand brands under below ' +
    'less than at most'
  ).split(' '),
);

/** Entity types whose words become filters or constraints (so they are not keywords). */
const FILTER_TYPES = new Set([
  'colour',
  'size',
  'priceRange',
  'money',
  'brand',
  'category',
  'ordinal',
  'quantity',
]);

/** The ranking a message's words ask for ("cheapest", "by weight", "best rated"), if any. */
export function sortAsked(text: string): ListSort | undefined {
  return SORT_PHRASES.find(([phrase]) => phrase.test(text))?.[1];
}

/** The text with its sort phrases blanked out (same length, so entity offsets stay valid). */
export function withoutSortPhrases(text: string): string {
  let rest = text;
  for (const [phrase] of SORT_PHRASES)
    for (const m of text.matchAll(new RegExp(phrase.source, 'gi')))
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  return rest;
}

/** The refinement a message asks for; `undefined` when it adds nothing to a list. */
export function refinementFromMessage(text: string, entities: readonly Entity[]): Refinement | undefined {
  const sort = sortAsked(text);
  const confident = entities.filter((e) => e.score >= MIN_FILTER_CONFIDENCE);
  const excluded = excludedBrands(text, confident);
  const filters = filtersFromEntities(
    confident.filter((e) => !excluded.includes(e)),
    text,
  );
  if (excluded.length > 0) filters.excludeBrands = excluded.map((e) => String(e.value));
  let relative: RelativeConstraint | undefined;
  for (const e of confident) {
    if (e.type === 'priceRange') {
      const range = e.value as PriceRangeValue;
      if (range.relative === 'lower' || (range.band === 'low' && !sort)) relative = 'cheaper';
      if (range.relative === 'higher' || (range.band === 'high' && !sort)) relative = 'pricier';
    }
    if (e.type === 'attribute' && (e.value as AttributeValue).name === 'lightweight' && sort !== 'weightAsc')
      relative = 'lighter';
  }
  if (!relative && !sort) relative = RELATIVE_WORDS.find(([words]) => words.test(text))?.[1];
  const colour = confident.find((e) => e.type === 'colour')?.value as ColourValue | undefined;
  const refinement: Refinement = {
    keywords: leftoverKeywords(text, confident, filters),
    filters,
    ...(colour ? { colourName: colour.name } : {}),
    ...(relative ? { relative } : {}),
    ...(sort ? { sort } : {}),
  };
  const empty = !refinement.keywords && Object.keys(filters).length === 0 && !relative && !sort;
  return empty ? undefined : refinement;
}

/** The message minus filter entities, stock and sort phrases and filler words. */
function leftoverKeywords(text: string, entities: readonly Entity[], filters: SearchFilters): string {
  const used = entities.filter(
    (e) =>
      FILTER_TYPES.has(e.type) ||
      onlyConstrains(e) ||
      (e.type === 'attribute' &&
        ((e.value as AttributeValue).name === 'lightweight' ||
          filters.attributes?.[(e.value as AttributeValue).name as keyof SearchFilters['attributes']] !==
            undefined)),
  );
  // Blank every used span of the original text (same length, so offsets stay valid), then split.
  const blank = (rest: string, start: number, end: number) =>
    rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  let rest = text;
  for (const e of used) {
    rest = blank(rest, e.start, e.end);
    // "hide the Trailhound ones": the words that exclude a brand go with it.
    const excluding =
      e.type === 'brand' && filters.excludeBrands ? EXCLUDING.exec(text.slice(0, e.start)) : null;
    if (excluding) rest = blank(rest, excluding.index, e.start);
  }
  for (const m of text.matchAll(new RegExp(IN_STOCK_PHRASE.source, 'gi')))
    rest = blank(rest, m.index, m.index + m[0].length);
  const unsorted = withoutSortPhrases(text);
  for (let i = 0; i < rest.length; i++) if (unsorted[i] === ' ') rest = blank(rest, i, i + 1);
  return rest
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(
      (w) =>
        w &&
        !FILLER.has(w) &&
        !/^(?:\d+|person|people|cheaper|lighter|warmer|bigger|larger|roomier|spacious|room|brighter)$/.test(
          w,
        ),
    )
    .join(' ');
}
