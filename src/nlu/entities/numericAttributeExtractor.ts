// Attributes written as a number and a unit: "2-person", "sleeps 3", "4-season", "45 l", "350 lumens",
// "rated to -5°C". Names match the catalog's attribute fields (persons, seasons, capacityLiters, …).
import type { Lexicons } from './lexiconSchemas';
import { B, type NumberWords, suffixAlternation, wordAlternation } from './patterns';
import { entity, type ExtractedEntity, type Extractor } from './types';

type NumericAttribute = Lexicons['attributes']['numeric'][number];

/** Score of a number with its unit. */
export const NUMERIC_ATTRIBUTE_SCORE = 0.9;

/** Units of figures that are not catalog attributes, which a prefix's number must not carry ("rated 4 stars"). */
const OTHER_MEASURES = ['star', 'stars', 'out of', '/5', '%', 'percent'];

/** Builds the extractor for the lexicon's numeric attributes. */
export function numericAttributeExtractor(
  attributes: Lexicons['attributes'],
  numbers: NumberWords,
): Extractor {
  const unitsOf = (a: NumericAttribute) => [...a.units, ...Object.keys(a.scaledUnits ?? {})];
  const rules = attributes.numeric.map((a) => {
    const sign = a.signed ? '((?:-|−|minus\\s+)?)' : '()';
    const ownUnits = suffixAlternation(unitsOf(a));
    const unit = `${sign}(${numbers.pattern})\\s*-?\\s*(${ownUnits})`;
    // "rated for 4 seasons", "rated 4 stars": a number that another unit follows is not this attribute.
    const otherUnits = [...OTHER_MEASURES, ...attributes.numeric.filter((o) => o !== a).flatMap(unitsOf)];
    const notOther = `(?!\\s*-?\\s*${suffixAlternation(otherUnits)})`;
    const prefix =
      a.prefixes.length > 0
        ? `|${wordAlternation(a.prefixes)}\\s+${sign}(${numbers.pattern})(?:\\s*-?\\s*(${ownUnits}))?(?![\\p{L}\\p{N}])${notOther}`
        : '';
    const scales = new Map(Object.entries(a.scaledUnits ?? {}).map(([u, k]) => [u.toLowerCase(), k]));
    return { name: a.name, re: new RegExp(`${B}(?:${unit}${prefix})`, 'gu'), scales };
  });
  return (input) => {
    const out: ExtractedEntity[] = [];
    for (const { name, re, scales } of rules)
      for (const m of input.lower.matchAll(re)) {
        // Groups: sign, number and unit of "-5°C"; sign, number and unit after a prefix ("weighs 2 lbs").
        const negative = Boolean(m[1] || m[4]);
        const said = numbers.parse(m[2] ?? m[5] ?? '');
        if (said === undefined || !Number.isFinite(said)) continue;
        const unit = (m[3] ?? m[6] ?? '').trim();
        const value = said * (scales.get(unit) ?? 1); // "1.2 kg" → 1200 (grams)
        out.push(
          entity(
            input,
            'attribute',
            m.index,
            m.index + m[0].length,
            { name, value: negative ? -value : value },
            NUMERIC_ATTRIBUTE_SCORE,
          ),
        );
      }
    return out;
  };
}
