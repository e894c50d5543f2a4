// The store's FAQ as the bot uses it: knowledge/faq/ indexed for words and, unless turned off, for
// meaning. The meaning channel needs every title and question embedded by the sentence encoder
// (models/faq-vectors.json, only new or edited texts are embedded again) and its weight learned
// from the FAQ's own phrasings (models/faq.json with its manifest entry); both are rebuilt when
// the FAQ, the encoder or the learning changes, and reused otherwise.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { loadFreshModel, saveModel } from '../models/manifest';
import { learnSemanticWeight, type FusionResult } from './faqFusion';
import { FaqIndex, type FaqAnswer } from './faqIndex';
import type { FaqArticle } from './faqSchema';
import { SemanticPhrasings } from './faqSemantic';
import { loadFaq } from './loadFaq';
import type { SentenceEncoder } from './sentenceEncoder';
import { startSentenceEncoderWorker } from './workerSentenceEncoder';
import { TextVectors } from './textVectors';

/** Bump when a change to the meaning channel or its learning makes models/faq.json stale. */
export const FAQ_FUSION_VERSION = 1;
const MODEL_FILE = 'faq.json';
const VECTORS_FILE = 'faq-vectors.json';

const SavedFusionSchema = z.object({ encoder: z.string(), semanticWeight: z.number().min(0) });

/** Questions whose vectors are kept (the same question often comes again: buttons, common asks). */
const RECENT_QUESTIONS = 256;

/** The FAQ the dialogs ask: an answer, choices or nothing; articles by title or id. */
export class StoreFaq {
  /** Recently embedded questions, least recently used first (Map order). */
  private readonly recent = new Map<string, Float32Array>();

  constructor(
    private readonly index: FaqIndex,
    private readonly encoder?: SentenceEncoder,
    private readonly onEncoderError: (error: Error) => void = () => {},
  ) {}

  /** Whether questions are ranked by meaning too. */
  get semantic(): boolean {
    return this.encoder !== undefined;
  }

  /** The FAQ's decision for a shopper's question (by words alone if the encoder fails). */
  async answer(text: string): Promise<FaqAnswer> {
    return this.index.answer(text, { queryVector: await this.vectorOf(text) });
  }

  byTitle(title: string): FaqArticle | undefined {
    return this.index.byTitle(title);
  }

  byId(id: string): FaqArticle | undefined {
    return this.index.byId(id);
  }

  /** Stops the encoder (its thread); questions are then ranked by words. */
  async close(): Promise<void> {
    await this.encoder?.close?.();
  }

  private async vectorOf(text: string): Promise<Float32Array | undefined> {
    const key = text.trim();
    if (!this.encoder || key === '') return undefined;
    const known = this.recent.get(key);
    if (known) {
      this.recent.delete(key);
      this.recent.set(key, known);
      return known;
    }
    try {
      const [vector] = await this.encoder.embed([key]);
      this.recent.set(key, vector);
      if (this.recent.size > RECENT_QUESTIONS) this.recent.delete(this.recent.keys().next().value as string);
      return vector;
    } catch (error) {
      this.onEncoderError(error as Error);
      return undefined;
    }
  }
}

/** How loadStoreFaq finds the FAQ and its models. */
export interface StoreFaqOptions {
  faqDir: string;
  modelsDir: string;
  /** Rank by meaning too (default); false: words only, no encoder and no model files. */
  semantic?: boolean;
  /** Relearn the weight even when the saved one is fresh. */
  force?: boolean;
  /**
   * Loads the encoder (default: the Universal Sentence Encoder in a worker thread, so embedding a
   * question never holds up other turns); if it fails, words only.
   */
  loadEncoder?: () => Promise<SentenceEncoder>;
  onProgress?: (message: string) => void;
  /** Called when a question could not be embedded (it is then answered by words). */
  onEncoderError?: (error: Error) => void;
}

/** What loadStoreFaq did. */
export interface StoreFaqLoad {
  faq: StoreFaq;
  articles: number;
  /** Texts embedded now (0 when every vector was saved already). */
  embedded: number;
  /** The weight learned now, or undefined when the saved one was fresh (or semantic is off). */
  learned?: FusionResult;
  semanticWeight: number;
  ms: number;
}

