// The entity extractor: cap the input, tokenise, correct spelling against the store's words, run every
// stage, and keep the best non-overlapping entities. Never throws on any input.
import type { Product } from '../../domain/schemas';
import { buildStages, type EntityStages } from './entityStages';
import type { Lexicons } from './lexiconSchemas';
import { resolveOverlaps } from './resolve';
import type { Speller } from './spelling';
import { lowerSameLength, tokenize } from './tokens';
import type { ExtractedEntity, ExtractInput, Token } from './types';

/** Limits on what one call looks at: longer messages are read up to `maxChars`. */
export const ENTITY_DEFAULTS = { maxChars: 500, maxTokens: 100 };

/** What the extractor is built from. */
export interface EntityExtractorConfig {
  products: readonly Product[];
  lexicons: Lexicons;
  /** A general-English lexicon: its words are not corrected into other words (see Speller). */
  isRealWord?: (word: string) => boolean;
  options?: Partial<typeof ENTITY_DEFAULTS> & {
    /** Told about a stage that threw (the stage is skipped for that message). */
    onError?: (stage: string, error: unknown) => void;
  };
}

/** Per-call settings: `now` anchors relative dates ("yesterday"); it defaults to the current time. */
export interface ExtractOptions {
  now?: Date;
}

/** Finds entities in shopper messages. */
export interface EntityExtractor {
  extract(text: string, options?: ExtractOptions): ExtractedEntity[];
  /** The stage names, in the order they run. */
  readonly stages: readonly string[];
}

/** Builds the extractor: all indexes are computed here, once per catalog. */
export function buildEntityExtractor({
  products,
  lexicons,
  isRealWord,
  options = {},
}: EntityExtractorConfig): EntityExtractor {
  return composeExtractor(buildStages(products, lexicons, isRealWord), options);
}

/** The extractor over given stages (tests add their own); a stage that throws is reported and skipped. */
export function composeExtractor(
  { stages, speller, vocabulary }: EntityStages,
  options: EntityExtractorConfig['options'] = {},
): EntityExtractor {
  const { maxChars, maxTokens } = { ...ENTITY_DEFAULTS, ...options };
  return {
    stages: stages.map((s) => s.name),
    extract(text, extractOptions = {}) {
      if (typeof text !== 'string' || text.length === 0) return [];
      const capped = capText(text, maxChars);
      const now = extractOptions.now ?? new Date();
      const tokens = correctSpelling(tokenize(capped, maxTokens), speller, vocabulary);
      const input: ExtractInput = { text: capped, lower: lowerSameLength(capped), tokens, now };
      const candidates: ExtractedEntity[] = [];
      for (const stage of stages) {
        try {
          candidates.push(...stage.run(input));
        } catch (error) {
          options.onError?.(stage.name, error);
        }
      }
      return resolveOverlaps(candidates);
    },
  };
}

/** The first `max` characters, not splitting a surrogate pair. */
function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Tokens whose key is unknown get the closest known word as key ("ridgline" → "ridgeline"). */
function correctSpelling(tokens: Token[], speller: Speller, vocabulary: ReadonlySet<string>): Token[] {
  return tokens.map((t) => {
    if (vocabulary.has(t.key) || vocabulary.has(t.lower)) return t;
    const fix = speller.correct(t.key, t.lower);
    return fix ? { ...t, key: fix.word, edits: fix.edits } : t;
  });
}
