// A tiny store for the serving tests: six products, fixed-score fake models, co-purchases and events.
import { PopularInContext } from '../../../src/recommender/serving/popularInContext';
import {
  StoreRecommender,
  type CoPurchases,
  type HistoryScorer,
} from '../../../src/recommender/serving/storeRecommender';
import { makeProduct } from '../../helpers/fixtureProducts';

export const products = [
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

export const events = [
  { customerId: 'C0001', type: 'purchase', productId: 'LGT-0001', at: '2025-06-01T00:00:00Z' },
  { customerId: 'C0002', type: 'view', productId: 'TNT-0002', at: '2025-06-02T00:00:00Z' },
  { customerId: 'C0003', type: 'purchase', productId: 'STV-0001', at: '2025-01-01T00:00:00Z' },
];

/** A StoreRecommender over the fixture (a new one each call: popularity is mutable). */
export const fixtureRecommender = () =>
  new StoreRecommender({
    products,
    items,
    behaviour: fixedScorer({ 'SLP-0001': 3, 'TNT-0003': 2.5, 'STV-0001': 2, 'TNT-0002': 1 }),
    content: fixedScorer({ 'TNT-0002': 0.9, 'TNT-0003': 0.8, 'SLP-0001': 0.7 }),
    coPurchases,
    popularity: new PopularInContext(events, { windowDays: 30 }),
  });
