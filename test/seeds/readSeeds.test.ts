import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATEGORIES } from '../../src/domain/schemas';
import { readSeeds, SeedValidationError, type Seeds } from '../../src/seeds/readSeeds';

const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

describe('the committed seeds', () => {
  let seeds: Seeds;
  beforeAll(async () => {
    seeds = await readSeeds(SEEDS_DIR);
  });

  it.each([
    ['products', 300],
    ['customers', 200],
    ['events', 15000],
    ['orders', 300],
    ['offers', 6],
  ] as const)('has at least that many %s (%i)', (name, min) => {
    expect(seeds[name].length).toBeGreaterThanOrEqual(min);
  });

  it('covers at least 8 categories, most with 25+ products', () => {
    const counts = CATEGORIES.map((c) => seeds.products.filter((p) => p.category === c).length);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(8);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(25);
  });

  it('gives every product at least one variant and a unique name', () => {
    expect(seeds.products.every((p) => p.variants.length >= 1)).toBe(true);
    expect(new Set(seeds.products.map((p) => p.name)).size).toBe(seeds.products.length);
  });

  it('has the Ridgeline Shell Jacket the docs refer to', () => {
    const jacket = seeds.products.find((p) => p.name === 'Ridgeline Shell Jacket');
    expect(jacket).toMatchObject({
      category: 'jackets',
      attributes: { waterproof: true, waterproofRatingMm: 20000 },
    });
  });

  it('has behaviour with structure: viewed categories are concentrated per customer', () => {
    const categoryOf = new Map(seeds.products.map((p) => [p.id, p.category]));
    const views = new Map<string, Map<string, number>>();
    for (const e of seeds.events.filter((e) => e.type === 'view')) {
      const perCategory = views.get(e.customerId) ?? new Map<string, number>();
      const category = categoryOf.get(e.productId)!;
      perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
      views.set(e.customerId, perCategory);
    }
    const shares = [...views.values()].map((perCategory) => {
      const counts = [...perCategory.values()].sort((a, b) => b - a);
      return (counts[0] + (counts[1] ?? 0)) / counts.reduce((a, b) => a + b, 0);
    });
    // Uniform browsing over 10 categories would give about 0.2.
    expect(shares.reduce((a, b) => a + b, 0) / shares.length).toBeGreaterThan(0.5);
  });

  it('has events after the customer joined and the product was listed, before 2026-11-01', () => {
    const joined = new Map(seeds.customers.map((c) => [c.id, Date.parse(c.joinedAt)]));
    const listed = new Map(seeds.products.map((p) => [p.id, Date.parse(p.createdAt)]));
    const misplaced = seeds.events.filter((e) => {
      const at = Date.parse(e.at);
      return (
        at < joined.get(e.customerId)! ||
        at < listed.get(e.productId)! ||
        at >= Date.parse('2026-11-01T00:00:00Z')
      );
    });
    expect(misplaced).toEqual([]);
  });

  it('has order numbers from 10001 with totals that add up', () => {
    expect(seeds.orders.map((o) => Number(o.id)).sort((a, b) => a - b)[0]).toBe(10001);
    for (const o of seeds.orders) {
      const lines = o.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
      expect(o.total).toBeCloseTo(lines + o.shippingCost, 2);
    }
  });
});

describe('broken seeds', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shopkeeper-seeds-'));
    cpSync(SEEDS_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (name: string, change: (records: Record<string, unknown>[]) => void) => {
    const path = join(dir, `${name}.json`);
    const records = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
    change(records);
    writeFileSync(path, JSON.stringify(records));
  };

  const failure = async (): Promise<SeedValidationError> => {
    const err = await readSeeds(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SeedValidationError);
    return err as SeedValidationError;
  };

  it('names file, record and field for a bad value and a bad reference', async () => {
    edit('products', (products) => {
      (products[2].variants as Record<string, unknown>[])[0].stock = 'plenty';
    });
    edit('events', (events) => {
      events[5].productId = 'ZZZ-9999';
    });
    const err = await failure();
    expect(err.message).toMatch(/products\.json record JKT-0003 field variants\.0\.stock: .*expected number/);
    expect(err.message).toMatch(/events\.json record #5 field productId: unknown product ZZZ-9999/);
    expect(err.problems).toHaveLength(2);
  });

  it('reports an order line whose SKU is not a variant of its product', async () => {
    edit('orders', (orders) => {
      (orders[0].lines as Record<string, unknown>[])[0].sku = 'NOT-A-SKU';
    });
    const err = await failure();
    expect(err.problems).toEqual([
      expect.objectContaining({
        record: '10001',
        field: 'lines.0.sku',
        file: expect.stringMatching(/orders\.json$/),
      }),
    ]);
  });

  it('names the file on a JSON syntax error', async () => {
    writeFileSync(join(dir, 'customers.json'), '[{"id": "C0001",');
    const err = await failure();
    expect(err.message).toMatch(/customers\.json: invalid JSON/);
  });

  it('lists at most 20 problems in the message, then "and N more"', async () => {
    edit('customers', (customers) => customers.slice(0, 25).forEach((c) => (c.email = 'not-an-email')));
    const err = await failure();
    expect(err.problems).toHaveLength(25);
    expect(err.message).toContain('and 5 more');
    expect(err.message.split('\n').filter((l) => l.includes('field email'))).toHaveLength(20);
  });
});
