// Stage 7, inference: a trained intent model. `predict` runs the stages
// (analyze → vectorize → linear scores → calibrated softmax → policy);
// `toJSON`/`fromJSON` move it to and from `models/`.
import { Intents } from '../recognizer';
import {
  analyze,
  knownWordShare,
  textStages,
  type TextOptions,
  type TextStages,
  type Vocabulary,
} from './analyze';
import type { FeatureSpaceData } from './features';
import { decodeModel, encodeModel } from './modelCodec';
import type { IntentModelJson } from './modelJson';
import { rejects, type Policy } from './policy';
import type { LinearModel } from './softmax';
import { linearScores, softmaxInPlace } from './sparse';
import { Vectorizer } from './vectorizer';

/** One intent with its calibrated probability. */
export interface IntentScore {
  intent: string;
  score: number;
}

/** What the model makes of one utterance. */
export interface IntentPrediction {
  /** The best in-scope intent, or `none` when the policy rejects. */
  intent: string;
  /** Calibrated probability of the best in-scope intent. */
  score: number;
  /** The top in-scope intents, best first (the first is the best guess even when rejected). */
  alternatives: IntentScore[];
  /** The model's out-of-scope decision (the out-of-scope class won, or the policy rejected). */
  oos: boolean;
  /** The out-of-scope class itself won, rather than the policy being unsure. */
  outOfScope: boolean;
  /** Enough of the text is words the model knows (false for junk, emoji, other languages). */
  known: boolean;
}

/** Everything a trained model is made of. */
export interface IntentModelParts {
  labels: string[];
  /** The out-of-scope training label, if the model has such a class (or was told its name). */
  oosLabel: string | null;
  text: TextOptions;
  vocabulary: Vocabulary;
  space: FeatureSpaceData;
  linear: LinearModel;
  temperature: number;
  policy: Policy;
  training: IntentModelJson['training'];
}

/** How many alternatives a prediction carries. */
export const ALTERNATIVES = 3;

/**
 * Below this share of known words (training vocabulary, catalog words, general English) the
 * utterance is out of scope whatever the scores say: another language, keyboard mashing, code.
 */
export const MIN_KNOWN_WORD_SHARE = 0.5;

/** A trained intent classifier with its confidence policy. */
export class IntentModel {
  private readonly stages: TextStages;
  private readonly vectorizer: Vectorizer;
  private readonly oosIndex: number;
  private readonly scratch: Float64Array;

  constructor(readonly parts: IntentModelParts) {
    this.stages = textStages(parts.text, parts.vocabulary);
    this.vectorizer = new Vectorizer(parts.space);
    this.oosIndex = parts.oosLabel === null ? -1 : parts.labels.indexOf(parts.oosLabel);
    this.scratch = new Float64Array(parts.labels.length);
  }
  /** Whether the word is in the model's general-English lexicon (false when it was trained without one). */
  isEnglishWord(word: string): boolean {
    return this.parts.vocabulary.lexicon?.has(word) ?? false;
  }

  /** The in-scope intents the model can answer. */
  get intents(): string[] {
    return this.parts.labels.filter((_, i) => i !== this.oosIndex);
  }

  /** The confidence policy in force. */
  get policy(): Policy {
    return this.parts.policy;
  }

  /** Classifies one utterance; never throws, whatever `text` is. */
  predict(text: unknown): IntentPrediction {
    const { probs, known } = this.probabilities(text);
    const top = topInScope(probs, this.oosIndex, ALTERNATIVES);
    const alternatives = top.map((c) => ({ intent: this.parts.labels[c], score: probs[c] }));
    const best = alternatives[0];
    const margin = best.score - (alternatives[1]?.score ?? 0);
    const oosWins = this.oosIndex >= 0 && probs[this.oosIndex] > best.score;
    // Too little the model knows (empty, emoji only, another language, junk): out of scope whatever the scores say.
    const oos = !known || rejects(this.parts.policy, best.score, margin, oosWins);
    return {
      intent: oos ? Intents.none : best.intent,
      score: best.score,
      alternatives,
      oos,
      outOfScope: known && oosWins,
      known,
    };
  }

  /** Calibrated class probabilities (order of `parts.labels`); `known` is false when no feature of the text is known or too few of its words are. */
  probabilities(text: unknown): { probs: Float64Array; known: boolean } {
    const tokens = analyze(text, this.stages);
    const x = this.vectorizer.vectorize(tokens);
    const { weights, bias } = this.parts.linear;
    const probs = softmaxInPlace(
      linearScores(x, weights, bias, this.scratch),
      this.parts.temperature,
    ).slice();
    const known = x.idx.length > 0 && knownWordShare(tokens, this.parts.vocabulary) >= MIN_KNOWN_WORD_SHARE;
    return { probs, known };
  }

  /** The same model with another confidence policy (e.g. configured thresholds). */
  withPolicy(policy: Policy): IntentModel {
    return new IntentModel({ ...this.parts, policy });
  }

  /** The JSON form: options, vocabularies, int8-quantised weights and vectors (base64), calibration, policy. */
  toJSON(): IntentModelJson {
    return encodeModel(this.parts);
  }

  /** Restores a model from its JSON form (validated; throws on a damaged file). */
  static fromJSON(json: unknown): IntentModel {
    return new IntentModel(decodeModel(json));
  }
}

/** Indices of the `k` most probable classes other than `skip`, best first. */
export function topInScope(probs: Float64Array, skip: number, k: number): number[] {
  const top: number[] = [];
  for (let c = 0; c < probs.length; c++) {
    if (c === skip) continue;
    let at = top.length;
    while (at > 0 && probs[top[at - 1]] < probs[c]) at--;
    if (at < k) {
      top.splice(at, 0, c);
      if (top.length > k) top.pop();
    }
  }
  return top;
}
