import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrTrainRecommender } from '../../../src/recommender/serving/storeRecTraining';
import { trainInWorker } from '../../../src/recommender/serving/trainInWorker';
import { events, products } from './storeFixture';

const more = [
  ...events,
  { customerId: 'C0004', type: 'purchase', productId: 'TNT-0001', at: '2025-06-01T00:00:00Z' },
  { customerId: 'C0004', type: 'purchase', productId: 'SLP-0001', at: '2025-06-01T00:00:00Z' },
  { customerId: 'C0005', type: 'add_to_cart', productId: 'TNT-0001', at: '2025-06-01T00:00:00Z' },
  { customerId: 'C0005', type: 'purchase', productId: 'SLP-0001', at: '2025-06-01T00:00:00Z' },
];

let modelsDir: string;
beforeEach(() => (modelsDir = mkdtempSync(join(tmpdir(), 'shopkeeper-rec-'))));
afterEach(() => rmSync(modelsDir, { recursive: true, force: true }));

describe('loadOrTrainRecommender', () => {
  it('trains and saves, then reuses the saved models while nothing changed', async () => {
    const first = await loadOrTrainRecommender(more, products, { modelsDir, algorithm: 'item-knn' });
    expect(first.trained).toBe(true);
    const second = await loadOrTrainRecommender(more, products, { modelsDir, algorithm: 'item-knn' });
    expect(second.trained).toBe(false);
    const ids = (r: typeof first) => r.recommender.goesWith('TNT-0001', { k: 3 }).map((c) => c.product.id);
    expect(ids(second)).toEqual(ids(first));
    expect(ids(first)[0]).toBe('SLP-0001');
  });

  it('retrains when the behaviour changed, when forced, and when the saved file is damaged', async () => {
    await loadOrTrainRecommender(more, products, { modelsDir, algorithm: 'item-knn' });
    const changed = await loadOrTrainRecommender(more.slice(1), products, {
      modelsDir,
      algorithm: 'item-knn',
    });
    expect(changed.trained).toBe(true);
    const forced = await loadOrTrainRecommender(more.slice(1), products, {
      modelsDir,
      algorithm: 'item-knn',
      force: true,
    });
    expect(forced.trained).toBe(true);
    const progress: string[] = [];
    const options = { modelsDir, algorithm: 'item-knn', onProgress: (m: string) => progress.push(m) };
    writeFileSync(join(modelsDir, 'recommender.json'), '{"version": 1, "broken": true'); // not JSON
    expect((await loadOrTrainRecommender(more.slice(1), products, options)).trained).toBe(true);
    writeFileSync(join(modelsDir, 'recommender.json'), '{"version": 1, "items": []}'); // JSON, not a model
    const repaired = await loadOrTrainRecommender(more.slice(1), products, options);
    expect(progress.some((m) => m.includes('unreadable'))).toBe(true);
    expect(repaired.trained).toBe(true);
  });

  it('serves stale models when asked to (the caller retrains in the background)', async () => {
    await loadOrTrainRecommender(more, products, { modelsDir, algorithm: 'item-knn' });
    const stale = await loadOrTrainRecommender(more.slice(2), products, {
      modelsDir,
      algorithm: 'item-knn',
      acceptStale: true,
    });
    expect(stale).toMatchObject({ trained: false, stale: true });
    expect(stale.recommender.goesWith('TNT-0001', { k: 1 })[0].product.id).toBe('SLP-0001');
  });
});

describe('trainInWorker', () => {
  it('trains in a worker thread and returns models that serve', async () => {
    const models = await trainInWorker({ events: more, products, modelsDir, algorithm: 'item-knn' });
    expect(models.items).toEqual(expect.arrayContaining(products.map((p) => p.id)));
    expect(models.coPurchases.neighbours('TNT-0001')[0]?.productId).toBe('SLP-0001');
    const again = await loadOrTrainRecommender(more, products, { modelsDir, algorithm: 'item-knn' });
    expect(again.trained).toBe(false); // the worker saved them with the manifest
  }, 30000);

  it('rejects with the reason when training fails', async () => {
    await expect(
      trainInWorker({ events: more, products, modelsDir, algorithm: 'no-such-algo' }),
    ).rejects.toThrow(/no-such-algo/);
  }, 30000);
});
