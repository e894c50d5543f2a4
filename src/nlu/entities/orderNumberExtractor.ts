// Order numbers: the store's format is five or six digits ("10234"). Near "order" or "#" they are
// sure; a bare one is a guess; one with a currency is money, not an order.
import type { Lexicons } from './lexiconSchemas';
import { alternation, wordAlternation } from './patterns';
import { entity, type ExtractedEntity, type Extractor } from './types';

/** Scores with and without an order cue ("order", "#", "ref") just before. */
export const ORDER_SCORES = { cued: 0.95, bare: 0.6 };

/** Builds the order-number extractor; `pattern` is the digits of the store's format. */
export function orderNumberExtractor(
  references: Lexicons['references'],
  prices: Lexicons['prices'],
  pattern = '\\d{5,6}',
): Extractor {
  const numberRe = new RegExp(`(?<![\\p{L}\\p{N}$€£.,])(${pattern})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'gu');
  const cueRe = new RegExp(
    `${wordAlternation(references.orderCues)}[\\s:.#-]*(?:(?:is|was|number|no)[\\s:.#-]*)?$`,
    'u',
  );
  const currencies = prices.currencies.flatMap((c) => [...c.symbols, ...c.words]);
  const moneyAfterRe = new RegExp(`^\\s{0,2}${wordAlternation(currencies)}`, 'u');
  const moneyBeforeRe = new RegExp(`${alternation(currencies)}\\s?$`, 'u');
  return (input) => {
    const out: ExtractedEntity[] = [];
    for (const m of input.lower.matchAll(numberRe)) {
      const end = m.index + m[0].length;
      const head = input.lower.slice(Math.max(0, m.index - 24), m.index);
      if (moneyAfterRe.test(input.lower.slice(end, end + 16)) || moneyBeforeRe.test(head)) continue;
      const score = cueRe.test(head) ? ORDER_SCORES.cued : ORDER_SCORES.bare;
      out.push(entity(input, 'orderNumber', m.index, end, m[1], score));
    }
    return out;
  };
}
