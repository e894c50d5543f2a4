// Answers a question about one product from its catalog data only: an
// attribute with its value and unit, its colours or sizes, the stock of a
// variant, or its price. What the data does not hold is reported as missing,
// never guessed. Plain data in and out; the dialogs put it into words.
import type { Entity } from '../nlu/recognizer';
import type { Product, ProductAttributes } from '../domain/schemas';
import { attributeFact, colours, formatPrice, sizes, totalStock } from '../catalog/productFacts';

type AttributeKey = keyof ProductAttributes;

/** What a product question asks about. */
export type QuestionTopic =
  | { kind: 'attribute'; keys: AttributeKey[]; asked: string }
  | { kind: 'colours' }
  | { kind: 'sizes' }
  | { kind: 'stock' }
  | { kind: 'price' };

/** Words that name an attribute (checked in order: the first match wins), with the keys that answer it. */
const ATTRIBUTE_WORDS: { pattern: RegExp; keys: AttributeKey[]; asked: string }[] = [
  {
    pattern: /\bwaterproof(ing)?\b|\brain\s*proof\b|\bin the rain\b|\bkeep (me|you) dry\b|\bhydrostatic\b/,
    keys: ['waterproofRatingMm', 'waterproof'],
    asked: 'waterproofing',
  },
  { pattern: /\bbreathab/, keys: ['breathabilityGm2'], asked: 'breathability' },
  { pattern: /\bfill power\b/, keys: ['fillPower'], asked: 'fill power' },
  {
    pattern:
      /\b(temperature|temp|comfort) (rating|limit)\b|\bhow (warm|cold)\b|\bwarmer?\b|\bdegrees?\b|\bfreezing\b/,
    keys: ['temperatureRatingC', 'insulation'],
    asked: 'warmth',
  },
  { pattern: /\binsulat/, keys: ['insulation'], asked: 'insulation' },
  {
    pattern: /\bhow (heavy|light)\b|\bweigh(t|s)?\b|\bheavy\b|\bgrams?\b|\bounces?\b|\blightweight\b/,
    keys: ['weightGrams'],
    asked: 'weight',
  },
  { pattern: /\bpack(ed|s)? ?(down|size|small)\b|\bpacked\b/, keys: ['packedSizeCm'], asked: 'packed size' },
  {
    pattern: /\b(capacity|litres?|liters?|volume)\b|\bhow (big|much (can|does) it (hold|fit))\b/,
    keys: ['capacityLiters', 'persons'],
    asked: 'capacity',
  },
  {
    pattern:
      /\bhow many (people|persons?)\b|\bsleeps?\b|\b(\d|two|three|four) (people|persons?)\b|\bperson\b/,
    keys: ['persons'],
    asked: 'how many it sleeps',
  },
  { pattern: /\bseasons?\b|\bwinter\b/, keys: ['seasons'], asked: 'seasons' },
  { pattern: /\bbright(ness)?\b|\blumens?\b/, keys: ['lumens'], asked: 'brightness' },
  {
    pattern: /\bbattery\b|\bhow long (does|will) it (last|run)\b|\brun ?time\b/,
    keys: ['batteryLifeHours'],
    asked: 'battery life',
  },
  { pattern: /\bfuel\b|\bgas\b|\bpropane\b|\bbutane\b|\bcanister\b/, keys: ['fuelType'], asked: 'fuel' },
  { pattern: /\bboil/, keys: ['boilTimeMinutes'], asked: 'boil time' },
  { pattern: /\bankle\b|\b(mid|high|low)[- ]?(cut|top)\b/, keys: ['ankleHeight'], asked: 'ankle height' },
  {
    pattern:
      /\bmade (of|from)\b|\bmaterials?\b|\bfabric\b|\bmerino\b|\bwool\b|\bnylon\b|\bleather\b|\bpolyester\b|\bgore[- ]?tex\b/,
    keys: ['material'],
    asked: 'material',
  },
  {
    pattern: /\b(fit|fits|cut)\b|\brun(s)? (small|large|big)\b|\btrue to size\b/,
    keys: ['fit'],
    asked: 'fit',
  },
  { pattern: /\b(men'?s|women'?s|unisex|gender)\b/, keys: ['gender'], asked: 'who it is made for' },
];

/**
 * What the question asks about, from its words (product names taken out: "Caribou Liquid Fuel Stove" is not
 * a question about fuel) and entities; undefined when it names nothing we know. Specific words win over
 * the NLU's intent: "how much does it weigh" is about weight, not price.
 */
