import { AdaptiveCardSchema, type AdaptiveCard } from '../../../dialogs/cards/adaptiveCardSchema';
import { supportsCards } from '../../../dialogs/cards/channelCapabilities';
import {
  productCard,
  productCarousel,
  productDetailsCard,
  productDetailsText,
  productListText,
} from '../../../dialogs/cards/productCard';
import { safeText } from '../../../dialogs/cards/safeText';
import { fixtureProducts, makeProduct } from '../../helpers/fixtureProducts';

const products = fixtureProducts();
const jacket = products[0]; // Ridgeline Shell Jacket, $249.00, 3 units left, Red/Blue
const malicious = makeProduct({
  id: 'EVL-0001',
  name: '[Free gear](http://evil.example) <img src=x>',
  brand: '[Click](javascript:alert(1))',
  category: 'accessories',
  description:
    'Totally normal product. [Claim your prize](http://evil.example/prize) <script>alert(1)</script>',
});
/** Every user-visible string of a card, one per line. */
const cardText = (card: AdaptiveCard): string =>
  card.body
    .flatMap((e) =>
      e.type === 'TextBlock'
        ? [e.text]
        : e.type === 'FactSet'
          ? e.facts.flatMap((f) => [f.title, f.value])
          : e.rows.flatMap((r) => r.cells.flatMap((c) => c.items.map((i) => i.text))),
    )
    .join('\n');

describe('productCard', () => {
  test.each(products.map((p) => [p.id, p] as const))('%s passes the Adaptive Card schema', (_id, product) => {
    expect(() => AdaptiveCardSchema.parse(productCard(product))).not.toThrow();
    expect(() => AdaptiveCardSchema.parse(productDetailsCard(product))).not.toThrow();
  });

  it('can carry Details, Add to cart and Similar actions with the product id', () => {
    expect(
      productCard(jacket, ['details', 'addToCart', 'similar']).actions?.map(({ title, data }) => ({
        title,
        data,
      })),
    ).toEqual([
      { title: 'Details', data: { action: 'details', productId: 'JKT-0001' } },
      { title: 'Add to cart', data: { action: 'addToCart', productId: 'JKT-0001' } },
      { title: 'Similar', data: { action: 'similar', productId: 'JKT-0001' } },
    ]);
  });

  it('shows name, brand · category, price, key attributes, stock and colours', () => {
    const card = productCard(jacket);
    const texts = card.body.flatMap((e) => (e.type === 'TextBlock' ? [e.text] : []));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Ridgeline Shell Jacket',
        'Ridgeline Co · jackets',
        '$249.00',
        'Only 3 left',
        'Colours: Red, Blue',
      ]),
    );
    const facts = card.body.find((e) => e.type === 'FactSet');
    expect(facts?.type === 'FactSet' && facts.facts[0]).toEqual({
      title: 'Waterproof rating',
      value: '20,000 mm',
    });
  });

  it('shows only handled buttons by default', () => {
    expect(productCard(jacket).actions?.map((a) => a.data.action)).toEqual([
      'details',
      'addToCart',
      'similar',
    ]);
    expect(productDetailsCard(jacket).actions?.map((a) => a.data.action)).toEqual(['addToCart', 'similar']);
  });

  it('details card can offer Add to cart and Similar, and has the description', () => {
    const card = productDetailsCard(jacket, ['addToCart', 'similar']);
    expect(card.actions?.map((a) => a.data.action)).toEqual(['addToCart', 'similar']);
    expect(cardText(card)).toContain(jacket.description);
  });

  it('strips link and HTML syntax from store text', () => {
    for (const card of [productCard(malicious), productDetailsCard(malicious)]) {
      AdaptiveCardSchema.parse(card);
      expect(card.body[0]).toMatchObject({ text: 'Free gearhttp: //evil.example img src=x' });
      expect(cardText(card)).not.toMatch(/[[\]<>]|\]\(|http:\/\//);
    }
  });
});

describe('productCarousel', () => {
  it('is a carousel with one Adaptive Card attachment per product', () => {
    const activity = productCarousel(products.slice(0, 3));
    expect(activity.attachmentLayout).toBe('carousel');
    expect(activity.attachments?.map((a) => a.contentType)).toEqual(
      Array(3).fill('application/vnd.microsoft.card.adaptive'),
    );
    expect(
      activity.attachments?.map((a) => (a.content as { body: { text: string }[] }).body[0].text),
    ).toEqual(products.slice(0, 3).map((p) => p.name));
  });
});

describe('text renderings', () => {
  it('lists products as numbered lines with price, brand and stock', () => {
    expect(productListText(products.slice(0, 2)).split('\n')).toEqual([
      '1. Ridgeline Shell Jacket — $249.00 (Ridgeline Co · only 3 left)',
      '2. Summit Down Jacket — $299.00 (Alpine Forge · in stock)',
    ]);
  });

  it('details text has name, price, description, attributes and stock', () => {
    const details = productDetailsText(jacket);
    for (const part of [
      'Ridgeline Shell Jacket — $249.00',
      jacket.description,
      '- Weight: 450 g',
      'Only 3 left',
    ]) {
      expect(details).toContain(part);
    }
    expect(details).toContain('3 options · colours: Red, Blue · sizes: S, M · 3 in stock');
  });

  it('strips markdown link syntax and angle brackets from a malicious product', () => {
    expect(productListText([malicious])).toBe(
      '1. Free gearhttp: //evil.example img src=x — $99.00 (Clickjavascript:alert1 · in stock)',
    );
    const details = productDetailsText(malicious);
    expect(details).toContain(
      'Totally normal product. Claim your prizehttp: //evil.example/prize scriptalert1/script',
    );
    expect(details).not.toMatch(/[[\]<>]|\]\(|http:\/\//);
  });
});

describe('safeText', () => {
  test.each([
    { input: 'Ridgeline Shell Jacket', output: 'Ridgeline Shell Jacket' },
    { input: '[x](http://a.b)', output: 'xhttp: //a.b' },
    { input: '<b>bold</b>', output: 'bbold/b' },
    { input: '  two   spaces\tand\u0007bell ', output: 'two spaces and bell' },
  ])('$input → $output', ({ input, output }) => expect(safeText(input)).toBe(output));
});

describe('supportsCards', () => {
  test.each([
    ['directline', true],
    ['webchat', true],
    ['msteams', true],
    ['emulator', true],
    ['slack', true],
    ['sms', false],
    ['test-text', false],
    ['test', false],
    [undefined, false],
  ] as const)('%s → %s', (channelId, expected) => expect(supportsCards(channelId)).toBe(expected));
});
