import { CartService } from '../../src/cart/cartService';
import { parseAddress, type Address } from '../../src/orders/address';
import { CatalogStock } from '../../src/orders/catalogStock';
import { OrderService } from '../../src/orders/orderService';
import { shoppingWorld } from '../cart/shoppingFixtures';

const address = (parseAddress('Jane Doe, 12 Pine St, Portland, OR 97201, US') as { address: Address })
  .address;

function setup() {
  const world = shoppingWorld();
  const cart = new CartService(world.storage, world.catalog);
  const stock = new CatalogStock(world.catalog);
  const orders = new OrderService(world.storage, cart, stock, {
    firstNumber: 20001,
    now: () => new Date('2026-03-01T10:00:00Z'),
  });
  const jacketStock = () => world.products[0].variants.find((v) => v.sku === 'JKT-0001-BLK-M')!.stock;
  return { ...world, cart, orders, jacketStock };
}

describe('OrderService', () => {
  it('places an order awaiting payment: lines, shipping, total, payment link; empties the cart; takes stock', async () => {
    const { cart, orders, alice, jacketStock } = setup();
    await cart.add(alice, 'JKT-0001', 'JKT-0001-BLK-M', 2);
    const result = await orders.place(alice, 'checkout-1', address, 'express');
    expect(result.kind).toBe('placed');
    const order = (result as { order: { id: string } }).order;
    expect(order).toMatchObject({
      id: '20001',
      status: 'awaiting_payment',
      lines: [{ sku: 'JKT-0001-BLK-M', quantity: 2, unitPrice: 249.5 }],
      shippingCost: 19.95,
      total: 518.95,
      paymentLink: expect.stringContaining('20001'),
    });
    expect((await cart.view(alice)).itemCount).toBe(0);
    expect(jacketStock()).toBe(3);
  });

  it('a repeated or concurrent confirmation of one checkout makes one order and takes stock once', async () => {
    const { cart, orders, alice, jacketStock } = setup();
    await cart.add(alice, 'JKT-0001', 'JKT-0001-BLK-M', 1);
    const [a, b] = await Promise.all([
      orders.place(alice, 'checkout-1', address, 'standard'),
      orders.place(alice, 'checkout-1', address, 'standard'),
    ]);
    const again = await orders.place(alice, 'checkout-1', address, 'standard');
    expect([a.kind, b.kind].sort()).toEqual(['alreadyPlaced', 'placed']);
    expect(again.kind).toBe('alreadyPlaced');
    const ids = [a, b, again].map((r) => (r as { order: { id: string } }).order.id);
    expect(new Set(ids).size).toBe(1);
    expect(jacketStock()).toBe(4);
  });

  it('takes no order number for a repeated yes or an empty cart, so the next order follows on', async () => {
    const { cart, orders, alice } = setup();
    await cart.add(alice, 'JKT-0001', 'JKT-0001-BLK-M', 1);
    expect((await orders.place(alice, 'checkout-1', address, 'standard')).kind).toBe('placed');
    expect((await orders.place(alice, 'checkout-1', address, 'standard')).kind).toBe('alreadyPlaced');
    expect((await orders.place(alice, 'checkout-2', address, 'standard')).kind).toBe('emptyCart');
    await cart.add(alice, 'JKT-0001', 'JKT-0001-BLK-M', 1);
    const next = await orders.place(alice, 'checkout-3', address, 'standard');
    expect(next.kind === 'placed' && next.order.id).toBe('20002');
  });

  it("lists a shopper's own recent orders, newest first, and nobody else's", async () => {
    const { cart, orders, alice, bob } = setup();
    for (const checkout of ['c1', 'c2']) {
      await cart.add(alice, 'JKT-0001', 'JKT-0001-BLK-M', 1);
      await orders.place(alice, checkout, address, 'standard');
    }
    expect((await orders.recent(alice)).map((o) => o.id)).toEqual(['20002', '20001']);
    expect(await orders.recent(alice, 1)).toHaveLength(1);
    expect(await orders.recent(bob)).toEqual([]);
  });

  it('refuses an empty cart and a line with too little stock left', async () => {
    const { cart, orders, alice, bob, products } = setup();
    expect((await orders.place(alice, 'c1', address, 'standard')).kind).toBe('emptyCart');
    await cart.add(bob, 'JKT-0001', 'JKT-0001-BLK-L', 1);
    products[0].variants.find((v) => v.sku === 'JKT-0001-BLK-L')!.stock = 0;
    expect(await orders.place(bob, 'c2', address, 'standard')).toMatchObject({ kind: 'short', available: 0 });
    expect((await cart.view(bob)).itemCount).toBe(1);
  });

  it('gives different shoppers different numbers and shows each only their own orders', async () => {
    const { cart, orders, alice, bob } = setup();
    await cart.add(alice, 'ACC-0001', 'ACC-0001-GRY-OS');
    await cart.add(bob, 'ACC-0001', 'ACC-0001-GRY-OS');
    const [a, b] = await Promise.all([
      orders.place(alice, 'ca', address, 'standard'),
      orders.place(bob, 'cb', address, 'standard'),
    ]);
    const [na, nb] = [a, b].map((r) => (r as { order: { id: string } }).order.id);
    expect(na).not.toBe(nb);
    expect((await orders.find(alice, na))?.id).toBe(na);
    expect(await orders.find(alice, nb)).toBeUndefined();
    expect(await orders.find(alice, '10234')).toBeUndefined();
  });

  it('cancels an unshipped order once, putting the stock back once; not someone else’s', async () => {
    const { cart, orders, alice, bob, jacketStock } = setup();
    await cart.add(alice, 'JKT-0001', 'JKT-0001-BLK-M', 2);
    const placed = await orders.place(alice, 'c1', address, 'standard');
    const number = (placed as { order: { id: string } }).order.id;
    expect((await orders.cancel(bob, number)).kind).toBe('notFound');
    expect(jacketStock()).toBe(3);
    expect((await orders.cancel(alice, number)).kind).toBe('cancelled');
    expect((await orders.cancel(alice, number)).kind).toBe('notCancellable');
    expect(jacketStock()).toBe(5);
  });
});
