// Coupon codes: 60 random bits from node:crypto in Crockford base32 (no I, L, O, U), grouped for reading
// aloud — "SK-7KQ2-M9XD-4HTP" — unguessable (2^60 codes per shopper's one) and checked for shape before
// any Storage read.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SHAPE = /^SK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A new random code. */
export function newCouponCode(random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(12);
  let chars = '';
  for (let i = 0; i < 12; i++) chars += ALPHABET[bytes[i] & 31];
  return `SK-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** A code as typed ("sk 7kq2 m9xd 4htp", "SK7KQ2M9XD4HTP", O for 0) in its canonical form, or null. */
export function normalizeCouponCode(text: string): string | null {
  const raw = text
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!raw.startsWith('SK') || raw.length !== 14) return null;
  const body = raw.slice(2);
  const code = `SK-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}`;
  return SHAPE.test(code) ? code : null;
}

const CODE_IN_TEXT = /\bsk[\s-]?[0-9a-z]{4}[\s-]?[0-9a-z]{4}[\s-]?[0-9a-z]{4}\b/i;

/** A coupon code inside a message, if there is one. */
export function findCouponCode(text: string): string | null {
  const m = CODE_IN_TEXT.exec(text);
  return m ? normalizeCouponCode(m[0]) : null;
}

/** The message with each coupon code replaced by the word "code", for understanding the words around it. */
export function maskCouponCodes(text: string): string {
  return text.replace(new RegExp(CODE_IN_TEXT.source, 'gi'), 'code');
}
