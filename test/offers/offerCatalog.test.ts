import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OfferCatalogError, validateOfferCatalog } from '../../src/offers/offerCatalog';
import { catalog, offer } from './fixtures';

const problemsOf = (raw: unknown): string[] => {
  try {
    validateOfferCatalog(raw, catalog);
  } catch (e) {
    if (e instanceof OfferCatalogError) return e.problems;
    throw e;
  }
  return [];
};

describe('validateOfferCatalog', () => {
  it('accepts the seeded offers', () => {
    const raw = JSON.parse(readFileSync(join(__dirname, '../../seeds/offers.json'), 'utf8'));
    expect(validateOfferCatalog(raw).length).toBe(raw.length);
  });

  it.each([
    ['a non-array', { offers: [] }, /must be a JSON array/],
    [
      'a percent over 90',
      [offer({ id: 'too-much', value: 95 })],
      /too-much\) value: a percent offer needs a value in \(0, 90\]/,
    ],
    [
      'an end before the start',
      [offer({ id: 'backwards', startsAt: '2026-05-01T00:00:00Z', endsAt: '2026-04-01T00:00:00Z' })],
      /backwards\) endsAt/,
    ],
    [
      'a duplicate id',
      [offer({ id: 'twice' }), offer({ id: 'twice' })],
      /offers\[1\] \(twice\) id: duplicate id "twice"/,
    ],
    [
      'an unknown segment',
      [offer({ id: 'vip-only', rules: { segments: ['vip'] } })],
      /rules.segments: unknown segment "vip" \(known: champion/,
    ],
    [
      'a bundle of one',
      [offer({ id: 'lonely', kind: 'bundle', value: 10, rules: { bundleProductIds: ['JKT-0001'] } })],
      /at least two products/,
    ],
    [
      'a bundle of unknown products',
      [
        offer({
          id: 'ghost',
          kind: 'bundle',
          value: 10,
          rules: { bundleProductIds: ['JKT-0001', 'XXX-9999'] },
        }),
      ],
      /no product XXX-9999/,
    ],
    [
      'free shipping with a value',
      [offer({ id: 'ship', kind: 'free_shipping', value: 5 })],
      /free-shipping offer has value 0/,
    ],
    [
      'a fixed discount above its minimum',
      [offer({ id: 'upside', kind: 'fixed', value: 50, rules: { minCartValue: 40 } })],
      /not less than the minimum cart value/,
    ],
    ['an unknown rule', [{ ...offer({ id: 'typo' }), rules: { minCart: 3 } }], /typo\) rules/],
    [
      'an unknown category',
      [offer({ id: 'cats', rules: { categories: ['kayaks' as never] } })],
      /cats\) rules.categories.0/,
    ],
  ])('rejects %s with a clear message', (_name, raw, message) => {
    expect(problemsOf(raw).join('\n')).toMatch(message);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf([
      offer({ id: 'aaa', value: 0 }),
      offer({ id: 'bbb', rules: { segments: ['x'] } }),
    ]);
    expect(problems).toHaveLength(2);
  });
});
