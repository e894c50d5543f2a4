import { shippingOptions, shippingZone } from '../../src/orders/shippingRules';

const to = (country: string, region?: string, street = '12 Pine St') => ({ country, region, street });

describe('shipping rules (knowledge/faq/shipping.json)', () => {
  it.each([
    [
      'contiguous US',
      to('US', 'OR'),
      5000,
      [
        ['standard', 695, '3–5'],
        ['express', 1995, '1–2'],
      ],
    ],
    [
      'US, free standard from $75',
      to('US', 'OR'),
      7500,
      [
        ['standard', 0, '3–5'],
        ['express', 1995, '1–2'],
      ],
    ],
    ['Hawaii: standard only, remote rate', to('US', 'HI'), 5000, [['standard', 1495, '5–9']]],
    [
      'Canada',
      to('CA', 'ON'),
      5000,
      [
        ['standard', 1495, '5–8'],
        ['express', 3495, '2–4'],
      ],
    ],
    [
      'Germany (EU)',
      to('DE'),
      5000,
      [
        ['standard', 2495, '7–12'],
        ['express', 4995, '3–5'],
      ],
    ],
    [
      'Japan',
      to('JP'),
      5000,
      [
        ['standard', 3495, '10–20'],
        ['express', 6495, '4–7'],
      ],
    ],
    ['a PO box: no express', to('US', 'OR', 'PO Box 12'), 5000, [['standard', 695, '3–5']]],
    ['a country we do not serve', to('BR'), 5000, []],
  ])('%s', (_what, address, subtotal, expected) => {
    expect(shippingOptions(address, subtotal).map((o) => [o.method, o.costCents, o.days])).toEqual(expected);
  });

  it('zones', () => {
    expect([shippingZone('GB'), shippingZone('PR'), shippingZone('US', 'AK')]).toEqual([
      'ukEu',
      undefined,
      'usRemote',
    ]);
  });
});
