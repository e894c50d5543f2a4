// Stages 1–3 chained: raw text → normalised → spelling-corrected → tokens and
// stems. Training and prediction run exactly this.
import type { BloomFilter } from './bloom';
import { normalize, type NormalizeOptions } from './normalize';
import { SpellingCorrector, type SpellingOptions } from './spelling';
import { tokenize, type TokenOptions, type Tokens } from './tokens';

/** The settings of the text stages. */
export interface TextOptions {
  normalize: NormalizeOptions;
  tokens: TokenOptions;
  spelling: SpellingOptions;
}

/** What the spelling stage knows: correction targets with frequencies, and a lexicon of other real words. */
export interface Vocabulary {
  frequencies: Map<string, number>;
  lexicon: BloomFilter | null;
}

/** The text stages of one model. */
export interface TextStages {
  normalize: NormalizeOptions;
  tokens: TokenOptions;
  speller?: SpellingCorrector;
}

/** Builds the text stages from their settings and vocabulary. */
export function textStages(options: TextOptions, vocabulary: Vocabulary): TextStages {
  const { lexicon } = vocabulary;
  const speller = options.spelling.enabled
    ? new SpellingCorrector(
        vocabulary.frequencies,
        options.spelling,
        lexicon ? (w) => lexicon.has(w) : undefined,
      )
    : undefined;
  return { normalize: options.normalize, tokens: options.tokens, speller };
}

/** Runs normalize → spelling → tokens on one utterance (never throws). */
export function analyze(text: unknown, stages: TextStages): Tokens {
  let normalized = normalize(text, stages.normalize);
  if (stages.speller && normalized) normalized = stages.speller.correctAll(normalized.split(' ')).join(' ');
  return tokenize(normalized, stages.tokens);
}

/** How often each normalised word occurs in `texts` (the spelling stage's correction targets). */
export function wordFrequencies(texts: readonly string[], options: NormalizeOptions): Map<string, number> {
  const freq = new Map<string, number>();
  for (const text of texts) {
    for (const w of normalize(text, options).split(' ')) if (w) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  return freq;
}

/**
 * The share of an utterance's words the model's language knows: training words and the spelling
 * stage's targets, or the general-English lexicon (words with digits count as known). 0 when there are no words.
 */
export function knownWordShare(tokens: Tokens, vocabulary: Vocabulary): number {
  let words = 0;
  let known = 0;
  for (const w of tokens.words) {
    if (w === '?') continue;
    words++;
    if (/[0-9]/.test(w) || vocabulary.frequencies.has(w) || vocabulary.lexicon?.has(w)) known++;
  }
  return words === 0 ? 0 : known / words;
}
