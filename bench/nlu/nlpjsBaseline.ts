// nlp.js (@nlpjs/nlp with @nlpjs/lang-en-min) as a peer: its Nlp class with the English
// tokenizer/stemmer, trained from addDocument, queried with process(). No types ship with nlp.js, so
// the few members used are declared here.
import type { EvalPrediction } from '../../src/nlu/eval/evaluateIntents';

interface NlpClassification {
  intent: string;
  score: number;
}

interface NlpResult {
  intent: string;
  score: number;
  classifications: NlpClassification[];
}

interface NlpInstance {
  use(plugin: unknown): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, utterance: string): Promise<NlpResult>;
}

/** nlp.js's own fallback intent. */
export const NLPJS_NONE = 'None';
/** nlp.js's default fallback threshold (Nlp setting `threshold`): a lower best score answers None. */
export const NLPJS_THRESHOLD = 0.5;

/** Installed version of @nlpjs/nlp, for the report. */
export function nlpjsVersion(): string {
  return (require('@nlpjs/nlp/package.json') as { version: string }).version;
}

/** An nlp.js Nlp trained on labelled utterances; `predict` maps its answer onto EvalPrediction. */
export class NlpjsBaseline {
  private readonly nlp: NlpInstance;

  constructor() {
    const { Nlp } = require('@nlpjs/nlp') as { Nlp: new (settings: object) => NlpInstance };
    const { LangEn } = require('@nlpjs/lang-en-min') as { LangEn: unknown };
    // No model file on disk, no sentiment, and no per-epoch console.log (it would go to stdout).
    this.nlp = new Nlp({
      languages: ['en'],
      autoLoad: false,
      autoSave: false,
      calculateSentiment: false,
      threshold: NLPJS_THRESHOLD,
      nlu: { log: false },
    });
    this.nlp.use(LangEn);
  }

  /** Adds every example as a document and trains. */
  async train(examples: readonly { text: string; intent: string }[]): Promise<void> {
    for (const e of examples) this.nlp.addDocument('en', e.text, e.intent);
    await this.nlp.train();
  }

  /** Best in-scope guess = its best non-None classification; out of scope = its own answer is None. */
  async predict(text: string): Promise<EvalPrediction> {
    const result = await this.nlp.process('en', text);
    const best = result.classifications.find((c) => c.intent !== NLPJS_NONE);
    return { intent: best?.intent ?? NLPJS_NONE, score: best?.score ?? 0, oos: result.intent === NLPJS_NONE };
  }
}
