import { BIASED_MF_DEFAULTS, trainBiasedMf } from '../../src/recommender/biasedMf';
import { meanPredictor } from '../../src/recommender/evaluate';
import { buildInteractionMatrix } from '../../src/recommender/interactions';
import { mfGaussian } from '../../src/recommender/mfCommon';
import { seededRandom } from '../../src/random';
import type { Interaction, InteractionMatrix } from '../../src/recommender/types';
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

describe('biased MF with its defaults (Surprise SVD: 100 factors, 20 epochs, lr 0.005, reg 0.02)', () => {
  it('has those defaults', () => {
    expect(BIASED_MF_DEFAULTS).toMatchObject({
      factors: 100,
      epochs: 20,
      learningRate: 0.005,
      regularization: 0.02,
    });
  });

  // A MovieLens-like explicit set: 400 users × 300 items, ~8% rated, r = μ + b_u + b_i + p_u·q_i + noise
  // (rank 4), rounded and clipped to 1–5; every 5th rating of each user held out.
  it.each([1, 2])('beats the user/item-mean baseline on held-out ratings (seed %i)', (seed) => {
    const g = mfGaussian(seed);
    const u01 = seededRandom(seed);
    const latent = (n: number) => Array.from({ length: n }, () => [g(), g(), g(), g()].map((x) => x * 0.5));
    const [pu, qi] = [latent(400), latent(300)];
    const [bu, bi] = [pu.map(() => 0.4 * g()), qi.map(() => 0.6 * g())];
    const train: Interaction[] = [];
    const test: Interaction[] = [];
    for (let u = 0; u < 400; u++) {
      let n = 0;
      for (let i = 0; i < 300; i++) {
        if (u01() > 0.08) continue;
        const dot = pu[u].reduce((s, x, f) => s + x * qi[i][f], 0);
        const value = Math.min(5, Math.max(1, Math.round(3.5 + bu[u] + bi[i] + dot + 0.5 * g())));
        (n++ % 5 === 4 ? test : train).push({ user: `u${u}`, item: `i${i}`, value, timestamp: 0 });
      }
    }
    const data = buildInteractionMatrix(train, { duplicates: 'last' });
    const model = trainBiasedMf(data);
    const baseline = meanPredictor(data);
    const score = (predict: (u?: number, i?: number) => number) =>
      Math.sqrt(
        test.reduce(
          (s, x) => s + (predict(data.userIndex.get(x.user), data.itemIndex.get(x.item)) - x.value) ** 2,
          0,
        ) / test.length,
      );
    const mf = score((u, i) => (u !== undefined && i !== undefined ? model.predict(u, i) : baseline(u, i)));
    expect(mf).toBeLessThan(score(baseline) * 0.95);
  });
});
