import { rankMatches, type ScoredProduct } from '../../src/catalog/ranking';
import { makeProduct } from '../helpers/fixtureProducts';

const weights = {
  ratingWeight: 0.06,
  inStockWeight: 0.04,
  minRelevance: 0.1,
  ratingPrior: { mean: 4, reviews: 5 },
};
const scored = (id: string, score: number, rating = 4, stock = 10, reviewCount = 12): ScoredProduct => ({
  product: makeProduct({ id, name: `Product ${id}`, category: 'accessories', rating, stock, reviewCount }),
  score,
});
const ids = (hits: ScoredProduct[]) => hits.map((hit) => hit.product.id);

describe('rankMatches', () => {
  it('puts text relevance first', () => {
    const { hits } = rankMatches([scored('ACC-0001', 5, 5), scored('ACC-0002', 10, 1, 0)], weights, 10);
    expect(ids(hits)).toEqual(['ACC-0002', 'ACC-0001']);
  });

  it('puts in stock above out of stock at similar relevance', () => {
    const { hits } = rankMatches([scored('ACC-0001', 10, 4.5, 0), scored('ACC-0002', 9.9, 4.2)], weights, 10);
    expect(ids(hits)).toEqual(['ACC-0002', 'ACC-0001']);
  });

  it('puts the better rated first at equal relevance and stock', () => {
    const { hits } = rankMatches([scored('ACC-0001', 10, 3.9), scored('ACC-0002', 10, 4.8)], weights, 10);
    expect(ids(hits)).toEqual(['ACC-0002', 'ACC-0001']);
  });

  it('trusts a rating by its number of reviews', () => {
    const { hits } = rankMatches(
      [scored('ACC-0001', 10, 5, 10, 1), scored('ACC-0002', 10, 4.8, 10, 300)],
      weights,
      10,
    );
    expect(ids(hits)).toEqual(['ACC-0002', 'ACC-0001']);
  });

  it('drops noise below the relevance floor and counts the rest', () => {
    const result = rankMatches(
      [scored('ACC-0001', 10), scored('ACC-0002', 0.5), scored('ACC-0003', 2)],
      weights,
      10,
    );
    expect(ids(result.hits)).toEqual(['ACC-0001', 'ACC-0003']);
    expect(result.total).toBe(2);
  });

  it('keeps the best `limit` in the order a full sort gives, ties by id', () => {
    const matches = Array.from({ length: 200 }, (_, i) =>
      scored(`ACC-${String(i + 1).padStart(4, '0')}`, 3 + ((i * 37) % 23), 1 + (i % 5), i % 3),
    );
    const all = rankMatches(matches, weights, 1000);
    const top = rankMatches(matches, weights, 7);
    expect(all.total).toBe(200);
    expect(top.total).toBe(200);
    expect(ids(top.hits)).toEqual(ids(all.hits).slice(0, 7));
    const sorted = [...all.hits].sort(
      (a, b) => b.score - a.score || a.product.id.localeCompare(b.product.id),
    );
    expect(ids(all.hits)).toEqual(ids(sorted));
  });

  it('returns nothing for no matches or a zero limit', () => {
    expect(rankMatches([], weights, 10)).toEqual({ hits: [], total: 0 });
    expect(rankMatches([scored('ACC-0001', 1)], weights, 0)).toEqual({ hits: [], total: 1 });
  });
});
