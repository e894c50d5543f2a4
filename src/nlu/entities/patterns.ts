// Regular-expression building blocks shared by the pattern extractors, all built from lexicon words.

/** Before a word: not preceded by a letter or digit. */
export const B = '(?<![\\p{L}\\p{N}])';
/** After a word: not followed by a letter or digit. */
export const E = '(?![\\p{L}\\p{N}])';

/** A string matched literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternative per phrase, longest first; spaces and hyphens match any run of either. */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => escapeRegex(p).replace(/[\s-]+/g, '[\\s-]+')).join('|')})`;
}

/** Phrases as whole words: word boundaries only where the phrase starts or ends with a letter or digit. */
export function wordAlternation(phrases: readonly string[]): string {
  const bounded = (p: string) =>
    `${/^[\p{L}\p{N}]/u.test(p) ? B : ''}${alternation([p])}${/[\p{L}\p{N}]$/u.test(p) ? E : ''}`;
  const sorted = [...new Set(phrases.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(bounded).join('|')})`;
}

/** Unit-like phrases right after a number: no boundary before ("45l", "2p"), a word boundary after. */
export function suffixAlternation(phrases: readonly string[]): string {
  const bounded = (p: string) => `${alternation([p])}${/[\p{L}\p{N}]$/u.test(p) ? E : ''}`;
  const sorted = [...new Set(phrases.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(bounded).join('|')})`;
}

/** Numbers written with digits ("1,200.50") or, up to ninety-nine, in words ("twenty-five"). */
export class NumberWords {
  /** Regex source for one number (no boundaries, no groups). */
  readonly pattern: string;
  private readonly values: ReadonlyMap<string, number>;

  constructor(cardinals: Readonly<Record<string, number>>) {
    this.values = new Map(Object.entries(cardinals));
    const words = Object.keys(cardinals);
    const tens = words.filter((w) => cardinals[w] >= 20 && cardinals[w] < 100 && cardinals[w] % 10 === 0);
    const units = words.filter((w) => cardinals[w] >= 1 && cardinals[w] <= 9);
    const compound =
      tens.length && units.length ? `${alternation(tens)}[\\s-]+${alternation(units)}${E}|` : '';
    this.pattern = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${compound}${alternation(words)}${E})`;
  }

  /** The value of text matched by `pattern`, or undefined. */
  parse(text: string): number | undefined {
    const digits = text.replace(/,/g, '');
    if (/^\d/.test(digits)) return Number(digits);
    let total = 0;
    for (const word of text.toLowerCase().split(/[\s-]+/)) {
      const value = this.values.get(word);
      if (value === undefined) return undefined;
      total += value;
    }
    return total;
  }

  /** True for a word that is a number ("12", "three"). */
  isNumberWord(word: string): boolean {
    return /^\d+$/.test(word) || this.values.has(word);
  }
}
