// Product descriptions: 2–4 sentences built from attributes, with varied templates.
import type { Category, ProductAttributes } from '../../src/domain/schemas';
import type { Kind } from './kind';
import type { Rng } from './prng';
import type { Brand } from './vocab';

/** What a description is built from. */
export interface DescriptionInput {
  name: string;
  brand: Brand;
  kind: Kind;
  attrs: ProductAttributes;
  tags: string[];
}

/** Grammar for singular ("a jacket … it is") and plural ("trousers … they are") kinds. */
interface Grammar {
  a: (word: string) => string;
  it: string;
  is: string;
}
const SINGULAR: Grammar = { a: (w) => `${/^[aeiou]/i.test(w) ? 'an' : 'a'} ${w}`, it: 'It', is: 'is' };
const PLURAL: Grammar = { a: (w) => w, it: 'They', is: 'are' };
const grammarOf = (kind: Kind): Grammar => (/s$/.test(kind.label) ? PLURAL : SINGULAR);

const TIER_ADJECTIVE = { budget: 'no-nonsense', mid: 'versatile', premium: 'top-end' } as const;
const thousands = (n: number) => n.toLocaleString('en-US');
const weight = (g: number) => (g >= 1000 ? `${(g / 1000).toFixed(2).replace(/0$/, '')} kg` : `${g} g`);

/** Builds a 2–4 sentence description. */
export function describe(rng: Rng, input: DescriptionInput): string {
  const g = grammarOf(input.kind);
  const facts = rng.shuffle(factsOf(input.kind.category, input.attrs)).slice(0, 3);
  const sentences = [opening(rng, input, g), features(rng, facts, input)];
  const build = construction(rng, input, g);
  if (build && (facts.length < 2 || rng.chance(0.7))) sentences.push(build);
  if (sentences.length < 4 && rng.chance(0.55)) sentences.push(closer(rng, input));
  return sentences.join(' ');
}

function opening(rng: Rng, { name, brand, kind }: DescriptionInput, g: Grammar): string {
  const use = rng.pick(kind.uses);
  const noun = kind.label.toLowerCase().replace(/^ul /, 'ultralight ');
  const adjective = TIER_ADJECTIVE[brand.tier];
  const templates = [
    () => `The ${name} ${g.is} ${g.a(brand.name)} ${noun} ${use}.`,
    () => `Built ${use}, the ${name} ${g.is} ${brand.name}'s take on the classic ${noun}.`,
    () => `Meet the ${name}: ${g.a(adjective)} ${noun} ${use}.`,
    () => `If you need ${g.a(noun)} ${use}, the ${name} ${g.is} a ${adjective} choice.`,
    () => `${brand.name} designed the ${name} ${use}.`,
  ];
  return rng.pick(templates)();
}

function features(rng: Rng, facts: string[], { brand }: DescriptionInput): string {
  if (facts.length === 0) return `A dependable part of the ${brand.name} range.`;
  const list =
    facts.length === 1 ? facts[0] : `${facts.slice(0, -1).join(', ')} and ${facts[facts.length - 1]}`;
  const templates = [`Highlights include ${list}.`, `Expect ${list}.`, `You get ${list}.`];
  if (facts.length > 1) templates.push(`Key numbers: ${list}.`);
  return rng.pick(templates);
}

function factsOf(category: Category, a: ProductAttributes): string[] {
  const facts: string[] = [];
  if (a.waterproofRatingMm) facts.push(`a ${thousands(a.waterproofRatingMm)} mm waterproof rating`);
  else if (a.waterproof) facts.push('fully waterproof construction');
  if (a.breathabilityGm2) facts.push(`${thousands(a.breathabilityGm2)} g/m² breathability`);
  if (a.fillPower) facts.push(`${a.fillPower}-fill-power down`);
  else if (a.insulation === 'synthetic') facts.push('synthetic insulation that stays warm when damp');
  if (a.temperatureRatingC !== undefined) facts.push(`a comfort rating of ${a.temperatureRatingC}°C`);
  if (a.persons) facts.push(`room for ${a.persons} ${a.persons > 1 ? 'people' : 'person'}`);
  if (a.seasons) facts.push(`${a.seasons}-season protection`);
  if (a.packedSizeCm) facts.push(`a packed size of ${a.packedSizeCm}`);
  if (a.capacityLiters) facts.push(`${a.capacityLiters} litres of capacity`);
  if (a.lumens) facts.push(`a ${a.lumens}-lumen maximum`);
  if (a.batteryLifeHours) facts.push(`up to ${a.batteryLifeHours} hours of battery life`);
  if (a.fuelType) facts.push(`${a.fuelType} fuel`);
  if (a.boilTimeMinutes) facts.push(`a one-litre boil in about ${a.boilTimeMinutes} minutes`);
  if (a.ankleHeight) facts.push(`a ${a.ankleHeight}-cut ankle`);
  if (a.weightGrams)
    facts.push(`a weight of ${weight(a.weightGrams)}${category === 'boots' ? ' per pair' : ''}`);
  return facts;
}

function construction(rng: Rng, { attrs }: DescriptionInput, g: Grammar): string | undefined {
  if (!attrs.material) return undefined;
  if (attrs.fit) {
    return rng.pick([
      `${g.it} ${g.is} cut in a ${attrs.fit} fit from ${attrs.material}.`,
      `The ${attrs.material} comes in a ${attrs.fit} fit that layers easily.`,
    ]);
  }
  return rng.pick([
    `${g.it} ${g.is} made from ${attrs.material}.`,
    `Made from ${attrs.material} to last for seasons.`,
  ]);
}

function closer(rng: Rng, { brand, tags }: DescriptionInput): string {
  const options = [brand.motto];
  if (tags.includes('ultralight')) options.push('Ideal when every gram counts.');
  if (tags.includes('family')) options.push('There is room for the whole crew.');
  if (tags.includes('value')) options.push('Great value without cutting corners.');
  if (tags.includes('winter')) options.push('A good friend when the temperature drops.');
  if (tags.includes('reflective')) options.push('Reflective details keep you visible after dark.');
  options.push(
    brand.tier === 'premium' ? 'Covered by a lifetime repair guarantee.' : 'Backed by a two-year warranty.',
  );
  return rng.pick(options);
}