/** A hash of everything the learned weight depends on. */
export function faqInputsHash(
  articles: readonly FaqArticle[],
  synonyms: readonly (readonly string[])[],
  encoderId: string,
): string {
  return createHash('sha256')
    .update(`faq fusion ${FAQ_FUSION_VERSION}\n${encoderId}\n`)
    .update(JSON.stringify({ articles, synonyms }))
    .digest('hex');
}

/** The store's FAQ, with the meaning channel unless `semantic` is false (see the header). */
export async function loadStoreFaq(options: StoreFaqOptions): Promise<StoreFaqLoad> {
  const started = Date.now();
  const { articles, synonyms } = loadFaq(options.faqDir);
  const wordsOnly = () => {
    const faq = new StoreFaq(FaqIndex.build(articles, { synonyms }));
    return { faq, articles: articles.length, embedded: 0, semanticWeight: 0, ms: Date.now() - started };
  };
  if (options.semantic === false) return wordsOnly();
  const progress = options.onProgress ?? (() => {});
  let encoder: SentenceEncoder;
  try {
    encoder = await (options.loadEncoder ?? startSentenceEncoderWorker)();
  } catch (error) {
    // The shop still answers store questions, by their words.
    progress(
      `the sentence encoder could not be loaded, so questions are ranked by words only (${(error as Error).message})`,
    );
    return wordsOnly();
  }
  try {
    return await loadSemanticFaq(articles, synonyms, encoder, options, started);
  } catch (error) {
    await encoder.close?.();
    throw error;
  }
}

/** The FAQ with its meaning channel: the phrasings' vectors and the weight, reused when fresh. */
async function loadSemanticFaq(
  articles: FaqArticle[],
  synonyms: string[][],
  encoder: SentenceEncoder,
  options: StoreFaqOptions,
  started: number,
): Promise<StoreFaqLoad> {
  const progress = options.onProgress ?? (() => {});
  const vectorsFile = join(options.modelsDir, VECTORS_FILE);
  const vectors = await TextVectors.load(vectorsFile, encoder.id);
  const texts = SemanticPhrasings.texts(articles);
  const embedded = await vectors.ensure(texts, encoder, (done, total) =>
    progress(`embedding FAQ phrasings ${done}/${total}`),
  );
  await vectors.save(vectorsFile, texts);
  const vectorOf = (text: string) => vectors.of(text);

  const inputsHash = faqInputsHash(articles, synonyms, encoder.id);
  const saved = options.force
    ? undefined
    : SavedFusionSchema.safeParse(await loadFreshModel(options.modelsDir, 'faq', inputsHash));
  let semanticWeight: number;
  let learned: FusionResult | undefined;
  if (saved?.success && saved.data.encoder === encoder.id) {
    semanticWeight = saved.data.semanticWeight;
  } else {
    progress('learning the weight of meaning in FAQ ranking from its phrasings');
    const learnStarted = Date.now();
    learned = learnSemanticWeight(articles, { synonyms, vectorOf });
    semanticWeight = learned.semanticWeight;
    await saveModel(
      options.modelsDir,
      'faq',
      { encoder: encoder.id, semanticWeight, table: learned.table },
      {
        file: MODEL_FILE,
        inputsHash,
        trainedAt: new Date().toISOString(),
        trainMs: Date.now() - learnStarted,
        libraries: { encoder: encoder.id },
        metrics: {
          semanticWeight,
          questions: learned.questions,
          precisionAt1: learned.table.find((r) => r.weight === semanticWeight)?.precisionAt1 ?? null,
          precisionAt1WordsOnly: learned.table.find((r) => r.weight === 0)?.precisionAt1 ?? null,
        },
      },
    );
  }
  const index = FaqIndex.build(articles, {
    synonyms,
    semantic: new SemanticPhrasings(articles, vectorOf),
    semanticWeight,
  });
  const faq = new StoreFaq(index, encoder, options.onEncoderError);
  return { faq, articles: articles.length, embedded, learned, semanticWeight, ms: Date.now() - started };
}
