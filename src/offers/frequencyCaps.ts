// How often one shopper may be shown an offer: per day, per week, a minimum gap, and no repeat of the same
// offer within a day. The history is the list of offers shown to the shopper (newest last).

/** An offer shown to a shopper. */
export interface Contact {
  at: string;
  offerId: string;
}

/** The caps, overridable. */
export interface FrequencyCaps {
  perDay: number;
  perWeek: number;
  minGapMinutes: number;
  /** The same offer is not shown again within this many hours. */
  repeatAfterHours: number;
}

/** Defaults for FrequencyCaps. */
export const DEFAULTS: FrequencyCaps = { perDay: 2, perWeek: 4, minGapMinutes: 30, repeatAfterHours: 24 };

/** Why a cap stops an offer now, or null when it may be shown. */
export function capReached(
  history: readonly Contact[],
  now: Date,
  offerId?: string,
  caps: FrequencyCaps = DEFAULTS,
): 'per_day' | 'per_week' | 'min_gap' | 'repeat' | null {
  const t = now.getTime();
  const ages = history
    .map((c) => ({ age: t - Date.parse(c.at), offerId: c.offerId }))
    .filter((c) => c.age >= 0);
  if (ages.some((c) => c.age < caps.minGapMinutes * 60_000)) return 'min_gap';
  if (ages.filter((c) => c.age < 86_400_000).length >= caps.perDay) return 'per_day';
  if (ages.filter((c) => c.age < 7 * 86_400_000).length >= caps.perWeek) return 'per_week';
  if (offerId && ages.some((c) => c.offerId === offerId && c.age < caps.repeatAfterHours * 3_600_000))
    return 'repeat';
  return null;
}

/** The history with `contact` added, trimmed to the last week. */
export function withContact(history: readonly Contact[], contact: Contact): Contact[] {
  const t = Date.parse(contact.at);
  return [...history.filter((c) => t - Date.parse(c.at) < 7 * 86_400_000), contact];
}
