// Confidence of a FAQ hit, 0..1: how much of the question the article explains (coverage)
// times how clearly it beats the runner-up (share).
//
//   coverage = Σ over the question's content words of 1 (matched exactly or through a synonym),
//              PARTIAL_MATCH (matched only by prefix or spelling tolerance) or 0, divided by
//              the number of content words
//   share    = score / (sum of the three best scores): 1/3..1 for the best hit; a tie of two
//              gives 0.5 at most, three close contenders about 1/3
//   confidence = coverage · share^SHARE_EXPONENT, so a lone, fully covered hit is 1

/** Credit for a question word matched only by prefix or fuzzy matching. */
export const PARTIAL_MATCH = 0.6;

/** How strongly a near tie with the runner-up lowers confidence (0 ignores the runner-up). */
export const SHARE_EXPONENT = 1;

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

/** Confidence of a hit with `score`, given the three best scores of the same search. */
export function confidence(cover: number, score: number, topScores: readonly number[]): number {
  const total = topScores.slice(0, 3).reduce((sum, s) => sum + s, 0);
  if (total <= 0) return 0;
  const share = score / total;
  return Math.min(1, Math.max(0, cover * share ** SHARE_EXPONENT));
}
