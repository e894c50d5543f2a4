// Money ("$120", "120 dollars", "€80") and price ranges ("under 100", "between 50 and 80 dollars",
// "over $200", "around 150", "100 or less"). A number followed by a unit ("2 kg", "3 season") is no price.
import type { Lexicons } from './lexiconSchemas';
import { alternation, B, NumberWords, wordAlternation } from './patterns';
import { entity, type ExtractedEntity, type Extractor, type PriceRangeValue } from './types';

/** Scores: with a currency the reading is sure; a bare number after "under" is most likely a price. */
export const MONEY_SCORES = { money: 0.95, range: 0.95, bareRange: 0.8 };

interface Atom {
  start: number;
  end: number;
  amount: number;
  currency?: string;
}

/** Builds the money and price-range extractor from the prices lexicon. */
export function moneyExtractor(prices: Lexicons['prices'], numbers: NumberWords): Extractor {
  const currencyOf = new Map<string, string>();
  for (const c of prices.currencies)
    for (const s of [...c.symbols, ...c.words]) currencyOf.set(s.toLowerCase(), c.code);
  const before = prices.currencies.flatMap((c) => [...c.symbols, c.code.toLowerCase()]);
  const after = prices.currencies.flatMap((c) => [...c.symbols, ...c.words]);
  const atomRe = new RegExp(
    `${B}(?:(${alternation(before)})\\s?)?(${numbers.pattern})(?:\\s{0,2}(${wordAlternation(after)}))?`,
    'gu',
  );
  const unitRe = new RegExp(`^\\s{0,2}-?\\s{0,2}${wordAlternation(prices.units)}`, 'u');
  const cue = (words: string[]) => new RegExp(`${wordAlternation(words)}\\s*(?:of\\s+)?$`, 'u');
  const cues = { max: cue(prices.cues.max), min: cue(prices.cues.min), around: cue(prices.cues.around) };
  const betweenRe = cue(prices.cues.between);
  const joinerRe = new RegExp(`^\\s*${wordAlternation(prices.cues.joiners)}\\s*$`, 'u');
  const suffix = (words: string[]) => new RegExp(`^\\s*${wordAlternation(words)}`, 'u');
  const suffixes = { max: suffix(prices.cues.maxSuffix), min: suffix(prices.cues.minSuffix) };
  const tolerance = prices.aroundTolerance;

  const atoms = (lower: string): Atom[] => {
    const found: Atom[] = [];
    for (const m of lower.matchAll(atomRe)) {
      const amount = numbers.parse(m[2]);
      const cur = m[1] ?? m[3];
      const end = m.index + m[0].length;
      if (amount === undefined || !Number.isFinite(amount) || amount <= 0) continue;
      if (!cur && (/^[\p{L}\p{N}]/u.test(lower.slice(end)) || unitRe.test(lower.slice(end, end + 24))))
        continue;
      found.push({ start: m.index, end, amount, currency: cur ? currencyOf.get(cur.trim()) : undefined });
    }
    return found;
  };

  return (input) => {
    const { lower } = input;
    const found = atoms(lower);
    const out: ExtractedEntity[] = [];
    const range = (start: number, end: number, value: PriceRangeValue, currency?: string) => {
      const score = currency ? MONEY_SCORES.range : MONEY_SCORES.bareRange;
      out.push(entity(input, 'priceRange', start, end, currency ? { ...value, currency } : value, score));
    };
    found.forEach((a, k) => {
      if (a.currency)
        out.push(
          entity(
            input,
            'money',
            a.start,
            a.end,
            { amount: a.amount, currency: a.currency },
            MONEY_SCORES.money,
          ),
        );
      const windowStart = Math.max(0, a.start - 32);
      const head = lower.slice(windowStart, a.start);
      const b = found[k + 1];
      const joined = b && joinerRe.test(lower.slice(a.end, b.start));
      const between = head.match(betweenRe);
      // "between 500 and 100" means 100 to 500; without "between", only an ascending pair is a range.
      if (joined && (between || ((a.currency || b.currency) && b.amount >= a.amount))) {
        const start = between ? windowStart + (between.index ?? 0) : a.start;
        const [min, max] = a.amount <= b.amount ? [a.amount, b.amount] : [b.amount, a.amount];
        range(start, b.end, { min, max }, a.currency ?? b.currency);
      }
      for (const kind of ['max', 'min', 'around'] as const) {
        const m = head.match(cues[kind]);
        if (m) range(windowStart + (m.index ?? 0), a.end, bound(kind, a.amount, tolerance), a.currency);
      }
      for (const kind of ['max', 'min'] as const) {
        const m = lower.slice(a.end, a.end + 24).match(suffixes[kind]);
        if (m) range(a.start, a.end + m[0].length, bound(kind, a.amount, tolerance), a.currency);
      }
    });
    return out;
  };
}

function bound(kind: 'max' | 'min' | 'around', amount: number, tolerance: number): PriceRangeValue {
  if (kind === 'max') return { max: amount };
  if (kind === 'min') return { min: amount };
  const round = (n: number) => Math.round(n * 100) / 100;
  return { around: amount, min: round(amount * (1 - tolerance)), max: round(amount * (1 + tolerance)) };
}
