// Money arithmetic in integer cents; the catalog and orders keep dollars with two decimals (as the schemas do).

/** Dollars (two decimals) to integer cents. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** Integer cents to dollars (two decimals). */
export function fromCents(cents: number): number {
  return Math.round(cents) / 100;
}
