import { join } from 'node:path';
import { CartService } from '../../src/cart/cartService';
import { loadFaq } from '../../src/knowledge/loadFaq';
import { parseAddress, type Address } from '../../src/orders/address';
import { CatalogStock } from '../../src/orders/catalogStock';
import { orderKey, type PlacedOrder } from '../../src/orders/orderRecord';
import { OrderService } from '../../src/orders/orderService';
import { RETURN_WINDOW_DAYS, returnEligibility, type ReturnRequest } from '../../src/orders/returns';
import { PROJECT_ROOT } from '../../src/paths';
import { shoppingWorld } from '../cart/shoppingFixtures';

const NOW = new Date('2026-06-01T12:00:00Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const address = (parseAddress('Jane Doe, 12 Pine St, Portland, OR 97201, US') as { address: Address })
  .address;

const REQUEST: ReturnRequest = {
  returnNumber: 'R20001',
  reason: 'doesnt_fit',
  lines: [{ sku: 'JKT-0001-BLK-M', quantity: 1 }],
  requestedAt: daysBefore(1),
};

function order(change: Partial<PlacedOrder>): PlacedOrder {
  return {
    id: '20001',
    shopper: { channelId: 'directline', userId: 'alice' },
    checkoutId: 'c1',
    status: 'delivered',
    lines: [{ productId: 'JKT-0001', sku: 'JKT-0001-BLK-M', quantity: 1, unitPrice: 249.5 }],
    shippingCost: 0,
    total: 249.5,
    currency: 'USD',
    shippingCountry: 'US',
    placedAt: daysBefore(70),
    shippingMethod: 'standard',
    shippingAddress: address,
    paymentLink: 'https://pay.example.invalid/orders/20001',
    ...change,
  };
}

describe('returnEligibility', () => {
  it.each([
    ['delivered yesterday', { deliveredAt: daysBefore(1) }, 'eligible'],
    ['delivered exactly at the window', { deliveredAt: daysBefore(RETURN_WINDOW_DAYS) }, 'eligible'],
    ['outside the window by one day', { deliveredAt: daysBefore(RETURN_WINDOW_DAYS + 1) }, 'outsideWindow'],
    ['delivered, no date: counts from shipping', { shippedAt: daysBefore(61) }, 'outsideWindow'],
    ['awaiting payment', { status: 'awaiting_payment' as const }, 'notDelivered'],
    ['shipped', { status: 'shipped' as const, shippedAt: daysBefore(2) }, 'notDelivered'],
    ['cancelled', { status: 'cancelled' as const }, 'closed'],
    ['already requested', { deliveredAt: daysBefore(3), returnRequest: REQUEST }, 'alreadyRequested'],
  ])('%s → %s', (_name, change, kind) => {
    expect(returnEligibility(order(change), NOW).kind).toBe(kind);
  });

  it('gives the deadline: delivery + the window', () => {
    const e = returnEligibility(order({ deliveredAt: daysBefore(10) }), NOW);
    expect(e).toMatchObject({ kind: 'eligible', deadline: new Date(daysBefore(10 - RETURN_WINDOW_DAYS)) });
  });

  it("states the same window as the FAQ's return-policy answer", () => {
    const { articles } = loadFaq(join(PROJECT_ROOT, 'knowledge', 'faq'));
    const policy = articles.find((a) => a.id === 'return-policy')!;
    expect(policy.answer.match(/within (\d+) days of delivery/)?.[1]).toBe(String(RETURN_WINDOW_DAYS));
  });
});

describe('OrderService.startReturn', () => {
  async function setup(change: Partial<PlacedOrder> = {}) {
    const world = shoppingWorld();
    const cart = new CartService(world.storage, world.catalog);
    const orders = new OrderService(world.storage, cart, new CatalogStock(world.catalog), {
      firstNumber: 20001,
      now: () => NOW,
    });
    await cart.add(world.alice, 'JKT-0001', 'JKT-0001-BLK-M', 1);
    await cart.add(world.alice, 'ACC-0001', 'ACC-0001-GRY-OS', 2);
    const placed = (await orders.place(world.alice, 'c1', address, 'standard')) as { order: PlacedOrder };
    const key = orderKey(placed.order.id);
    const stored = (await world.storage.read([key]))[key];
    await world.storage.write({
      [key]: { ...stored, status: 'delivered', deliveredAt: daysBefore(5), ...change, eTag: '*' },
    });
    return { ...world, orders, number: placed.order.id };
  }

  it.each([
    ['eligible, all items', {}, undefined, 'requested'],
    ['eligible, one item', {}, ['ACC-0001-GRY-OS'], 'requested'],
    ['not delivered', { status: 'processing' as const, deliveredAt: undefined }, undefined, 'notReturnable'],
    ['outside the window by one day', { deliveredAt: daysBefore(61) }, undefined, 'notReturnable'],
    ['already requested', { returnRequest: REQUEST }, undefined, 'alreadyRequested'],
  ])('%s → %s', async (_name, change, skus, kind) => {
    const { orders, alice, number } = await setup(change);
    const result = await orders.startReturn(alice, number, { reason: 'damaged', skus });
    expect(result.kind).toBe(kind);
  });

  it('records the request on the order: reason, lines, time and return number', async () => {
    const { orders, alice, number } = await setup();
    await orders.startReturn(alice, number, { reason: 'damaged', skus: ['ACC-0001-GRY-OS'] });
    expect((await orders.find(alice, number))?.returnRequest).toEqual({
      returnNumber: `R${number}`,
      reason: 'damaged',
      lines: [{ sku: 'ACC-0001-GRY-OS', quantity: 2 }],
      requestedAt: NOW.toISOString(),
    });
  });

  it("says not found for someone else's order and leaves it alone", async () => {
    const { orders, alice, bob, number } = await setup();
    expect((await orders.startReturn(bob, number, { reason: 'other' })).kind).toBe('notFound');
    expect((await orders.find(alice, number))?.returnRequest).toBeUndefined();
  });

  it('concurrent or repeated confirmations record one request and all get it', async () => {
    const { orders, alice, number } = await setup();
    const results = await Promise.all(
      ['damaged', 'doesnt_fit', 'other'].map((reason) =>
        orders.startReturn(alice, number, { reason: reason as 'other' }),
      ),
    );
    const again = await orders.startReturn(alice, number, { reason: 'other' });
    const kinds = [...results, again].map((r) => r.kind);
    expect(kinds.filter((k) => k === 'requested')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'alreadyRequested')).toHaveLength(3);
    const requests = [...results, again].map((r) => (r as { request: ReturnRequest }).request);
    expect(new Set(requests.map((r) => JSON.stringify(r))).size).toBe(1);
  });
});