export function questionTopic(
  text: string,
  entities: readonly Entity[],
  intent?: string,
): QuestionTopic | undefined {
  const t = withoutProductNames(text, entities).toLowerCase();
  const names = (type: string) => entities.some((e) => e.type === type);
  // Sizing advice ("what size should I get…") is not in the catalog data: leave it to the FAQ.
  if (/\bwhat size (should|do|would) i\b|\bsize (should|do) i (get|order|buy)\b|\bfits? me\b/.test(t))
    return undefined;
  if (/\bcolou?rs\b|\bwhat colou?r\b|\bwhich colou?r/.test(t)) return { kind: 'colours' };
  if (/\bin stock\b|\bavailab|\bstock\b|\bhow many (are )?left\b|\bsold out\b/.test(t))
    return { kind: 'stock' };
  for (const { pattern, keys, asked } of ATTRIBUTE_WORDS)
    if (pattern.test(t)) return { kind: 'attribute', keys, asked };
  if (/\bhow much\b|\bprice\b|\bcost\b|\bexpensive\b|\bcheap/.test(t)) return { kind: 'price' };
  if (/\bsizes\b|\bsizing\b|\bwhat size\b/.test(t) && !names('size')) return { kind: 'sizes' };
  if (names('colour') || names('size')) return { kind: 'stock' }; // "do you have it in blue in a medium?"
  const attribute = entities.find((e) => e.type === 'attribute');
  if (
    attribute &&
    typeof attribute.value === 'object' &&
    attribute.value !== null &&
    'name' in attribute.value
  ) {
    const name = String(attribute.value.name);
    const hit = ATTRIBUTE_WORDS.find((w) => w.pattern.test(name));
    if (hit) return { kind: 'attribute', keys: hit.keys, asked: hit.asked };
  }
  if (intent === 'stock') return { kind: 'stock' };
  if (intent === 'price') return { kind: 'price' };
  return undefined;
}

/** Whether the message is put as a question ("is the first one waterproof?", "how heavy is it"). */
export function asksAQuestion(text: string): boolean {
  return (
    /\?\s*$/.test(text) || /^\s*(is|are|does|do|did|how|what|which|can|will|has|have|was|were)\b/i.test(text)
  );
}

/** The text with the spans of product entities blanked out. */
function withoutProductNames(text: string, entities: readonly Entity[]): string {
  let out = text;
  for (const e of entities) {
    if (e.type === 'product' && e.end <= out.length)
      out = out.slice(0, e.start) + ' '.repeat(e.end - e.start) + out.slice(e.end);
  }
  return out;
}

/** One attribute value with its label and unit. */
export interface FactValue {
  key: AttributeKey;
  label: string;
  value: string;
}

/** The answer, as data. */
export type ProductAnswer =
  | { kind: 'attribute'; product: Product; facts: FactValue[]; yesNo?: boolean }
  | { kind: 'missing'; product: Product; asked: string }
  | { kind: 'colours'; product: Product; colours: string[] }
  | { kind: 'sizes'; product: Product; sizes: string[] }
  | { kind: 'stock'; product: Product; colour?: string; size?: string; units: number; variantExists: boolean }
  | { kind: 'price'; product: Product; price: string };

/** Answers `topic` about `product` from its data alone; entities give the colour/size of a variant question. */
export function answerProductQuestion(
  product: Product,
  topic: QuestionTopic,
  entities: readonly Entity[] = [],
): ProductAnswer {
  switch (topic.kind) {
    case 'price':
      return { kind: 'price', product, price: formatPrice(product.price, product.currency) };
    case 'colours':
      return { kind: 'colours', product, colours: colours(product) };
    case 'sizes':
      return { kind: 'sizes', product, sizes: sizes(product) };
    case 'stock':
      return variantStock(product, entities);
    case 'attribute': {
      const facts = topic.keys
        .map((key) => {
          const fact = attributeFact(product, key);
          return fact && { key, ...fact };
        })
        .filter((f): f is FactValue => f !== undefined);
      if (facts.length === 0) return { kind: 'missing', product, asked: topic.asked };
      const waterproof = product.attributes.waterproof;
      const yesNo = topic.keys.includes('waterproof')
        ? (waterproof ?? facts.some((f) => f.key === 'waterproofRatingMm'))
        : undefined;
      // A rating says more than a yes; show the yes/no fact only when there is no rating.
      const shown = facts.some((f) => f.key === 'waterproofRatingMm')
        ? facts.filter((f) => f.key !== 'waterproof')
        : facts;
      return { kind: 'attribute', product, facts: shown.slice(0, 1), yesNo };
    }
  }
}

/** Stock of the variant the entities name (colour and/or size), or of the whole product. */
function variantStock(product: Product, entities: readonly Entity[]): ProductAnswer {
  const colourEntity = entities.find((e) => e.type === 'colour');
  const sizeEntity = entities.find((e) => e.type === 'size');
  const wantedColours = colourEntity ? colourNames(colourEntity.value) : undefined;
  const size = sizeEntity ? String(sizeEntity.value) : undefined;
  const matches = product.variants.filter(
    (v) =>
      (!wantedColours || wantedColours.some((c) => c.toLowerCase() === v.color.toLowerCase())) &&
      (!size || v.size.toLowerCase() === size.toLowerCase()),
  );
  const colour = colourEntity ? (matches[0]?.color ?? colourNames(colourEntity.value)[0]) : undefined;
  if (!colourEntity && !sizeEntity)
    return { kind: 'stock', product, units: totalStock(product), variantExists: true };
  return {
    kind: 'stock',
    product,
    colour,
    size,
    units: matches.reduce((n, v) => n + v.stock, 0),
    variantExists: matches.length > 0,
  };
}

/** The catalog colour names a colour entity stands for ("blue" → every blue the catalog has). */
export function colourNames(value: Entity['value']): string[] {
  if (typeof value === 'object' && value !== null && 'colours' in value && Array.isArray(value.colours)) {
    return [String(value.name), ...value.colours.map(String)];
  }
  return [String(value)];
}
