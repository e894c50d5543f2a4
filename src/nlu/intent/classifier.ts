// Stage 5: the linear classifier, chosen by options. Both trainers return
// feature-major weights scored with `linearScores`.
import { CS_DEFAULTS, trainCrammerSinger, type CsOptions } from './crammerSinger';
import { SOFTMAX_DEFAULTS, trainSoftmax, type LinearModel, type SoftmaxOptions } from './softmax';
import type { SparseVector } from './sparse';

/** Which trainer, and each one's settings. */
export interface ClassifierOptions {
  kind: 'svm' | 'softmax';
  svm: CsOptions;
  softmax: SoftmaxOptions;
}

/** Defaults: the multi-class SVM (better and 2–3× faster than softmax on cross-validation). */
export const CLASSIFIER_DEFAULTS: ClassifierOptions = {
  kind: 'svm',
  svm: CS_DEFAULTS,
  softmax: SOFTMAX_DEFAULTS,
};

/** Trains the configured linear classifier on vectors `xs` with class indices `labels`. */
export function trainClassifier(
  xs: SparseVector[],
  labels: Int32Array,
  classes: number,
  dimension: number,
  options: ClassifierOptions = CLASSIFIER_DEFAULTS,
): LinearModel {
  return options.kind === 'softmax'
    ? trainSoftmax(xs, labels, classes, dimension, options.softmax)
    : trainCrammerSinger(xs, labels, classes, dimension, options.svm);
}
