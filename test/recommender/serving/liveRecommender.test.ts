import { LiveRecommender } from '../../../src/recommender/serving/liveRecommender';
import { fixtureRecommender } from './storeFixture';

const view = (productId: string) => ({
  customerId: 'C0100',
  type: 'purchase',
  productId,
  at: new Date().toISOString(),
});

describe('LiveRecommender', () => {
  it('moves popularity at once, without retraining, when a few events arrive', () => {
    const retrain = jest.fn();
    const live = new LiveRecommender(fixtureRecommender(), retrain, { retrainAfterEvents: 100 });
    expect(live.forShopper([], { k: 1 })[0].product.id).toBe('LGT-0001');
    for (let n = 0; n < 3; n++) live.observe(view('SLP-0001'));
    expect(live.forShopper([], { k: 1 })[0].product.id).toBe('SLP-0001');
    expect(retrain).not.toHaveBeenCalled();
  });

  it('retrains once in the background after enough events and serves the new models', async () => {
    const next = fixtureRecommender();
    next.observe(view('STV-0001'));
    next.observe(view('STV-0001'));
    let finish: () => void = () => undefined;
    const retrain = jest.fn(() => new Promise<typeof next>((resolve) => (finish = () => resolve(next))));
    const live = new LiveRecommender(fixtureRecommender(), retrain, { retrainAfterEvents: 2 });
    live.observe(view('TNT-0002'));
    live.observe(view('TNT-0002'));
    live.observe(view('TNT-0002')); // while training: served by the old models, no second retrain
    expect(retrain).toHaveBeenCalledTimes(1);
    expect(live.forShopper([], { k: 1 })[0].product.id).toBe('TNT-0002');
    finish();
    await live.settled();
    expect(live.forShopper([], { k: 1 })[0].product.id).toBe('STV-0001');
  });

  it('keeps the old models when a retrain fails, and reports it', async () => {
    const failed = jest.fn();
    const live = new LiveRecommender(fixtureRecommender(), () => Promise.reject(new Error('disk full')), {
      retrainAfterEvents: 1,
      onRetrainFailed: failed,
    });
    live.observe(view('TNT-0002'));
    await live.settled();
    expect(failed).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
    expect(live.forShopper([], { k: 1 })).toHaveLength(1);
  });
});
