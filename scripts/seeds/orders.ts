// Orders from the purchases: numbers from 10001, statuses by age, consistent dates and totals.
import type { Customer, Order } from '../../src/domain/schemas';
import type { Rng } from './prng';
import type { PendingOrder } from './session';
import { isoAt } from './time';
import { DAY_MS, REFERENCE_DATE } from './vocab';

export const FIRST_ORDER_NUMBER = 10001;
type Status = Order['status'];

/** Turns pending orders (sorted by time) into numbered orders. */
export function generateOrders(rng: Rng, pending: PendingOrder[], customers: Customer[]): Order[] {
  const countryOf = new Map(customers.map((c) => [c.id, c.country]));
  return pending.map((p, i) => {
    const country = countryOf.get(p.customerId) ?? 'US';
    const subtotal = cents(p.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0));
    const shippingCost = shippingFor(country, subtotal);
    const order: Order = {
      id: String(FIRST_ORDER_NUMBER + i),
      customerId: p.customerId,
      status: 'processing',
      lines: p.lines,
      shippingCost,
      total: cents(subtotal + shippingCost),
      currency: 'USD',
      shippingCountry: country,
      placedAt: isoAt(p.placedMs),
    };
    return { ...order, ...fulfilment(rng, p.placedMs, country) };
  });
}

const cents = (x: number) => Math.round(x * 100) / 100;

/** Free over $100 at home and over $250 abroad; flat rates otherwise. */
export function shippingFor(country: string, subtotal: number): number {
  if (country === 'US') return subtotal >= 100 ? 0 : 7.95;
  if (country === 'CA') return subtotal >= 250 ? 0 : 14.95;
  return subtotal >= 250 ? 0 : 24.95;
}

/** A status that fits the order's age, with shipping and delivery dates to match. */
function fulfilment(
  rng: Rng,
  placedMs: number,
  country: string,
): Pick<Order, 'status' | 'shippedAt' | 'deliveredAt'> {
  const status = statusByAge(rng, (REFERENCE_DATE - placedMs) / DAY_MS);
  if (status === 'awaiting_payment' || status === 'processing' || status === 'cancelled') return { status };
  const shippedMs = placedMs + rng.float(0.3, 2.5) * DAY_MS;
  if (shippedMs >= REFERENCE_DATE) return { status: 'processing' };
  const transitDays = country === 'US' ? rng.float(1.5, 5) : rng.float(4, 10);
  const deliveredMs = shippedMs + transitDays * DAY_MS;
  if (status === 'shipped' || deliveredMs >= REFERENCE_DATE)
    return { status: 'shipped', shippedAt: isoAt(shippedMs) };
  return { status, shippedAt: isoAt(shippedMs), deliveredAt: isoAt(deliveredMs) };
}

function statusByAge(rng: Rng, ageDays: number): Status {
  if (ageDays < 2) return rng.weightedKey<Status>({ awaiting_payment: 15, processing: 60, shipped: 25 });
  if (ageDays < 10)
    return rng.weightedKey<Status>({ processing: 10, shipped: 50, delivered: 35, cancelled: 5 });
  return rng.weightedKey<Status>({ delivered: 90, returned: 5, cancelled: 5 });
}
