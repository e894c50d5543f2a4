import { CartService } from '../../src/cart/cartService';
import { shoppingWorld } from './shoppingFixtures';

function setup() {
  const world = shoppingWorld();
  return { ...world, cart: new CartService(world.storage, world.catalog) };
}

describe('CartService', () => {
  it('adds a variant and shows line totals and the cart total in cents', async () => {
    const { cart, alice } = setup();
    await cart.add(alice, 'JKT-0001', 'JKT-0001-BLK-M', 2);
    const change = await cart.add(alice, 'ACC-0001', 'ACC-0001-GRY-OS');
    expect(change.kind).toBe('ok');
    const view = await cart.view(alice);
    expect(view.lines.map((l) => [l.sku, l.quantity, l.unitCents, l.lineCents])).toEqual([
      ['JKT-0001-BLK-M', 2, 24950, 49900],
      ['ACC-0001-GRY-OS', 1, 1299, 1299],
    ]);
    expect(view).toMatchObject({ itemCount: 3, totalCents: 51199 });
  });

  it('adding the same variant again raises its quantity', async () => {
    const { cart, alice } = setup();
    await cart.add(alice, 'JKT-0001', 'JKT-0001-BLK-M');
    await cart.add(alice, 'JKT-0001', 'JKT-0001-BLK-M', 2);
    expect((await cart.view(alice)).lines).toEqual([expect.objectContaining({ quantity: 3 })]);
  });

  it.each([
    ['a sold-out variant', 'JKT-0001', 'JKT-0001-BLU-L', 1, { kind: 'outOfStock', available: 0, inCart: 0 }],
    ['more than the stock', 'JKT-0001', 'JKT-0001-BLU-M', 4, { kind: 'outOfStock', available: 3, inCart: 0 }],
    ['an unknown product', 'JKT-9999', 'X', 1, { kind: 'unknownProduct' }],
    ['a variant of another product', 'JKT-0001', 'TNT-0001-GRN-OS', 1, { kind: 'unknownVariant' }],
  ])('refuses %s', async (_what, productId, sku, quantity, expected) => {
    const { cart, alice } = setup();
    expect(await cart.add(alice, productId, sku, quantity)).toEqual(expected);
    expect((await cart.view(alice)).lines).toHaveLength(0);
  });

  it('counts what is already in the cart against the stock', async () => {
    const { cart, alice } = setup();
    await cart.add(alice, 'JKT-0001', 'JKT-0001-BLU-M', 2);
    expect(await cart.add(alice, 'JKT-0001', 'JKT-0001-BLU-M', 2)).toEqual({
      kind: 'outOfStock',
      available: 3,
      inCart: 2,
    });
  });

  it('changes a quantity within stock, removes a line, and says when a line is not there', async () => {
    const { cart, alice } = setup();
    await cart.add(alice, 'JKT-0001', 'JKT-0001-BLK-M');
    expect((await cart.setQuantity(alice, 'JKT-0001-BLK-M', 4)).kind).toBe('ok');
    expect((await cart.setQuantity(alice, 'JKT-0001-BLK-M', 6)).kind).toBe('outOfStock');
    expect((await cart.view(alice)).totalCents).toBe(4 * 24950);
    expect((await cart.remove(alice, 'JKT-0001-BLK-M')).kind).toBe('ok');
    expect(await cart.remove(alice, 'JKT-0001-BLK-M')).toEqual({ kind: 'notInCart' });
    expect((await cart.view(alice)).itemCount).toBe(0);
  });

  it('keeps each shopper their own cart, across service instances (it lives in Storage)', async () => {
    const { cart, alice, bob, storage, catalog } = setup();
    await cart.add(alice, 'TNT-0001', 'TNT-0001-GRN-OS');
    const again = new CartService(storage, catalog);
    expect((await again.view(alice)).itemCount).toBe(1);
    expect((await again.view(bob)).itemCount).toBe(0);
  });

  it('does not lose concurrent additions (eTag-checked writes retry)', async () => {
    const { cart, alice } = setup();
    await Promise.all([
      cart.add(alice, 'ACC-0001', 'ACC-0001-GRY-OS'),
      cart.add(alice, 'TNT-0001', 'TNT-0001-GRN-OS'),
      cart.add(alice, 'JKT-0001', 'JKT-0001-BLK-M'),
    ]);
    expect((await cart.view(alice)).itemCount).toBe(3);
  });
});
