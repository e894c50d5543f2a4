// Colour phrases resolved against the colours the catalog actually has: a catalog name as written,
// a lexicon colour or synonym ("navy"), or a family word ("blue" → Glacier Blue, Navy, Teal).
import type { Product } from '../../domain/schemas';
import type { Lexicons } from './lexiconSchemas';
import { PhraseIndex } from './phraseIndex';
import { tokenize } from './tokens';
import type { ColourValue } from './types';

/** Scores by how a colour was named. */
export const COLOUR_SCORES = { catalogName: 0.95, synonym: 0.9, family: 0.85 };

/** The catalog's colour names, in first-seen order. */
export function catalogColours(products: readonly Product[]): string[] {
  return [...new Set(products.flatMap((p) => p.variants.map((v) => v.color)))];
}

/** Builds the colour phrase index for a catalog; families with no catalog colour map to `colours: []`. */
export function buildColourIndex(
  lexicon: Lexicons['colours'],
  catalog: readonly string[],
): PhraseIndex<ColourValue> {
  const entryOf = new Map(lexicon.colours.map((c) => [c.name.toLowerCase(), c]));
  const familyWords = new Map(
    Object.entries(lexicon.families).flatMap(([family, words]) =>
      words.map((w) => [w.toLowerCase(), family]),
    ),
  );
  const familiesOf = (colour: string): string[] => {
    const fromLexicon = entryOf.get(colour.toLowerCase())?.families ?? [];
    const fromName = tokenize(colour).flatMap((t) => familyWords.get(t.lower) ?? []);
    return [...new Set([...fromLexicon, ...fromName])];
  };
  const members = (family: string) => catalog.filter((c) => familiesOf(c).includes(family));

  const index = new PhraseIndex<ColourValue>();
  for (const colour of catalog)
    index.add(colour.toLowerCase(), { name: colour, colours: [colour] }, COLOUR_SCORES.catalogName);
  for (const entry of lexicon.colours) {
    const inCatalog = catalog.find((c) => c.toLowerCase() === entry.name.toLowerCase());
    const colours = inCatalog ? [inCatalog] : [...new Set(entry.families.flatMap(members))];
    for (const word of [entry.name.toLowerCase(), ...entry.synonyms])
      index.add(word, { name: inCatalog ?? entry.name, colours }, COLOUR_SCORES.synonym);
  }
  for (const [family, words] of Object.entries(lexicon.families))
    for (const word of words)
      index.add(word, { name: family, colours: members(family) }, COLOUR_SCORES.family);
  return index;
}
