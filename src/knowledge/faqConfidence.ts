// Confidence of a FAQ hit, 0..1: how much of the question the article explains (coverage)
// times how clearly it beats the other hits (share).
//
//   coverage = Σ over the question's content words of 1 (matched exactly or through a synonym),
//              PARTIAL_MATCH (matched only by prefix or spelling tolerance) or 0, divided by
//              the number of content words
//   share    = a softmax of the hits' scores at TEMPERATURE: exp(score / T) / Σ exp(s / T) over
//              the best MAX_RIVALS hits; a tie of two gives 0.5 at most, and a hit that leads
//              the runner-up by a few temperatures gets close to 1
//   confidence = coverage · share, so a lone, fully covered hit is 1

/** Credit for a question word matched only by prefix or fuzzy matching. */
export const PARTIAL_MATCH = 0.6;

/**
 * Score difference (in the fused score's units: 0..1.5 from words, plus up to the learned weight of
 * meaning when it is on) that multiplies the odds of the better
 * of two hits by e. Chosen on held-out phrasings other than those bench:faq reports (see the
 * bench's calibration split).
 */
export const TEMPERATURE = 0.25;

/** Hits that compete for the share. */
export const MAX_RIVALS = 5;

/** How a question word matched one article. */
export type WordMatch = 'exact' | 'partial' | 'none';

/** Fraction of the question explained by the article (see the header). */
export function coverage(matches: readonly WordMatch[]): number {
  if (matches.length === 0) return 0;
  const credit = matches.reduce(
    (sum, m) => sum + (m === 'exact' ? 1 : m === 'partial' ? PARTIAL_MATCH : 0),
    0,
  );
  return credit / matches.length;
}

/** Confidence of a hit with `score`, given the best scores of the same search (best first). */
export function confidence(
  cover: number,
  score: number,
  topScores: readonly number[],
  temperature = TEMPERATURE,
): number {
  if (topScores.length === 0 || temperature <= 0) return 0;
  const rivals = topScores.slice(0, MAX_RIVALS);
  const total = rivals.reduce((sum, s) => sum + Math.exp((s - score) / temperature), 0);
  const share = rivals.includes(score) ? 1 / total : 1 / (total + 1);
  return Math.min(1, Math.max(0, cover * share));
}
