import { parseAddress } from '../../src/orders/address';

describe('parseAddress', () => {
  it.each([
    [
      'Jane Doe, 12 Pine St, Portland, OR 97201, US',
      { city: 'Portland', region: 'OR', postcode: '97201', country: 'US' },
    ],
    [
      'Jane Doe, 12 Pine St, Portland, OR, 97201, USA',
      { city: 'Portland', region: 'OR', postcode: '97201', country: 'US' },
    ],
    [
      'Sam Lee, 1 Queen St W, Toronto, ON M5H 2N2, Canada',
      { city: 'Toronto', region: 'ON', postcode: 'M5H 2N2', country: 'CA' },
    ],
    [
      'Ann Smith\n10 Downing Street\nLondon\nSW1A 2AA\nUK',
      { city: 'London', postcode: 'SW1A 2AA', country: 'GB' },
    ],
    ['Max Muster, Hauptstr. 5, Berlin, 10115, Germany', { city: 'Berlin', postcode: '10115', country: 'DE' }],
  ])('%s', (text, expected) => {
    const parsed = parseAddress(text);
    expect(parsed).toEqual({ ok: true, address: expect.objectContaining(expected) });
  });

  it.each([
    ['Jane Doe, 12 Pine St', ['parts']],
    ['Jane Doe, 12 Pine St, Portland, OR 9720, US', ['postcode']],
    ['Jane Doe, 12 Pine St, Portland, 97201, US', ['region']],
    ['Joao Silva, Rua A 1, Sao Paulo, 01000-000, Brazil', ['country']],
    ['Max Muster, Hauptstr. 5, Berlin, 1011, Germany', ['postcode']],
  ])('rejects %s', (text, problems) => {
    expect(parseAddress(text)).toEqual(expect.objectContaining({ ok: false, problems }));
  });
});
