import { trainBiasedMf } from '../../src/recommender/biasedMf';
import { mfGaussian } from '../../src/recommender/mfCommon';
import type { InteractionMatrix } from '../../src/recommender/types';
import { csrMatrix } from './csrFixture';

/** A matrix from rows of [item, rating] pairs. */
function matrix(rows: [number, number][][], items: number): InteractionMatrix {
  return csrMatrix(
    rows.map((r) => r.map(([i]) => i)),
    items,
    rows.map((r) => r.map(([, v]) => v)),
  );
}

/** A rank-2 1–5 rating matrix: group A (users 0–9) loves items 0–7, group B (10–19) items 8–15. */
function lowRank(): { data: InteractionMatrix; hidden: [number, number, number][] } {
  const rows: [number, number][][] = [];
  const hidden: [number, number, number][] = [];
  for (let u = 0; u < 20; u++) {
    const row: [number, number][] = [];
    for (let i = 0; i < 16; i++) {
      const likes = u < 10 === i < 8;
      const r = likes ? 5 - ((u + i) % 2) : 1 + ((u + i) % 2);
      // Hold out one liked and one disliked item per user (never in training).
      if (i === (u % 8) + (u < 10 ? 0 : 8)) hidden.push([u, i, r]);
      else if (i === (u % 8) + (u < 10 ? 8 : 0)) hidden.push([u, i, r]);
      else row.push([i, r]);
    }
    rows.push(row);
  }
  return { data: matrix(rows, 16), hidden };
}

function rmse(model: { predict(u: number, i: number): number }, data: InteractionMatrix): number {
  let se = 0;
  for (let u = 0; u < data.users.length; u++)
    for (let p = data.rowPtr[u]; p < data.rowPtr[u + 1]; p++)
      se += (model.predict(u, data.cols[p]) - data.vals[p]) ** 2;
  return Math.sqrt(se / data.cols.length);
}

describe('biased MF', () => {
  const { data, hidden } = lowRank();
  const opts = { factors: 4, epochs: 200, learningRate: 0.02, regularization: 0.01 };

  it('reaches a low training RMSE on a low-rank matrix', () => {
    const model = trainBiasedMf(data, opts);
    expect(rmse(model, data)).toBeLessThan(0.3);
    // Held-out cells follow the planted structure.
    for (const [u, i, r] of hidden) expect(model.predict(u, i) > 3).toBe(r > 3);
  });

  it('recommends the group’s liked items first, never ones rated in training', () => {
    const model = trainBiasedMf(data, opts);
    for (let u = 0; u < 20; u++) {
      const recs = model.recommend(u, 1);
      expect(recs).toHaveLength(1);
      expect(recs[0].item < 8).toBe(u < 10);
      expect(model.recommend(u, 16)).toHaveLength(2); // only the two held-out items are left
    }
  });

  it('clips predictions to the training range and falls back to biases for unknowns', () => {
    const rows: [number, number][][] = [
      [
        [0, 5],
        [1, 5],
      ],
      [
        [0, 5],
        [1, 4],
      ],
      [[2, 1]],
    ];
    const m = matrix(rows, 4);
    const model = trainBiasedMf(m, { epochs: 500, learningRate: 0.05, regularization: 0 });
    for (let u = 0; u < 3; u++)
      for (let i = 0; i < 4; i++) {
        expect(model.predict(u, i)).toBeGreaterThanOrEqual(1);
        expect(model.predict(u, i)).toBeLessThanOrEqual(5);
      }
    expect(model.predict(99, 99)).toBeCloseTo(model.globalMean, 10);
    expect(model.predict(99, 0)).toBeCloseTo(Math.min(5, model.globalMean + model.itemBias[0]), 10);
    expect(model.recommend(99, 3)).toEqual([]);
  });

  it('is deterministic for a seed', () => {
    const a = trainBiasedMf(data, { ...opts, epochs: 5, seed: 3 });
    const b = trainBiasedMf(data, { ...opts, epochs: 5, seed: 3 });
    const c = trainBiasedMf(data, { ...opts, epochs: 5, seed: 4 });
    expect(Array.from(a.itemFactors)).toEqual(Array.from(b.itemFactors));
    expect(a.predict(1, 2)).toBe(b.predict(1, 2));
    expect(a.predict(1, 2)).not.toBe(c.predict(1, 2));
  });

  it('fits noisy ratings better than the biases alone', () => {
    const g = mfGaussian(5);
    const rows: [number, number][][] = [];
    for (let u = 0; u < 30; u++) {
      const row: [number, number][] = [];
      for (let i = 0; i < 30; i++) {
        const r = Math.round(3 + (u < 15 === i < 15 ? 1.5 : -1.5) + 0.3 * g());
        row.push([i, Math.min(5, Math.max(1, r))]);
      }
      rows.push(row);
    }
    const m = matrix(rows, 30);
    const withFactors = trainBiasedMf(m, { factors: 2, epochs: 60, learningRate: 0.02 });
    const biasesOnly = trainBiasedMf(m, { factors: 0, epochs: 60, learningRate: 0.02 });
    expect(rmse(withFactors, m)).toBeLessThan(rmse(biasesOnly, m) / 2);
  });
});
