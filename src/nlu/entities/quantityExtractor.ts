// Quantities: "x2", "2 of them", "qty 3", "I'll take three", "a pair of", "2 tents", or a bare "three".
// Numbers with a unit ("2 person", "45 l") or after "size"/"number"/"under" are something else.
import type { Lexicons } from './lexiconSchemas';
import { B, E, type NumberWords, wordAlternation } from './patterns';
import { entity, type ExtractedEntity, type Extractor, type ExtractInput } from './types';

/** Scores by the evidence that a number is a quantity. */
export const QUANTITY_SCORES = { explicit: 0.9, cued: 0.85, counted: 0.85, alone: 0.6 };
const MAX_QUANTITY = 99;

/** What the quantity extractor needs besides lexicons: words that can be counted ("tent", "ridgeline"). */
export interface QuantityContext {
  numbers: NumberWords;
  countable: ReadonlySet<string>;
  /** Words after which a number is not a quantity ("size", "eu", "under", "number"). */
  blockers: ReadonlySet<string>;
}

/** Builds the quantity extractor. */
export function quantityExtractor(lexicons: Lexicons, ctx: QuantityContext): Extractor {
  const { references, prices, numbers } = lexicons;
  const NUM = `(${ctx.numbers.pattern})`;
  const unitRe = new RegExp(`^\\s{0,2}-?\\s{0,2}${wordAlternation(prices.units)}`, 'u');
  /** `whole`: the span is the whole match ("2 of them"), else just the number ("take [3]"). */
  const patterns = [
    {
      re: new RegExp(`${B}(?:x|×)\\s?(\\d{1,2})${E}|${B}(\\d{1,2})\\s?(?:x|×)${E}`, 'gud'),
      whole: true,
      unitCheck: false,
    },
    {
      re: new RegExp(`${B}${NUM}\\s+of\\s+${wordAlternation(references.quantityReferents)}`, 'gud'),
      whole: true,
      unitCheck: true,
    },
    {
      re: new RegExp(`${wordAlternation(references.quantityCues)}\\s*(?:[:=]|of|is)?\\s*${NUM}${E}`, 'gud'),
      whole: false,
      unitCheck: true,
    },
  ];
  const phraseRe = new RegExp(wordAlternation(Object.keys(numbers.quantityPhrases)), 'gu');
  const phraseValue = new Map(Object.entries(numbers.quantityPhrases).map(([k, v]) => [k.toLowerCase(), v]));
  const units = new Set(prices.units.map((u) => u.toLowerCase()));
  const numberRe = new RegExp(`${B}${ctx.numbers.pattern}${E}`, 'gu');

  const valid = (n: number | undefined): n is number =>
    n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_QUANTITY;

  return (input) => {
    const out: ExtractedEntity[] = [];
    for (const { re, whole, unitCheck } of patterns)
      for (const m of input.lower.matchAll(re)) {
        const group = m[1] !== undefined ? 1 : 2;
        const [numStart, numEnd] = m.indices?.[group] ?? [m.index, m.index + m[0].length];
        const value = ctx.numbers.parse(m[group] ?? '');
        if (!valid(value) || (unitCheck && unitRe.test(input.lower.slice(numEnd, numEnd + 16)))) continue;
        const [start, end] = whole ? [m.index, m.index + m[0].length] : [numStart, numEnd];
        out.push(
          entity(
            input,
            'quantity',
            start,
            end,
            value,
            whole ? QUANTITY_SCORES.explicit : QUANTITY_SCORES.cued,
          ),
        );
      }
    for (const m of input.lower.matchAll(phraseRe)) {
      const value = phraseValue.get(m[0].replace(/[\s-]+/g, ' '));
      if (value)
        out.push(entity(input, 'quantity', m.index, m.index + m[0].length, value, QUANTITY_SCORES.cued));
    }
    out.push(...countedOrAlone(input, { ...ctx, numberRe, units }, valid));
    return out;
  };
}

/** "2 tents", "two blue jackets" (a countable word within the next two), or a message that is only a number. */
function countedOrAlone(
  input: ExtractInput,
  ctx: QuantityContext & { numberRe: RegExp; units: ReadonlySet<string> },
  valid: (n: number | undefined) => n is number,
): ExtractedEntity[] {
  const { tokens } = input;
  const out: ExtractedEntity[] = [];
  for (const m of input.lower.matchAll(ctx.numberRe)) {
    const end = m.index + m[0].length;
    const value = ctx.numbers.parse(m[0]);
    if (!valid(value) || /[$€£#]\s*$/.test(input.text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const after = tokens.findIndex((t) => t.start >= end);
    const first = after < 0 ? tokens.length : after;
    if (input.text.trim() === input.text.slice(m.index, end))
      out.push(entity(input, 'quantity', m.index, end, value, QUANTITY_SCORES.alone));
    const before = tokens.filter((t) => t.end <= m.index).pop();
    if (before && ctx.blockers.has(before.key)) continue;
    const next = tokens.slice(first, first + 2);
    const stop = next.findIndex((n) => ctx.units.has(n.lower) || ctx.numbers.isNumberWord(n.lower));
    if (next.slice(0, stop < 0 ? undefined : stop).some((n) => ctx.countable.has(n.key)))
      out.push(entity(input, 'quantity', m.index, end, value, QUANTITY_SCORES.counted));
  }
  return out;
}
