import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSeeds, type Seeds } from '../../src/seeds/readSeeds';
import { seedStore } from '../../src/seeds/seedStore';
import { ShopStore } from '../../src/shop/shopStore';

const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

let dir: string;
let seeds: Seeds;
beforeAll(async () => {
  seeds = await readSeeds(SEEDS_DIR);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shopkeeper-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ShopStore', () => {
  it('starts empty and unseeded when the file does not exist', async () => {
    const store = await ShopStore.open(join(dir, 'nested', 'shop.json'));
    expect(store.isSeeded()).toBe(false);
    expect(store.products()).toEqual([]);
    expect(store.product('JKT-0001')).toBeUndefined();
    expect(store.ordersOf('C0001')).toEqual([]);
  });

  it('loads seeds, indexes them, and reads them back after reopening', async () => {
    const path = join(dir, 'shop.json');
    const store = await ShopStore.open(path);
    await store.load(seeds, 'v1', new Date('2026-11-01T00:00:00Z'));
    expect(store.product('JKT-0001')?.name).toBe('Ridgeline Shell Jacket');
    const buyer = seeds.orders[0].customerId;
    expect(store.ordersOf(buyer).every((o) => o.customerId === buyer)).toBe(true);
    expect(store.ordersOf(buyer).length).toBe(seeds.orders.filter((o) => o.customerId === buyer).length);

    const reopened = await ShopStore.open(path);
    expect(reopened.isSeeded()).toBe(true);
    expect(reopened.seedVersion()).toBe('v1');
    expect(reopened.seededAt()).toBe('2026-11-01T00:00:00.000Z');
    expect(reopened.products()).toHaveLength(seeds.products.length);
    expect(reopened.customers()).toHaveLength(seeds.customers.length);
    expect(reopened.events()).toHaveLength(seeds.events.length);
    expect(reopened.orders()).toHaveLength(seeds.orders.length);
    expect(reopened.offers()).toHaveLength(seeds.offers.length);
    expect(reopened.customer('C0001')).toEqual(seeds.customers.find((c) => c.id === 'C0001'));
    expect(reopened.product(seeds.products[42].id)).toEqual(seeds.products[42]);
  });

  it('refuses a file that is not a shop store, naming it', async () => {
    const path = join(dir, 'shop.json');
    writeFileSync(path, JSON.stringify({ seededAt: null, seedVersion: null, products: 'nope' }));
    await expect(ShopStore.open(path)).rejects.toThrow(path);
  });
});

describe('seedStore', () => {
  it('seeds an empty store once, and again only when reset', async () => {
    const path = join(dir, 'shop.json');
    const log: string[] = [];
    const opts = { reset: false, log: (m: string) => log.push(m) };

    const first = await seedStore(await ShopStore.open(path), SEEDS_DIR, opts);
    expect(first.seeded).toBe(true);
    expect(first.counts).toEqual({
      products: seeds.products.length,
      customers: seeds.customers.length,
      events: seeds.events.length,
      orders: seeds.orders.length,
      offers: seeds.offers.length,
    });

    const reopened = await ShopStore.open(path);
    expect(reopened.seedVersion()).toMatch(/^[0-9a-f]{64}$/);
    const second = await seedStore(reopened, SEEDS_DIR, opts);
    expect(second).toEqual({ seeded: false, counts: first.counts });

    const third = await seedStore(reopened, SEEDS_DIR, { ...opts, reset: true });
    expect(third.seeded).toBe(true);
    expect(log).toHaveLength(3);
  });
});
