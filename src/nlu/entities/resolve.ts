// Overlap resolution: of overlapping candidates the longer span wins, then the more confident one,
// then the type listed first in TYPE_PRIORITY; the survivors come back in text order.
import type { EntityType, ExtractedEntity } from './types';

/** Tie-break order between equally long, equally confident candidates. */
export const TYPE_PRIORITY: readonly EntityType[] = [
  'product',
  'brand',
  'orderNumber',
  'priceRange',
  'money',
  'date',
  'size',
  'colour',
  'category',
  'material',
  'attribute',
  'ordinal',
  'quantity',
];

/** Non-overlapping entities, ordered by start (then end). */
export function resolveOverlaps(candidates: readonly ExtractedEntity[]): ExtractedEntity[] {
  const rank = (e: ExtractedEntity) => TYPE_PRIORITY.indexOf(e.type);
  const ordered = candidates
    .filter((e) => e.end > e.start)
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) || b.score - a.score || rank(a) - rank(b) || a.start - b.start,
    );
  const kept: ExtractedEntity[] = [];
  for (const e of ordered) if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
