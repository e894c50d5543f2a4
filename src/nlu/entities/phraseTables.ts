// The phrase tables inside each lexicon: lists in which one phrase must not appear twice.
import type { LexiconName, Lexicons } from './lexiconSchemas';

/** One phrase and where it sits in its file. */
export interface PhraseAt {
  phrase: string;
  path: (string | number)[];
}

const list = (phrases: readonly string[], ...path: (string | number)[]): PhraseAt[] =>
  phrases.map((phrase, i) => ({ phrase, path: [...path, i] }));

const keys = (record: Record<string, unknown>, ...path: string[]): PhraseAt[] =>
  Object.keys(record).map((phrase) => ({ phrase, path: [...path, phrase] }));

/** The phrase tables of one parsed lexicon; each table maps a phrase to one meaning. */
export function phraseTables<K extends LexiconName>(name: K, data: Lexicons[K]): PhraseAt[][] {
  const lex = { [name]: data } as Partial<Lexicons>;
  if (lex.colours)
    return [
      [
        ...Object.entries(lex.colours.families).flatMap(([family, words]) => list(words, 'families', family)),
        ...lex.colours.colours.flatMap((c, i) => list(c.synonyms, 'colours', i, 'synonyms')),
      ],
    ];
  if (lex.sizes)
    return [
      lex.sizes.apparel.flatMap((s, i) => list(s.words, 'apparel', i, 'words')),
      lex.sizes.footwear.flatMap((s, i) => list(s.words, 'footwear', i, 'words')),
    ];
  if (lex.materials)
    return [lex.materials.materials.flatMap((m, i) => list(m.words, 'materials', i, 'words'))];
  if (lex.attributes) return [lex.attributes.flags.flatMap((f, i) => list(f.words, 'flags', i, 'words'))];
  if (lex.categories)
    return [
      Object.entries(lex.categories.categories).flatMap(([category, words]) => [
        ...list(words?.words ?? [], 'categories', category, 'words'),
        ...list(words?.weak ?? [], 'categories', category, 'weak'),
      ]),
    ];
  if (lex.prices)
    return [
      [
        ...lex.prices.bands.flatMap((b, i) => list(b.words, 'bands', i, 'words')),
        ...lex.prices.relative.flatMap((r, i) => list(r.words, 'relative', i, 'words')),
      ],
    ];
  if (lex.numbers)
    return [keys(lex.numbers.ordinals, 'ordinals'), keys(lex.numbers.quantityPhrases, 'quantityPhrases')];
  return [];
}
