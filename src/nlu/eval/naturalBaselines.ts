// natural's own intent classifiers (naive Bayes, logistic regression), as
// baselines for the benchmark. They live here because natural's one home is
// src/nlu; the deep requires skip natural's index, which loads dotenv.

interface NaturalClassifier {
  addDocument(text: string, label: string): void;
  train(): void;
  getClassifications(text: string): { label: string; value: number }[];
}

const CLASSES: Record<NaturalKind, string> = {
  bayes: 'natural/lib/natural/classifiers/bayes_classifier',
  logistic: 'natural/lib/natural/classifiers/logistic_regression_classifier',
};

/** Which natural classifier. */
export type NaturalKind = 'bayes' | 'logistic';

/** A natural classifier behind a small train/rank interface. */
export class NaturalBaseline {
  private readonly classifier: NaturalClassifier;

  constructor(readonly kind: NaturalKind) {
    const Ctor = require(CLASSES[kind]) as new () => NaturalClassifier;
    this.classifier = new Ctor();
  }

  /** Trains on labelled utterances (natural's own tokenizer and Porter stemmer). */
  train(examples: readonly { text: string; intent: string }[]): void {
    for (const e of examples) this.classifier.addDocument(e.text, e.intent);
    this.classifier.train();
  }

  /** Labels with natural's scores, best first. */
  rank(text: string): { label: string; value: number }[] {
    return this.classifier.getClassifications(text);
  }
}
