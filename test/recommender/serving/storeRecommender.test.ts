import { fixtureRecommender } from './storeFixture';

const recommender = fixtureRecommender();
const ids = (cs: { product: { id: string } }[]) => cs.map((c) => c.product.id);

describe('StoreRecommender', () => {
  it('gives a shopper with no history what is popular lately, saying so', () => {
    const recs = recommender.forShopper([], { k: 2 });
    expect(ids(recs)).toEqual(['LGT-0001', 'TNT-0002']);
    expect(recs[0].reason).toEqual({ kind: 'popular', category: 'lights', lately: true });
  });

  it('limits popular-in-context to the category asked for', () => {
    const recs = recommender.popular({ k: 3, filters: { category: 'tents' } });
    expect(ids(recs)).toEqual(['TNT-0002', 'TNT-0001']);
    expect(recs[0].reason).toEqual({ kind: 'popular', category: 'tents', lately: true });
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
