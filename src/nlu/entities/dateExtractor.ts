// Dates ("yesterday", "last Tuesday", "on March 3rd", "2 weeks ago") as ISO dates relative to "now".
// The only home of chrono-node. Parsing costs ~50 µs, so it runs only when a cheap test sees a date word.
import * as chrono from 'chrono-node';
import { entity, type ExtractedEntity, type Extractor } from './types';

/** Scores: a named day is sure; a weekday or relative phrase ("last week") a little less. */
export const DATE_SCORES = { day: 0.9, relative: 0.8 };

/** Words or shapes without which chrono is not asked (it finds nothing in most messages). */
const DATE_HINT =
  /\b(today|tonight|yesterday|tomorrow|ago|days?|nights?|weeks?|weekend|months?|years?|(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\d{1,4}[/.-]\d{1,2}|\d(st|nd|rd|th)\b/i;

/** Single words chrono reads as dates that are usually something else ("sat in the tent", "may I"). */
const AMBIGUOUS = new Set(['sat', 'sun', 'wed', 'mar', 'may', 'march', 'second', 'jan', 'june', 'aug']);

/** "on the 3rd": a day of the current month, or of the last one when that day is still to come. */
const DAY_OF_MONTH: chrono.Parser = {
  pattern: () => /(?<=\b(?:on|since|from|until|by|before|after) )the (\d{1,2})(?:st|nd|rd|th)\b(?! of)/i,
  extract: (context, match) => {
    const ref = context.reference.instant;
    const day = Number(match[1]);
    const back = day > ref.getDate() ? 1 : 0;
    const date = new Date(ref.getFullYear(), ref.getMonth() - back, day);
    if (day < 1 || date.getDate() !== day) return null;
    return { day, month: date.getMonth() + 1, year: date.getFullYear() };
  },
};

/** Builds the date extractor; times without a day ("at 5pm") and bare months are left out. */
export function dateExtractor(): Extractor {
  const parser = chrono.casual.clone();
  parser.parsers.push(DAY_OF_MONTH);
  return (input) => {
    if (!DATE_HINT.test(input.lower)) return [];
    const out: ExtractedEntity[] = [];
    for (const result of parser.parse(input.text, input.now, { forwardDate: false })) {
      const text = result.text.toLowerCase().trim();
      const start = result.start;
      const day = start.isCertain('day');
      const relative = /ago|yesterday|today|tomorrow|tonight|week|month|year/.test(text);
      if (AMBIGUOUS.has(text) || !(day || start.isCertain('weekday') || relative)) continue;
      const date = start.date();
      if (Number.isNaN(date.getTime())) continue;
      const score = day ? DATE_SCORES.day : DATE_SCORES.relative;
      out.push(entity(input, 'date', result.index, result.index + result.text.length, isoDate(date), score));
    }
    return out;
  };
}

/** The local calendar date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
