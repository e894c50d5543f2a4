// Shipping addresses: a zod schema (required fields, a country we ship to, the postcode format of that
// country, a state/province where the country needs one) and a parser for one-message addresses
// ("Jane Doe, 12 Pine St, Portland, OR 97201, US").
import { z } from 'zod';
import { SUPPORTED_COUNTRIES } from './shippingRules';

/** Postcode formats by country; countries not listed accept 3–10 letters, digits, spaces or dashes. */
export const POSTCODES: Readonly<Record<string, RegExp>> = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  IE: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/i,
  NL: /^\d{4} ?[A-Z]{2}$/i,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  AU: /^\d{4}$/,
  NZ: /^\d{4}$/,
  JP: /^\d{3}-?\d{4}$/,
  SG: /^\d{6}$/,
};
const ANY_POSTCODE = /^[A-Z\d][A-Z\d -]{1,8}[A-Z\d]$/i;

/** Countries whose addresses need a state or province. */
export const REGION_REQUIRED: ReadonlySet<string> = new Set(['US', 'CA']);

/** Country names and codes shoppers write, to ISO codes. */
const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  usa: 'US',
  'united states': 'US',
  'united states of america': 'US',
  america: 'US',
  canada: 'CA',
  uk: 'GB',
  'united kingdom': 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  germany: 'DE',
  deutschland: 'DE',
  france: 'FR',
  ireland: 'IE',
  netherlands: 'NL',
  'the netherlands': 'NL',
  holland: 'NL',
  spain: 'ES',
  italy: 'IT',
  australia: 'AU',
  'new zealand': 'NZ',
  japan: 'JP',
  singapore: 'SG',
  'south korea': 'KR',
  norway: 'NO',
  switzerland: 'CH',
  mexico: 'MX',
  chile: 'CL',
};

/** The ISO code for a country as written ("Germany", "uk", "US"), or what was written upper-cased. */
export function countryCode(text: string): string {
  const key = text.trim().toLowerCase().replace(/\./g, '');
  return COUNTRY_NAMES[key] ?? key.toUpperCase();
}

/** A validated shipping address. */
export const AddressSchema = z
  .object({
    name: z.string().trim().min(2, 'name'),
    street: z.string().trim().min(3, 'street'),
    city: z.string().trim().min(2, 'city'),
    region: z.string().trim().min(2).optional(),
    postcode: z.string().trim().min(3, 'postcode'),
    country: z.string().refine((c) => SUPPORTED_COUNTRIES.includes(c), 'country'),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (!SUPPORTED_COUNTRIES.includes(a.country)) return;
    if (!(POSTCODES[a.country] ?? ANY_POSTCODE).test(a.postcode))
      ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'postcode' });
    if (REGION_REQUIRED.has(a.country) && !a.region)
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'region' });
  });
export type Address = z.infer<typeof AddressSchema>;

/** A parsed address, or the problems (codes: parts, name, street, city, region, postcode, country). */
export type AddressParse =
  { ok: true; address: Address } | { ok: false; problems: string[]; country: string };

/** Parses "name, street, city, [region] postcode, country" (commas or new lines) and validates it. */
export function parseAddress(text: string): AddressParse {
  const parts = text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 4) return { ok: false, problems: ['parts'], country: '' };
  const country = countryCode(parts[parts.length - 1]);
  const middle = parts.slice(2, -1);
  const format = POSTCODES[country] ?? ANY_POSTCODE;
  const withRegion = new RegExp(`^(?:([A-Za-z]{2,3})\\s+)?(${format.source.replace(/^\^|\$$/g, '')})$`, 'i');
  let postcode = '';
  let region: string | undefined;
  let at = -1;
  for (let i = middle.length - 1; i >= 0 && at < 0; i--) {
    const m = middle[i].match(withRegion);
    if (m && (i > 0 || middle.length === 1)) [at, region, postcode] = [i, m[1]?.toUpperCase(), m[2]];
  }
  const rest = middle.filter((_, i) => i !== at);
  const city = rest.shift() ?? '';
  region ??= rest.find((r) => /^[A-Za-z .]{2,30}$/.test(r))?.toUpperCase();
  if (at < 0 && middle.length > 1) {
    const last = middle[middle.length - 1].match(/^(?:([A-Za-z]{2,3})\s+)?(.+)$/)!;
    [region, postcode] = [last[1]?.toUpperCase() ?? region, last[2]];
  }
  const candidate = { name: parts[0], street: parts[1], city, region, postcode, country };
  const parsed = AddressSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, address: parsed.data };
  const problems = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? i.message)))];
  return { ok: false, problems, country };
}

/** An address on one line, for summaries. */
export function addressLine(a: Address): string {
  return [a.name, a.street, a.city, [a.region, a.postcode].filter(Boolean).join(' '), a.country].join(', ');
}
