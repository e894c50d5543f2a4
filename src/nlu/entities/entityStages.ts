// Builds every extraction stage, and the indexes they share, from the catalog and the lexicons.
import type { Product } from '../../domain/schemas';
import { buildColourIndex, catalogColours } from './colourIndex';
import { dateExtractor } from './dateExtractor';
import { englishWords } from './englishWords';
import {
  buildApparelSizeIndex,
  buildAttributeIndex,
  buildBrandIndex,
  buildCategoryIndex,
  buildMaterialIndex,
  buildPriceWordIndex,
  categoryWordMap,
} from './lexiconIndexes';
import type { Lexicons } from './lexiconSchemas';
import { moneyExtractor } from './moneyExtractor';
import { numericAttributeExtractor } from './numericAttributeExtractor';
import { ordinalExtractor } from './ordinalExtractor';
import { orderNumberExtractor } from './orderNumberExtractor';
import { NumberWords } from './patterns';
import { attributeWordExtractor, phraseExtractor, spanEntity } from './phraseExtractors';
import { ProductIndex } from './productIndex';
import { quantityExtractor } from './quantityExtractor';
import { sizeExtractor } from './sizeExtractor';
import { Speller } from './spelling';
import { isCaseSensitive, phraseWords } from './tokens';
import type { Extractor } from './types';

/** The stages in the order they run, and the speller that prepares their tokens. */
export interface EntityStages {
  stages: readonly { name: string; run: Extractor }[];
  speller: Speller;
  /** Every word the stages know (product names, brands, lexicons): such words are never corrected. */
  vocabulary: ReadonlySet<string>;
}

/** Builds indexes once per catalog and lexicon set; `extract` then only looks things up. */
export function buildStages(
  products: readonly Product[],
  lexicons: Lexicons,
  isRealWord?: (word: string) => boolean,
): EntityStages {
  const numbers = new NumberWords(lexicons.numbers.cardinals);
  const categories = buildCategoryIndex(lexicons.categories);
  const categoryWords = categoryWordMap(lexicons.categories);
  const colours = buildColourIndex(lexicons.colours, catalogColours(products));
  const materials = buildMaterialIndex(lexicons.materials);
  const attributes = buildAttributeIndex(lexicons.attributes);
  const priceWords = buildPriceWordIndex(lexicons.prices);
  const apparel = buildApparelSizeIndex(lexicons.sizes);
  const lexiconWords = new Set(
    [categories, colours, materials, attributes, priceWords, apparel].flatMap((index) => index.words()),
  );
  const generic = new Set([...lexiconWords, ...Object.keys(lexicons.numbers.cardinals)]);
  const productIndex = new ProductIndex(products, generic, categoryWords);
  const productWords = [...productIndex.wordCounts.keys()];
  const brands = buildBrandIndex(products, new Set([...productWords, ...lexiconWords]));

  const counts = new Map(productIndex.wordCounts);
  for (const w of [...lexiconWords, ...brands.words()]) counts.set(w, (counts.get(w) ?? 0) + 1);
  const countable = new Set([
    ...categoryWords.keys(),
    ...productWords.filter((w) => !/\d/.test(w)),
    ...lexicons.references.quantityNouns.flatMap(phraseWords),
  ]);
  const { sizes, prices, references } = lexicons;
  const blockers = new Set(
    [
      ...sizes.sizeWords,
      ...sizes.footwear.flatMap((f) => f.words.filter((w) => !isCaseSensitive(w))),
      ...references.numberCues,
      ...prices.cues.max,
      ...prices.cues.min,
      ...prices.cues.around,
      ...prices.cues.between,
    ].flatMap((phrase) => phraseWords(phrase).slice(-1)),
  );

  const stages: { name: string; run: Extractor }[] = [
    {
      name: 'product',
      run: (input) => productIndex.match(input.tokens).map((m) => spanEntity(input, 'product', m, m.id)),
    },
    { name: 'brand', run: phraseExtractor('brand', brands) },
    { name: 'category', run: phraseExtractor('category', categories) },
    { name: 'colour', run: phraseExtractor('colour', colours) },
    { name: 'size', run: sizeExtractor(sizes, apparel) },
    { name: 'material', run: phraseExtractor('material', materials) },
    { name: 'attribute', run: attributeWordExtractor(attributes, lexicons.attributes.negations) },
    { name: 'numericAttribute', run: numericAttributeExtractor(lexicons.attributes, numbers) },
    { name: 'priceWords', run: phraseExtractor('priceRange', priceWords) },
    { name: 'money', run: moneyExtractor(prices, numbers) },
    { name: 'quantity', run: quantityExtractor(lexicons, { numbers, countable, blockers }) },
    { name: 'orderNumber', run: orderNumberExtractor(references, prices) },
    { name: 'date', run: dateExtractor() },
    { name: 'ordinal', run: ordinalExtractor(lexicons, numbers, countable) },
  ];
  return {
    stages,
    speller: new Speller(counts, englishWords(), undefined, isRealWord),
    vocabulary: new Set(counts.keys()),
  };
}
