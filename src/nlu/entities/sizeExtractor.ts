// Sizes: apparel ("XL", "medium", "extra large", "size M") and footwear ("EU 43", "uk 9", "size 10" → US 10,
// "size 43" → EU 43), as the catalog writes them. Lone capital letters count; lone "s", "m", "l" do not.
import type { Lexicons } from './lexiconSchemas';
import type { PhraseIndex } from './phraseIndex';
import { isCaseSensitive, phraseWords } from './tokens';
import { entity, type ExtractedEntity, type Extractor, type Token } from './types';

/** Scores: after "size" a size is sure; a lone capital letter is a weaker hint. */
export const SIZE_SCORES = { afterSizeWord: 0.95, footwear: 0.9, bare: 0.85, letter: 0.7 };

interface System {
  system: string;
  min: number;
  max: number;
}

/** Builds the size extractor from the sizes lexicon and its apparel phrase index. */
export function sizeExtractor(sizes: Lexicons['sizes'], apparel: PhraseIndex<string>): Extractor {
  const sizeWords = new Set(sizes.sizeWords.flatMap(phraseWords));
  const systems = new Map<string, System>();
  for (const f of sizes.footwear)
    for (const w of f.words) systems.set(isCaseSensitive(w) ? `=${w}` : phraseWords(w).join(' '), f);
  const systemAt = (t: Token) => systems.get(`=${t.raw}`) ?? systems.get(t.key);

  return (input) => {
    const { tokens } = input;
    const out: ExtractedEntity[] = [];
    const afterSizeWord = (i: number) => i > 0 && sizeWords.has(tokens[i - 1].key);
    for (const m of apparel.match(tokens)) {
      const sized = afterSizeWord(m.from);
      const letter = tokens[m.from].raw.length === 1 && m.to === m.from + 1;
      const score = sized ? SIZE_SCORES.afterSizeWord : letter ? SIZE_SCORES.letter : m.score;
      out.push(
        entity(
          input,
          'size',
          tokens[sized ? m.from - 1 : m.from].start,
          tokens[m.to - 1].end,
          m.value,
          score,
        ),
      );
    }
    tokens.forEach((t, i) => {
      const system = systemAt(t);
      const sized = sizeWords.has(t.key);
      const num = tokens[i + 1] && sizeNumber(input.text, tokens[i + 1]);
      if (!num || !(system || sized)) return;
      const chosen = system ?? sizes.bareNumbers.find((b) => num.value >= b.min && num.value <= b.max);
      if (!chosen || num.value < chosen.min || num.value > chosen.max) return;
      const from = system && afterSizeWord(i) ? i - 1 : i;
      const score = system ? (from < i ? SIZE_SCORES.afterSizeWord : SIZE_SCORES.footwear) : SIZE_SCORES.bare;
      out.push(entity(input, 'size', tokens[from].start, num.end, `${chosen.system} ${num.value}`, score));
    });
    return out;
  };
}

/** A shoe size written at token t ("10", "10.5"), with where it ends. */
function sizeNumber(text: string, t: Token): { value: number; end: number } | undefined {
  const m = /^\d{1,2}(?:\.5)?(?![\d.])/.exec(text.slice(t.start, t.start + 6));
  return m ? { value: Number(m[0]), end: t.start + m[0].length } : undefined;
}
