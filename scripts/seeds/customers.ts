// Customers, each with hidden traits (persona, activity, gender, sizes) for the behaviour generator.
import type { Customer } from '../../src/domain/schemas';
import { FAMILY_NAMES, MEN_NAMES, NEUTRAL_NAMES, WOMEN_NAMES } from './names';
import { PERSONAS, type Persona } from './personas';
import type { Rng } from './prng';
import { isoAt } from './time';
import { DAY_MS, REFERENCE_DATE } from './vocab';

export type Activity = 'light' | 'medium' | 'heavy';
export type ShopperGender = 'women' | 'men' | 'unknown';

/** A customer plus the hidden facts behind their behaviour. */
export interface Shopper {
  customer: Customer;
  persona: Persona;
  activity: Activity;
  gender: ShopperGender;
  apparelSize: string;
  bootSize: string;
  joinedMs: number;
}

export const CUSTOMER_COUNT = 260;
const COUNTRIES = { US: 62, CA: 12, GB: 10, DE: 6, FR: 5, AU: 5 };
const ACTIVITY = { light: 55, medium: 33, heavy: 12 };
const APPAREL_SIZES = {
  women: { S: 30, M: 40, L: 22, XL: 8 },
  men: { S: 10, M: 35, L: 35, XL: 20 },
  unknown: { S: 20, M: 35, L: 30, XL: 15 },
};
const BOOT_RANGE = { women: [37, 40], men: [42, 45], unknown: [39, 43] } as const;

/** Generates the customers with their hidden traits. */
export function generateShoppers(rng: Rng): Shopper[] {
  const emails = new Set<string>();
  return Array.from({ length: CUSTOMER_COUNT }, (_, i) => generateShopper(rng, i + 1, emails));
}

function generateShopper(rng: Rng, n: number, emails: Set<string>): Shopper {
  const gender = rng.weightedKey({ women: 46, men: 46, unknown: 8 }) as ShopperGender;
  const pool = gender === 'women' ? WOMEN_NAMES : gender === 'men' ? MEN_NAMES : NEUTRAL_NAMES;
  const first = rng.pick(pool);
  const last = rng.pick(FAMILY_NAMES);
  const apparelSize = rng.weightedKey(APPAREL_SIZES[gender]);
  const bootSize = `EU ${rng.int(BOOT_RANGE[gender][0], BOOT_RANGE[gender][1])}`;
  const joinedMs = joinedTime(rng);
  const customer: Customer = {
    id: `C${String(n).padStart(4, '0')}`,
    name: `${first} ${last}`,
    email: uniqueEmail(rng, first, last, emails),
    country: rng.weightedKey(COUNTRIES),
    joinedAt: isoAt(joinedMs),
    marketingOptIn: rng.chance(0.7),
  };
  if (rng.chance(0.5)) customer.preferredSizes = preferredSizes(rng, apparelSize, bootSize);
  const persona = rng.weighted(PERSONAS, (p) => p.share);
  const activity = rng.weightedKey(ACTIVITY);
  return { customer, persona, activity, gender, apparelSize, bootSize, joinedMs };
}

/** About half joined before the behaviour window (18 months), the rest during it. */
function joinedTime(rng: Rng): number {
  const daysAgo = rng.chance(0.5) ? rng.int(550, 1250) : rng.int(20, 549);
  return REFERENCE_DATE - daysAgo * DAY_MS - rng.int(0, 86399) * 1000;
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function uniqueEmail(rng: Rng, first: string, last: string, emails: Set<string>): string {
  const domain = rng.chance(0.6) ? 'example.com' : 'example.org';
  const base = rng.chance(0.7) ? `${ascii(first)}.${ascii(last)}` : `${ascii(first)[0]}${ascii(last)}`;
  let email = `${base}@${domain}`;
  for (let k = 2; emails.has(email); k++) email = `${base}${k}@${domain}`;
  emails.add(email);
  return email;
}

/** Stated sizes by category (a subset of the shopper's real sizes). */
function preferredSizes(rng: Rng, apparel: string, boot: string): Record<string, string> {
  const sizes: Record<string, string> = {};
  if (rng.chance(0.9)) sizes.jackets = apparel;
  if (rng.chance(0.6)) sizes['base-layers'] = apparel;
  if (rng.chance(0.6)) sizes.trousers = apparel;
  if (rng.chance(0.8)) sizes.boots = boot;
  if (Object.keys(sizes).length === 0) sizes.jackets = apparel;
  return sizes;
}
