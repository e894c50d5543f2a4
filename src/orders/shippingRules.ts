// The store's published shipping rates (knowledge/faq/shipping.json: "Shipping within the United States",
// "… to Canada", "… to the UK and the European Union", "… to the rest of the world", "Free shipping
// threshold", "Express and next-day delivery") as rules: zone by country, cost and days by method.

/** Shipping methods. */
export type ShippingMethod = 'standard' | 'express';

/** Shipping zones with their own rates. */
export type ShippingZone = 'us' | 'usRemote' | 'canada' | 'ukEu' | 'international';

/** One way to ship an order: method, cost in cents and business days. */
export interface ShippingOption {
  method: ShippingMethod;
  costCents: number;
  days: string;
}

/** The EU member states we ship to (all of them). */
export const EU_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/** "Australia, New Zealand, Japan, South Korea, Singapore, Norway, Switzerland, Mexico, Chile". */
export const INTERNATIONAL_COUNTRIES = ['AU', 'NZ', 'JP', 'KR', 'SG', 'NO', 'CH', 'MX', 'CL'] as const;

/** Every country the store ships to. */
export const SUPPORTED_COUNTRIES: readonly string[] = [
  'US',
  'CA',
  'GB',
  ...EU_COUNTRIES,
  ...INTERNATIONAL_COUNTRIES,
];

/** US regions outside the contiguous states: standard shipping only, at the remote rate. */
export const US_REMOTE_REGIONS: ReadonlySet<string> = new Set([
  'AK',
  'HI',
  'PR',
  'AA',
  'AE',
  'AP',
  'GU',
  'VI',
]);

/** Rates per zone and method (cents, business days); a zone without express offers standard only. */
export const RATES: Readonly<
  Record<ShippingZone, Partial<Record<ShippingMethod, Omit<ShippingOption, 'method'>>>>
> = {
  us: { standard: { costCents: 695, days: '3–5' }, express: { costCents: 1995, days: '1–2' } },
  usRemote: { standard: { costCents: 1495, days: '5–9' } },
  canada: { standard: { costCents: 1495, days: '5–8' }, express: { costCents: 3495, days: '2–4' } },
  ukEu: { standard: { costCents: 2495, days: '7–12' }, express: { costCents: 4995, days: '3–5' } },
  international: { standard: { costCents: 3495, days: '10–20' }, express: { costCents: 6495, days: '4–7' } },
};

/** Standard shipping is free from this subtotal (after discounts, before tax), wherever we deliver. */
export const FREE_STANDARD_FROM_CENTS = 7500;

/** The zone of a destination, or undefined when the store doesn't ship there. */
export function shippingZone(country: string, region?: string): ShippingZone | undefined {
  if (country === 'US') return region && US_REMOTE_REGIONS.has(region.toUpperCase()) ? 'usRemote' : 'us';
  if (country === 'CA') return 'canada';
  if (country === 'GB' || (EU_COUNTRIES as readonly string[]).includes(country)) return 'ukEu';
  if ((INTERNATIONAL_COUNTRIES as readonly string[]).includes(country)) return 'international';
  return undefined;
}

/** True for PO boxes, which express can't reach. */
export function isPoBox(street: string): boolean {
  return /\bp\.?\s*o\.?\s*box\b/i.test(street);
}

/** The ways to ship an order of `subtotalCents` to an address, cheapest first (empty when we don't ship there). */
export function shippingOptions(
  address: { country: string; region?: string; street: string },
  subtotalCents: number,
): ShippingOption[] {
  const zone = shippingZone(address.country, address.region);
  if (!zone) return [];
  const options: ShippingOption[] = [];
  for (const method of ['standard', 'express'] as const) {
    const rate = RATES[zone][method];
    if (!rate || (method === 'express' && isPoBox(address.street))) continue;
    const free = method === 'standard' && subtotalCents >= FREE_STANDARD_FROM_CENTS;
    options.push({ method, days: rate.days, costCents: free ? 0 : rate.costCents });
  }
  return options;
}
