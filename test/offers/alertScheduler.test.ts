import { AlertScheduler, type AlertMessage, type IdleCart } from '../../src/offers/proactive/alertScheduler';

const alice = { channelId: 'directline', userId: 'alice' };
const bob = { channelId: 'directline', userId: 'bob' };

function setup() {
  const stock = new Map<string, number>([['JKT-0001', 0]]);
  const prices = new Map<string, number>([['TNT-0001', 40000]]);
  const consent = new Map([
    ['alice', { offers: true, proactive: true }],
    ['bob', { offers: true, proactive: false }],
  ]);
  const carts: IdleCart[] = [];
  const delivered: { to: unknown; message: AlertMessage }[] = [];
  const scheduler = new AlertScheduler({
    consent: async (s) => consent.get(s.userId)!,
    stock: (id) => stock.get(id) ?? 0,
    priceCents: (id) => prices.get(id),
    idleCarts: async (olderThan) => carts.filter((c) => c.updatedAt < olderThan.toISOString()),
    deliver: async (to, message) => void delivered.push({ to, message }),
  });
  return { scheduler, stock, prices, consent, carts, delivered };
}

const at = (iso: string) => new Date(iso);

describe('AlertScheduler', () => {
  it('sends a back-in-stock alert once, when the item is back', async () => {
    const { scheduler, stock, delivered } = setup();
    await scheduler.subscribe({
      shopper: alice,
      reference: { conversation: 'a' },
      kind: 'back_in_stock',
      productId: 'JKT-0001',
      priceCents: 20000,
    });
    expect((await scheduler.tick(at('2026-12-02T10:00:00Z'))).sent).toBe(0);
    stock.set('JKT-0001', 3);
    expect((await scheduler.tick(at('2026-12-02T11:00:00Z'))).sent).toBe(1);
    expect(delivered[0]).toEqual({
      to: { conversation: 'a' },
      message: { kind: 'back_in_stock', productId: 'JKT-0001', sku: undefined },
    });
    expect((await scheduler.tick(at('2026-12-03T11:00:00Z'))).sent).toBe(0);
    expect(await scheduler.pending()).toHaveLength(0);
  });

  it('waits for the end of quiet hours', async () => {
    const { scheduler, prices, delivered } = setup();
    await scheduler.subscribe({
      shopper: alice,
      reference: {},
      kind: 'price_drop',
      productId: 'TNT-0001',
      priceCents: 40000,
    });
    prices.set('TNT-0001', 35000);
    expect(await scheduler.tick(at('2026-12-02T23:30:00Z'))).toMatchObject({ sent: 0, deferredQuiet: 1 });
    expect(await scheduler.tick(at('2026-12-03T07:59:00Z'))).toMatchObject({ sent: 0, deferredQuiet: 1 });
    expect(await scheduler.tick(at('2026-12-03T08:00:00Z'))).toMatchObject({ sent: 1 });
    expect(delivered[0].message).toEqual({
      kind: 'price_drop',
      productId: 'TNT-0001',
      wasCents: 40000,
      nowCents: 35000,
    });
  });

  it('never messages a shopper who has not opted in, and drops their alerts', async () => {
    const { scheduler, stock, delivered } = setup();
    stock.set('JKT-0001', 2);
    await scheduler.subscribe({
      shopper: bob,
      reference: {},
      kind: 'back_in_stock',
      productId: 'JKT-0001',
      priceCents: 1,
    });
    expect(await scheduler.tick(at('2026-12-02T12:00:00Z'))).toMatchObject({ sent: 0, cappedOrNoConsent: 1 });
    expect(delivered).toHaveLength(0);
    expect(await scheduler.pending()).toHaveLength(0);
  });

  it('reminds of an idle cart once per cart version, within the caps', async () => {
    const { scheduler, carts, stock, delivered } = setup();
    carts.push({
      shopper: alice,
      reference: {},
      count: 2,
      totalCents: 12000,
      updatedAt: '2026-12-02T06:00:00Z',
    });
    expect((await scheduler.tick(at('2026-12-02T09:00:00Z'))).sent).toBe(0); // 3 h idle
    expect((await scheduler.tick(at('2026-12-02T10:30:00Z'))).sent).toBe(1);
    expect((await scheduler.tick(at('2026-12-02T11:30:00Z'))).sent).toBe(0);
    // a back-in-stock alert the same day waits for the daily cap
    stock.set('JKT-0001', 1);
    await scheduler.subscribe({
      shopper: alice,
      reference: {},
      kind: 'back_in_stock',
      productId: 'JKT-0001',
      priceCents: 1,
    });
    expect(await scheduler.tick(at('2026-12-02T15:00:00Z'))).toMatchObject({ sent: 0, cappedOrNoConsent: 1 });
    expect((await scheduler.tick(at('2026-12-03T10:31:00Z'))).sent).toBe(1);
    expect(delivered.map((d) => d.message.kind)).toEqual(['cart_reminder', 'back_in_stock']);
  });
});
