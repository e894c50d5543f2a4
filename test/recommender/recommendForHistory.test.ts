import { algorithm } from '../../src/recommender/algorithms';
import { loadRecommender } from '../../src/recommender/loadRecommender';
import { userHistory } from '../../src/recommender/history';
import type { Recommender } from '../../src/recommender/types';
import { at, clusterStore } from './clusterFixture';

const { data, content } = clusterStore();
const garden = (i: number) => Number(data.items[i].slice(1)) < 6 || data.items[i] === 'p12';
const SERVED = ['popularity', 'item-knn', 'ease', 'als', 'content'];
const OPTIONS: Record<string, Record<string, unknown>> = {
  ease: { lambda: 1 },
  als: { factors: 4, alpha: 5, regularization: 0.1 },
};
const models = new Map<string, Recommender>(
  SERVED.map((name) => [name, algorithm(name)(data, OPTIONS[name], content)]),
);
const roundTrip = (m: Recommender) => loadRecommender(JSON.parse(JSON.stringify(m.toJSON?.())));

describe.each(SERVED)('%s: recommendForHistory and saving', (name) => {
  const model = models.get(name) as Recommender;
  const history = [
    { item: at(data, 0), value: 2 },
    { item: at(data, 3), value: 1 },
  ];

  it('never returns the history’s items, or an excluded one, and respects k', () => {
    const recs = model.recommendForHistory?.(history, 5) ?? [];
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.length).toBeLessThanOrEqual(5);
    for (const r of recs) expect([at(data, 0), at(data, 3)]).not.toContain(r.item);
    const first = recs[0].item;
    expect(model.recommendForHistory?.(history, 5, new Set([first])).map((r) => r.item)).not.toContain(first);
  });

  it('ignores entries outside the catalog', () => {
    const withJunk = [...history, { item: -1, value: 1 }, { item: 999, value: 1 }, { item: 1.5, value: 1 }];
    expect(model.recommendForHistory?.(withJunk, 5)).toEqual(model.recommendForHistory?.(history, 5));
  });

  it('restores from JSON with the same answers for known users and ad-hoc histories', () => {
    const back = roundTrip(model);
    expect(back.name).toBe(name);
    for (const u of [0, 1, 17]) expect(back.recommend(u, 5)).toEqual(model.recommend(u, 5));
    expect(back.recommend(99, 3)).toEqual(model.recommend(99, 3));
    expect(back.recommendForHistory?.(history, 5)).toEqual(model.recommendForHistory?.(history, 5));
  });
});

describe.each(SERVED.filter((n) => n !== 'popularity'))('%s: a history of one taste', (name) => {
  it('recommends mostly the same taste', () => {
    const recs = models.get(name)?.recommendForHistory?.([{ item: at(data, 1), value: 1 }], 4) ?? [];
    expect(recs.filter((r) => garden(r.item)).length).toBeGreaterThanOrEqual(3);
  });
});

describe('recommendForHistory agrees with recommend for a training user', () => {
  it.each(['item-knn', 'ease', 'content'])(
    '%s gives the same list (no recency: content without times)',
    (name) => {
      const noTimes = { ...data, times: undefined };
      const model = algorithm(name)(noTimes, OPTIONS[name], content);
      for (const u of [0, 5, 11])
        expect(model.recommendForHistory?.(userHistory(noTimes, u), 5).map((r) => r.item)).toEqual(
          model.recommend(u, 5).map((r) => r.item),
        );
    },
  );

  it('als folds a training history in close to the trained user factor', () => {
    const model = models.get('als') as Recommender;
    let overlap = 0;
    for (let u = 0; u < 10; u++) {
      const a = new Set(model.recommend(u, 3).map((r) => r.item));
      overlap += (model.recommendForHistory?.(userHistory(data, u), 3) ?? []).filter((r) =>
        a.has(r.item),
      ).length;
    }
    expect(overlap / 30).toBeGreaterThanOrEqual(0.7);
  });
});

describe('content: new products and single items', () => {
  const model = models.get('content') as Recommender;
  it('ranks a never-bought product by its text: hose reel → the new hose spray gun first', () => {
    expect(model.recommendForHistory?.([{ item: at(data, 0), value: 1 }], 1)[0].item).toBe(at(data, 12));
  });

  it('weighs recent purchases more for training users with times', () => {
    const recent = algorithm('content')(data, { halfLifeDays: 0.01 }, content);
    const u = 0;
    const last = userHistory(data, u).at(-1)?.item as number;
    const latestOnly = recent.recommendForHistory?.(
      [{ item: last, value: 1 }],
      3,
      new Set(userHistory(data, u).map((h) => h.item)),
    );
    expect(recent.recommend(u, 3).map((r) => r.item)).toEqual(latestOnly?.map((r) => r.item));
  });

  it('returns nothing for a history without content', () => {
    const bare = algorithm('content')(data, {}, new Map());
    expect(bare.recommendForHistory?.([{ item: 0, value: 1 }], 3)).toEqual([]);
  });
});

describe('loadRecommender', () => {
  it.each([
    [{ name: 'nope' }, /cannot restore a "nope" model/],
    [undefined, /cannot restore a "undefined" model/],
    [{ name: 'ease', kept: { type: 'f32', base64: '' } }, /matrix needs users and items/],
  ])('rejects %j', (json, message) => {
    expect(() => loadRecommender(json)).toThrow(message);
  });
});
