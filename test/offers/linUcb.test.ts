import { LinUcbPolicy } from '../../src/offers/linUcb';
import { seededRandom } from '../../src/random';

const x = (...v: number[]) => Float64Array.from(v);

describe('LinUcbPolicy', () => {
  it('learns which arm converts in which context', () => {
    const policy = new LinUcbPolicy(3, 0.2);
    const r = seededRandom(1);
    // context a = [1,1,0]: arm "ten" converts 60%, "none" 20%; context b = [1,0,1]: the other way round
    for (let i = 0; i < 2000; i++) {
      const ctx = i % 2 ? x(1, 1, 0) : x(1, 0, 1);
      const cands = ['none', 'ten'].map((armId) => ({ armId, features: ctx, valueCents: 100 }));
      const arm = policy.choose(cands).armId;
      const p = (arm === 'ten') === (ctx[1] === 1) ? 0.6 : 0.2;
      policy.update(arm, ctx, r() < p ? 1 : 0);
    }
    const pick = (ctx: Float64Array) =>
      policy.choose(['none', 'ten'].map((armId) => ({ armId, features: ctx, valueCents: 100 }))).armId;
    expect(pick(x(1, 1, 0))).toBe('ten');
    expect(pick(x(1, 0, 1))).toBe('none');
    expect(policy.predict('ten', x(1, 1, 0)).mean).toBeCloseTo(0.6, 1);
  });

  it('weighs the chance of a purchase by the revenue after the discount', () => {
    const policy = new LinUcbPolicy(1, 0);
    for (let i = 0; i < 100; i++) {
      policy.update('none', x(1), i % 10 < 3 ? 1 : 0); // 30%
      policy.update('half', x(1), i % 10 < 5 ? 1 : 0); // 50%, but at half price
    }
    const cands = [
      { armId: 'none', features: x(1), valueCents: 100 },
      { armId: 'half', features: x(1), valueCents: 50 },
    ];
    expect(policy.choose(cands).armId).toBe('none');
  });

  it('explores an arm it knows nothing about', () => {
    const policy = new LinUcbPolicy(1, 1);
    for (let i = 0; i < 50; i++) policy.update('none', x(1), 0);
    expect(
      policy.choose([
        { armId: 'none', features: x(1), valueCents: 100 },
        { armId: 'new', features: x(1), valueCents: 90 },
      ]).armId,
    ).toBe('new');
  });

  it('round-trips through JSON', () => {
    const policy = new LinUcbPolicy(2, 0.5);
    policy.update('a', x(1, 0.5), 1);
    const copy = LinUcbPolicy.fromJSON(JSON.parse(JSON.stringify(policy)));
    expect(copy.predict('a', x(1, 0.5))).toEqual(policy.predict('a', x(1, 0.5)));
    expect(copy.counts()).toEqual({ a: 1 });
    expect(() => LinUcbPolicy.fromJSON({ ...policy.toJSON(), dimension: 3 })).toThrow(/3 dimensions/);
  });
});
