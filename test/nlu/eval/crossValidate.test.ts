import {
  checkFolds,
  crossValidate,
  CV_DEFAULTS,
  FoldsError,
  type CrossValidationResult,
} from '../../../src/nlu/eval/crossValidate';
import { rejects } from '../../../src/nlu/intent/policy';
import { CV_EXAMPLES, fastTrainer } from './cvFixture';

const progress: [number, number][] = [];
let result: CrossValidationResult;
beforeAll(() => {
  result = crossValidate(CV_EXAMPLES, {
    folds: 4,
    oosLabel: 'out_of_scope',
    train: fastTrainer,
    onProgress: (done, total) => progress.push([done, total]),
  });
});

describe('crossValidate', () => {
  it('predicts every example exactly once, by the one fold model that did not train on it', () => {
    expect(result.predictions).toHaveLength(CV_EXAMPLES.length);
    expect(result.predictions.map((p) => p.text)).toEqual(CV_EXAMPLES.map((e) => e.text));
    expect(result.predictions.map((p) => p.gold)).toEqual(CV_EXAMPLES.map((e) => e.intent));
    expect(result.foldResults.map((f) => f.test).reduce((a, b) => a + b)).toBe(CV_EXAMPLES.length);
    for (const f of result.foldResults) {
      expect(f.train + f.test).toBe(CV_EXAMPLES.length);
      expect(result.predictions.filter((p) => p.fold === f.fold - 1)).toHaveLength(f.test);
    }
    expect(progress).toHaveLength(8);
    expect(progress[progress.length - 1]).toEqual([8, 8]);
  });

  it('gives sensible closed-set metrics over every label, the reject class included', () => {
    const { closedSet, matrix } = result;
    expect(result.labels).toEqual([
      'add_to_cart',
      'greeting',
      'out_of_scope',
      'shipping_cost',
      'track_order',
    ]);
    expect(closedSet.accuracy).toBeGreaterThan(0.8);
    expect(closedSet.macroF1).toBeGreaterThan(0.8);
    expect(closedSet.perIntent.map((l) => l.support)).toEqual([12, 12, 12, 12, 12]);
    const right = result.predictions.filter((p) => p.guess === p.gold).length;
    expect(closedSet.accuracy).toBeCloseTo(right / CV_EXAMPLES.length, 10);
    const cells = matrix.counts.flat().reduce((a, b) => a + b);
    const diagonal = matrix.counts.reduce((s, row, i) => s + row[i], 0);
    expect(cells).toBe(CV_EXAMPLES.length);
    expect(diagonal).toBe(right);
    for (const c of closedSet.confusions) expect(c.gold).not.toBe(c.predicted);
  });

  it('scores the operating point with none right for out-of-scope gold and wrong otherwise', () => {
    const right = result.predictions.filter((p) =>
      p.gold === 'out_of_scope' ? p.oos : !p.oos && p.intent === p.gold,
    ).length;
    expect(result.operatingPoint.accuracy).toBeCloseTo(right / CV_EXAMPLES.length, 10);
    for (const p of result.predictions) {
      expect(p.intent === 'none').toBe(p.oos);
      // The sweep's decision at a fold model's own policy is what that model answered.
      const { policy } = result.foldResults[p.fold];
      expect(rejects(policy, p.score, p.margin, p.forcedReject)).toBe(p.oos);
    }
  });

  it('sweeps thresholds 0.00..0.90, accepting fewer lines as the threshold rises', () => {
    expect(result.sweep.map((s) => s.threshold)).toEqual(CV_DEFAULTS.thresholds);
    expect(CV_DEFAULTS.thresholds).toHaveLength(19);
    expect(CV_DEFAULTS.thresholds[18]).toBe(0.9);
    result.sweep.slice(1).forEach((s, i) => {
      expect(s.acceptedShare).toBeLessThanOrEqual(result.sweep[i].acceptedShare);
      expect(s.recall).toBeGreaterThanOrEqual(result.sweep[i].recall);
    });
    for (const s of result.sweep) {
      for (const x of [s.acceptedShare, s.acceptedAccuracy, s.inScopeAccuracy, s.recall, s.precision]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('checkFolds', () => {
  it.each([
    [1, /integer ≥ 2, got 1/],
    [0, /integer ≥ 2/],
    [2.5, /integer ≥ 2, got 2.5/],
    [NaN, /integer ≥ 2/],
    [13, /13 folds is more than the 12 examples of the smallest intent "add_to_cart"; use at most 12/],
  ])('rejects %p folds', (folds, message) => {
    expect(() => checkFolds(CV_EXAMPLES, folds)).toThrow(FoldsError);
    expect(() => checkFolds(CV_EXAMPLES, folds)).toThrow(message);
  });

  it('accepts up to the size of the smallest intent, and refuses before any training', () => {
    expect(() => checkFolds(CV_EXAMPLES, 12)).not.toThrow();
    const train = jest.fn(fastTrainer);
    expect(() => crossValidate(CV_EXAMPLES, { folds: 20, oosLabel: 'out_of_scope', train })).toThrow(
      FoldsError,
    );
    expect(train).not.toHaveBeenCalled();
  });
});
