// Consent and profile requests recognised by their words, before any intent: "stop sending me offers" must
// work whatever the NLU thinks of it, so it is a fixed, tested list of patterns rather than a prediction.

/** What a message asks about offers and the shopper's data, if anything. */
export type OfferRequest = 'opt_out' | 'opt_in' | 'alerts_on' | 'profile';

const PATTERNS: [OfferRequest, RegExp][] = [
  [
    'opt_out',
    /\b(stop|no more|don'?t|do not|quit|unsubscribe( me)?( from)?|opt( me)? out( of)?)\b.{0,30}\b(offers?|deals?|discounts?|promo(tion)?s?|coupons?|marketing|newsletters?|alerts?|reminders?)\b|^\s*(unsubscribe|opt out|stop offers)\s*[.!]*\s*$/i,
  ],
  [
    'opt_in',
    /\b(send|show|give)( me)? (offers|deals|discounts|coupons)( again)?\b|\bopt( me)? (back )?in\b/i,
  ],
  [
    'alerts_on',
    /\b(message|notify|remind|tell|alert) me\b.{0,40}\b(price drops?|back in stock|deals|cart)\b/i,
  ],
  [
    'profile',
    // "what do you have?" asks about the shop, so having and storing need "about me" / "on me".
    /\bwhat (do|did) you (know|remember)( about me| on me)?\b|\bwhat (do|did) you (have|store|keep)( stored)? (about|on) me\b|\bmy (profile|data you (have|keep))\b/i,
  ],
];

/** The request a message makes, or null. */
export function offerRequest(text: string): OfferRequest | null {
  for (const [request, pattern] of PATTERNS) if (pattern.test(text)) return request;
  return null;
}
