// How upset a message sounds: natural's AFINN sentiment (word polarities, negation aware) plus a short
// list of exasperated phrases AFINN misses ("waste of time", "useless bot"). natural lives in src/nlu only.
interface AfinnAnalyzer {
  getSentiment(words: string[]): number;
}
// The analyzer alone (requiring 'natural' itself loads every classifier and corpus of the library).
const SentimentAnalyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer') as new (
  language: string,
  stemmer: null,
  type: string,
) => AfinnAnalyzer;

/** Phrases that signal exasperation whatever their words score. */
export const FRUSTRATION_PHRASES: readonly RegExp[] = [
  /\b(waste of (my )?time|wasting my time)\b/,
  /\b(useless|pointless|hopeless|stupid|dumb) (bot|thing|machine|chat|assistant)\b/,
  /\b(this|you) (is|are) (useless|hopeless|pointless|ridiculous|a joke)\b/,
  /\b(fed up|sick of this|had enough|so annoying|so frustrating|frustrated|furious|unacceptable)\b/,
  /\b(not helping|doesn'?t help|you don'?t understand|you'?re not listening)\b/,
  /\b(wtf|ffs|omg why)\b/,
  /\b(ridiculous|pathetic|absurd|worst|furious|livid|disgusting|outrageous|rubbish|garbage)\b/,
];

/** Frustration of a message: 0 (calm) to 1 (clearly exasperated). */
export interface FrustrationScore {
  score: number;
  /** AFINN polarity summed over the words (negative = negative tone). */
  sentiment: number;
  /** True when one of the frustration phrases matched. */
  phrase: boolean;
}

let analyzer: AfinnAnalyzer | undefined;

/** Lower case, curly quotes straightened, whitespace collapsed. */
function normalizeForSentiment(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 1000);
}

/** Scores how frustrated a message sounds. */
export function frustration(text: string): FrustrationScore {
  analyzer ??= new SentimentAnalyzer('English', null, 'afinn');
  const normalized = normalizeForSentiment(text);
  const words = normalized.split(/[^a-z']+/).filter(Boolean);
  // getSentiment averages over every word, which dilutes a long message: use the sum.
  const sentiment = words.length ? analyzer.getSentiment(words) * words.length : 0;
  const phrase = FRUSTRATION_PHRASES.some((p) => p.test(normalized));
  const shouting = /[A-Z]{4,}/.test(text) && text === text.toUpperCase() ? 0.15 : 0;
  const exclaim = /[!?]{3,}/.test(text) ? 0.1 : 0;
  const fromWords = Math.min(1, Math.max(0, -sentiment) / 6);
  const score = Math.min(1, Math.max(fromWords, phrase ? 0.8 : 0) + shouting + exclaim);
  return { score, sentiment, phrase };
}
