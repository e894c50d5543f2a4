// Stage 1: raw text → a canonical lower-case string of space-separated words
// and punctuation marks. Total: never throws, whatever it is given.

/** Settings of the normalize stage. */
export interface NormalizeOptions {
  /** Characters kept from the start of the input (after cleanup). */
  maxChars: number;
}

/** Defaults: the first 500 characters are plenty for one chat message. */
export const NORMALIZE_DEFAULTS: NormalizeOptions = { maxChars: 500 };

/** Whole-word contractions and chat slang, expanded after lower-casing. */
export const CONTRACTIONS: Readonly<Record<string, string>> = {
  "won't": 'will not',
  "can't": 'can not',
  cant: 'can not',
  cannot: 'can not',
  "shan't": 'shall not',
  "ain't": 'is not',
  "let's": 'let us',
  "i'm": 'i am',
  im: 'i am',
  "what's": 'what is',
  whats: 'what is',
  "where's": 'where is',
  "how's": 'how is',
  "who's": 'who is',
  "when's": 'when is',
  "why's": 'why is',
  "that's": 'that is',
  thats: 'that is',
  "there's": 'there is',
  "here's": 'here is',
  "it's": 'it is',
  "he's": 'he is',
  "she's": 'she is',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  wont: 'will not',
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ty: 'thank you',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  gimme: 'give me',
  lemme: 'let me',
  idk: 'i do not know',
  b4: 'before',
  '2day': 'today',
  '2morrow': 'tomorrow',
  tmrw: 'tomorrow',
};

/** Suffix contractions: "n't" → " not", "'re" → " are", and so on. */
const SUFFIXES: [RegExp, string][] = [
  [/n't$/, ' not'],
  [/'re$/, ' are'],
  [/'ve$/, ' have'],
  [/'ll$/, ' will'],
  [/'d$/, ' would'],
  [/'m$/, ' am'],
];

const CONTROL = /[\p{Cc}\p{Co}\p{Cs}\u{FFFD}]+/gu;
const INVISIBLE = /\p{Cf}+/gu;
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const TAGS = /<\/?[a-z!][^<>]{0,200}>/g;
/** Script and style elements: their contents are code, not words the shopper said. */
const CODE_ELEMENTS = /<(script|style)\b[^<>]{0,200}>[\s\S]{0,2000}?(<\/\1\s*>|$)/g;
const PUNCT = /([^\p{L}\p{N}\p{M}\s'])/gu;

/** Normalises one utterance: NFKC, lower case, no control or invisible characters, contractions expanded, punctuation separated, single spaces. */
export function normalize(input: unknown, options: NormalizeOptions = NORMALIZE_DEFAULTS): string {
  let text = typeof input === 'string' ? input : input == null ? '' : String(input);
  // Bound the work before the expensive steps; NFKC can only grow a string a little.
  text = text.slice(0, options.maxChars * 4);
  try {
    text = text.normalize('NFKC');
  } catch {
    // Lone surrogates cannot throw in V8, but keep the stage total regardless.
  }
  text = text
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(CODE_ELEMENTS, ' ')
    .replace(TAGS, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ');
  text = text.replace(PUNCT, ' $1 ');
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const out: string[] = [];
  let length = 0;
  for (const word of words) {
    const expanded = CONTRACTIONS[word] ?? expandApostrophes(word);
    if (!expanded) continue;
    out.push(expanded);
    length += expanded.length + 1;
    if (length >= options.maxChars) break;
  }
  return out.join(' ').slice(0, options.maxChars).trim();
}

/** Expands suffix contractions, then drops a possessive "'s" and other apostrophes: "mom's" → "mom". */
function expandApostrophes(word: string): string {
  if (!word.includes("'")) return word;
  for (const [pattern, replacement] of SUFFIXES) word = word.replace(pattern, replacement);
  return word.replace(/'s$/, '').replace(/'/g, ' ').trim();
}
