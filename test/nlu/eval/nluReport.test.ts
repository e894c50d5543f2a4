import { crossValidate, type CrossValidationResult } from '../../../src/nlu/eval/crossValidate';
import { labelCodes, renderCvReport } from '../../../src/nlu/eval/nluReport';
import { CV_EXAMPLES, fastTrainer } from './cvFixture';

let result: CrossValidationResult;
let report: string;
beforeAll(() => {
  result = crossValidate(CV_EXAMPLES, { folds: 3, oosLabel: 'out_of_scope', train: fastTrainer });
  report = renderCvReport(result, { command: 'shopkeeper nlu cv --folds 3 --seed 1' });
});

describe('renderCvReport', () => {
  it.each([
    '# NLU cross-validation',
    '## Summary',
    '## Method',
    '## Folds',
    '## Per intent (closed set, worst first)',
    '## Most confused pairs',
    '## Confusion matrix (closed set)',
    '## Threshold sweep',
  ])('has the section %s', (heading) => {
    expect(report.split('\n')).toContain(heading);
  });

  it('states the figures, the command and the out-of-scope choice', () => {
    expect(report).toContain('Produced by `shopkeeper nlu cv --folds 3 --seed 1`.');
    expect(report).toContain(`| closed-set macro-F1 | **${result.closedSet.macroF1.toFixed(3)}** |`);
    expect(report).toContain('| intents | 5 (4 in scope + `out_of_scope`) |');
    expect(report).toMatch(/`out_of_scope` included, so macro-F1 covers every/);
    for (const l of result.labels) expect(report).toMatch(new RegExp(`^\\| \`${l}\` \\|`, 'm'));
    const sweepRows = report.split('\n').filter((line) => /^\| 0\.\d\d( ◀)? \| \d/.test(line));
    expect(sweepRows).toHaveLength(19);
  });

  it('keeps table cells intact whatever the examples contain', () => {
    const tricky = {
      ...result,
      closedSet: {
        ...result.closedSet,
        confusions: [{ gold: 'greeting', predicted: 'add_to_cart', count: 1 }],
      },
      predictions: [{ ...result.predictions[0], text: 'a | b <i>', gold: 'greeting', guess: 'add_to_cart' }],
    };
    expect(renderCvReport(tricky)).toContain('“a \\| b &lt;i>”');
  });
});

describe('labelCodes', () => {
  it('gives short unique codes, initials for snake_case names', () => {
    const labels = [
      'add_to_cart',
      'compare',
      'complaint',
      'out_of_scope',
      'privacy',
      'price',
      'select_item',
      'similar_items',
      'small_talk',
      'stock',
      'start_over',
      'store_policy',
    ];
    const codes = labelCodes(labels);
    expect(new Set(codes.values()).size).toBe(labels.length);
    expect(codes.get('add_to_cart')).toBe('atc');
    expect(codes.get('out_of_scope')).toBe('oos');
    for (const code of codes.values()) expect(code.length).toBeLessThanOrEqual(4);
  });

  it('stays unique when every candidate is taken', () => {
    const codes = labelCodes(['a_b', 'ab', 'ab_', 'a_bb', 'a_b_']);
    expect(new Set(codes.values()).size).toBe(5);
  });
});
