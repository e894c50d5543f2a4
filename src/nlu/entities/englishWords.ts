// Ordinary English words, which spelling correction must leave alone ("went" is not a typo of "tent").
// The only home of compromise in the entity extractor: its lexicon is read once, at build time; parsing
// with compromise per message was measured at about 2 ms, far over the extractor's budget.
import nlp from 'compromise';

let cached: ReadonlySet<string> | undefined;

/** compromise's single-word lexicon (about 20,000 words with their inflections), lower-cased. */
export function englishWords(): ReadonlySet<string> {
  if (!cached) {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
    cached = new Set(Object.keys(lexicon).filter((word) => /^[a-z]+$/.test(word)));
  }
  return cached;
}
