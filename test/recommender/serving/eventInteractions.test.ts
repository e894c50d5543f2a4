import {
  eventInteractions,
  eventWeight,
  EVENT_INTERACTION_DEFAULTS,
} from '../../../src/recommender/serving/eventInteractions';

const W = EVENT_INTERACTION_DEFAULTS.weights;
const ev = (customerId: string, type: string, productId: string, at: string, rating?: number) => ({
  customerId,
  type,
  productId,
  at,
  rating,
});

describe('eventWeight', () => {
  it.each([
    ['view', undefined, 1],
    ['add_to_cart', undefined, 3],
    ['purchase', undefined, 5],
    ['remove_from_cart', undefined, -2],
    ['rating', 5, 2],
    ['rating', 1, -2],
    ['rating', undefined, 0],
    ['search', undefined, 0],
  ])('%s (rating %s) weighs %d', (type, rating, weight) => {
    expect(eventWeight(ev('C0001', type, 'P-1', '2025-01-01T00:00:00Z', rating), W)).toBe(weight);
  });
});

describe('eventInteractions', () => {
  it('sums a pair, decays old events by the half-life and keeps the latest timestamp', () => {
    const rows = eventInteractions(
      [
        ev('C0001', 'view', 'TNT-0001', '2025-01-01T00:00:00Z'),
        ev('C0001', 'purchase', 'TNT-0001', '2025-04-01T00:00:00Z'),
        ev('C0002', 'view', 'TNT-0001', '2025-04-01T00:00:00Z'),
      ],
      { halfLifeDays: 90, now: new Date('2025-04-01T00:00:00Z') },
    );
    const c1 = rows.find((r) => r.user === 'C0001');
    // 90 days before "now": the view counts half; the purchase counts whole.
    expect(c1?.value).toBeCloseTo(5 + 0.5, 5);
    expect(c1?.timestamp).toBe(Date.parse('2025-04-01T00:00:00Z') / 1000);
    expect(rows.find((r) => r.user === 'C0002')?.value).toBeCloseTo(1, 5);
  });

  it('measures age from the newest event by default', () => {
    const rows = eventInteractions([
      ev('C0001', 'view', 'A', '2020-01-01T00:00:00Z'),
      ev('C0002', 'view', 'B', '2020-03-31T00:00:00Z'),
    ]);
    expect(rows.find((r) => r.item === 'B')?.value).toBeCloseTo(1, 5);
    expect(rows.find((r) => r.item === 'A')?.value).toBeCloseTo(0.5, 1);
  });

  it('drops pairs whose weight is not positive and ignores unknown types and bad dates', () => {
    const rows = eventInteractions([
      ev('C0001', 'view', 'A', '2025-01-01T00:00:00Z'),
      ev('C0001', 'remove_from_cart', 'A', '2025-01-01T00:00:00Z'),
      ev('C0001', 'search', 'B', '2025-01-01T00:00:00Z'),
      ev('C0001', 'view', 'C', 'not a date'),
      ev('C0002', 'rating', 'D', '2025-01-01T00:00:00Z', 2),
    ]);
    expect(rows).toEqual([]);
  });
});
