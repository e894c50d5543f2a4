import { PopularInContext } from '../../../src/recommender/serving/popularInContext';
import {
  StoreRecommender,
  type CoPurchases,
  type HistoryScorer,
} from '../../../src/recommender/serving/storeRecommender';
import { makeProduct } from '../../helpers/fixtureProducts';

const products = [
  makeProduct({ id: 'TNT-0001', name: 'Trail Tent 2', category: 'tents', price: 300, brand: 'Alpha' }),
  makeProduct({ id: 'TNT-0002', name: 'Budget Tent 2', category: 'tents', price: 150, brand: 'Beta' }),
  makeProduct({
    id: 'TNT-0003',
    name: 'Sold Out Tent',
    category: 'tents',
    price: 120,
    brand: 'Gamma',
    stock: 0,
  }),
  makeProduct({ id: 'SLP-0001', name: 'Warm Bag', category: 'sleeping-bags', price: 200, brand: 'Alpha' }),
  makeProduct({ id: 'STV-0001', name: 'Pocket Stove', category: 'stoves', price: 60, brand: 'Delta' }),
  makeProduct({ id: 'LGT-0001', name: 'Head Torch', category: 'lights', price: 40, brand: 'Delta' }),
];
const items = products.map((p) => p.id);
const at = (id: string) => items.indexOf(id);

/** Scores every item by a fixed table, ignoring the history: enough to test what the service adds. */
const fixedScorer = (scores: Record<string, number>): HistoryScorer => ({
  recommendForHistory: (_history, k, exclude) =>
    Object.entries(scores)
      .map(([id, score]) => ({ item: at(id), score }))
      .filter((s) => !exclude?.has(s.item))
      .sort((a, b) => b.score - a.score)
      .slice(0, k),
});

const coPurchases: CoPurchases = {
  neighbours: (id) =>
    id === 'TNT-0001'
      ? [
          { productId: 'TNT-0002', score: 0.9 },
          { productId: 'SLP-0001', score: 0.8 },
          { productId: 'STV-0001', score: 0.5 },
        ]
      : [],
  similarity: (a, b) =>
    (a === 'TNT-0001' && b === 'SLP-0001') || (a === 'SLP-0001' && b === 'TNT-0001') ? 0.8 : 0,
};

const events = [
  { customerId: 'C0001', type: 'purchase', productId: 'LGT-0001', at: '2025-06-01T00:00:00Z' },
  { customerId: 'C0002', type: 'view', productId: 'TNT-0002', at: '2025-06-02T00:00:00Z' },
  { customerId: 'C0003', type: 'purchase', productId: 'STV-0001', at: '2025-01-01T00:00:00Z' },
];

const recommender = new StoreRecommender({
  products,
  items,
  behaviour: fixedScorer({ 'SLP-0001': 3, 'TNT-0003': 2.5, 'STV-0001': 2, 'TNT-0002': 1 }),
  content: fixedScorer({ 'TNT-0002': 0.9, 'TNT-0003': 0.8, 'SLP-0001': 0.7 }),
  coPurchases,
  popularity: new PopularInContext(events, { windowDays: 30 }),
});
const ids = (cs: { product: { id: string } }[]) => cs.map((c) => c.product.id);

describe('StoreRecommender', () => {
  it('gives a shopper with no history what is popular lately, saying so', () => {
    const recs = recommender.forShopper([], { k: 2 });
    expect(ids(recs)).toEqual(['LGT-0001', 'TNT-0002']);
    expect(recs[0].reason).toEqual({ kind: 'popular', category: 'lights' });
  });

  it('limits popular-in-context to the category asked for', () => {
    const recs = recommender.popular({ k: 3, filters: { category: 'tents' } });
    expect(ids(recs)).toEqual(['TNT-0002', 'TNT-0001']);
    expect(recs[0].reason).toEqual({ kind: 'popular', category: 'tents' });
  });

  it('scores from history, skips out of stock and viewed items, and names the product that explains it', () => {
    const recs = recommender.forShopper(
      [
        { productId: 'TNT-0001', weight: 1 },
        { productId: 'LGT-0001', weight: 1 },
      ],
      { k: 3 },
    );
    expect(ids(recs)).toEqual(['SLP-0001', 'STV-0001', 'TNT-0002']);
    expect(recs[0].reason).toEqual({ kind: 'viewed', productName: 'Trail Tent 2' });
  });

  it('never recommends what the shopper bought', () => {
    const recs = recommender.forShopper([{ productId: 'TNT-0001', weight: 1 }], {
      k: 5,
      exclude: new Set(['SLP-0001']),
    });
    expect(ids(recs)).not.toContain('SLP-0001');
  });

  it('suggests what goes with a product from other categories, then popular ones there', () => {
    const recs = recommender.goesWith('TNT-0001', { k: 3 });
    expect(ids(recs)).toEqual(['SLP-0001', 'STV-0001', 'LGT-0001']);
    expect(recs[0].reason).toEqual({ kind: 'boughtWith', productName: 'Trail Tent 2' });
    expect(recs[2].reason.kind).toBe('popular');
  });

  it('finds similar products in the same category, and only cheaper ones when asked, with the saving', () => {
    expect(ids(recommender.similarTo('TNT-0001', { k: 3 }))).toEqual(['TNT-0002']);
    const cheaper = recommender.similarTo('TNT-0002', { k: 3, cheaper: true });
    expect(ids(cheaper)).toEqual([]);
    const fromTrail = recommender.similarTo('TNT-0001', { k: 3, cheaper: true });
    expect(fromTrail[0].reason).toEqual({
      kind: 'cheaperThan',
      productName: 'Trail Tent 2',
      saving: 150,
      currency: 'USD',
    });
  });

  it('answers nothing for an unknown product', () => {
    expect(recommender.goesWith('XXX-0000', { k: 3 })).toEqual([]);
    expect(recommender.similarTo('XXX-0000', { k: 3 })).toEqual([]);
  });
});
