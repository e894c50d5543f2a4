import { capReached, withContact, type Contact } from '../../src/offers/frequencyCaps';

const now = new Date('2026-11-01T12:00:00Z');
const ago = (minutes: number, offerId = 'a'): Contact => ({
  at: new Date(now.getTime() - minutes * 60_000).toISOString(),
  offerId,
});

describe('capReached', () => {
  it.each<[string, Contact[], string | undefined, string | null]>([
    ['nothing shown', [], undefined, null],
    ['one shown 10 minutes ago', [ago(10)], undefined, 'min_gap'],
    ['two today', [ago(60), ago(600)], undefined, 'per_day'],
    ['four this week', [ago(2 * 1440), ago(3 * 1440), ago(4 * 1440), ago(5 * 1440)], undefined, 'per_week'],
    ['the same offer this morning', [ago(120, 'x')], 'x', 'repeat'],
    ['another offer this morning', [ago(120, 'x')], 'y', null],
    ['old history', [ago(8 * 1440), ago(9 * 1440), ago(10 * 1440), ago(11 * 1440)], undefined, null],
  ])('%s → %s', (_n, history, offerId, expected) => {
    expect(capReached(history, now, offerId)).toBe(expected);
  });

  it('keeps a week of history', () => {
    expect(withContact([ago(8 * 1440), ago(60)], { at: now.toISOString(), offerId: 'b' })).toHaveLength(2);
  });
});
