// "Tell me when the blue one is back in size M", "notify me if the price drops": a request for one alert
// about one product, recognised by its words before any intent (like the consent phrases, which it
// precedes: "notify me about price drops" with no "when/if" stays the general opt-in to alerts).

/** The alert a message asks for, if any. */
export type AlertAsk = 'back_in_stock' | 'price_drop';

const ASK = String.raw`\b(tell me|let me know|notify me|message me|alert me|ping me|remind me|send me a message)\b`;
const WHEN = String.raw`\b(when|if|once|as soon as|whenever)\b`;

const PATTERNS: [AlertAsk, RegExp][] = [
  [
    'price_drop',
    new RegExp(
      `${ASK}.{0,30}${WHEN}.{0,50}\\b(price (drops?|goes down|comes down|falls|is (lower|reduced|cut))|(drops?|goes down|comes down|falls) in price|(gets?|goes|is) (cheaper|reduced|discounted|marked down)|(goes )?on sale)\\b`,
      'i',
    ),
  ],
  [
    'back_in_stock',
    new RegExp(`${ASK}.{0,30}${WHEN}.{0,60}\\b(back|in stock|available|restock(ed)?|comes? in)\\b`, 'i'),
  ],
];

/** The alert asked for, or null. */
export function alertAsk(text: string): AlertAsk | null {
  for (const [ask, pattern] of PATTERNS) if (pattern.test(text)) return ask;
  return null;
}
