// The shape of each file in knowledge/lexicons/, as zod schemas. Phrases are matched word by word after
// the same tokenising as user text; a phrase with a capital letter ("US", "M") matches only as written.
import { z } from 'zod';
import { CategorySchema } from '../../domain/schemas';

const phrase = z.string().trim().min(1).max(60);
const phrases = z.array(phrase);

const ColoursSchema = z
  .object({
    families: z.record(z.string().min(1), phrases),
    colours: z.array(
      z.object({ name: z.string().min(1), families: z.array(z.string().min(1)), synonyms: phrases }).strict(),
    ),
  })
  .strict()
  .superRefine((data, ctx) => {
    data.colours.forEach((colour, i) =>
      colour.families.forEach((family, j) => {
        if (!(family in data.families))
          ctx.addIssue({
            code: 'custom',
            path: ['colours', i, 'families', j],
            message: `unknown family "${family}"`,
          });
      }),
    );
  });

const SizesSchema = z
  .object({
    sizeWords: phrases,
    apparel: z.array(z.object({ name: z.string().min(1), words: phrases }).strict()),
    footwear: z.array(
      z
        .object({
          system: z.string().min(1),
          words: phrases,
          min: z.number().positive(),
          max: z.number().positive(),
        })
        .strict(),
    ),
    bareNumbers: z.array(
      z
        .object({ system: z.string().min(1), min: z.number().positive(), max: z.number().positive() })
        .strict(),
    ),
  })
  .strict();

const MaterialsSchema = z
  .object({ materials: z.array(z.object({ name: z.string().min(1), words: phrases }).strict()) })
  .strict();

const AttributesSchema = z
  .object({
    negations: phrases,
    flags: z.array(
      z
        .object({
          name: z.string().min(1),
          value: z.union([z.boolean(), z.number(), z.string()]),
          words: phrases,
        })
        .strict(),
    ),
    numeric: z.array(
      z
        .object({
          name: z.string().min(1),
          units: phrases.min(1),
          prefixes: phrases,
          signed: z.boolean().optional(),
          /** Units worth a multiple of the attribute's own ("kg": 1000 for grams). */
          scaledUnits: z.record(z.string().min(1), z.number().positive()).optional(),
        })
        .strict(),
    ),
  })
  .strict();

const CategoriesSchema = z
  .object({
    categories: z.partialRecord(CategorySchema, z.object({ words: phrases, weak: phrases }).strict()),
  })
  .strict();

const PricesSchema = z
  .object({
    currencies: z.array(
      z
        .object({
          code: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
          symbols: phrases,
          words: phrases,
        })
        .strict(),
    ),
    bands: z.array(z.object({ band: z.enum(['low', 'high']), words: phrases }).strict()),
    relative: z.array(z.object({ direction: z.enum(['lower', 'higher']), words: phrases }).strict()),
    cues: z
      .object({
        max: phrases,
        min: phrases,
        around: phrases,
        between: phrases,
        joiners: phrases,
        maxSuffix: phrases,
        minSuffix: phrases,
      })
      .strict(),
    aroundTolerance: z.number().min(0).max(1),
    units: phrases,
  })
  .strict();

const NumbersSchema = z
  .object({
    cardinals: z.record(z.string().regex(/^[a-z]+$/), z.number().int().min(0)),
    quantityPhrases: z.record(phrase, z.number().int().positive()),
    ordinals: z.record(
      phrase,
      z
        .number()
        .int()
        .refine((n) => n !== 0, 'must not be 0'),
    ),
  })
  .strict();

const ReferencesSchema = z
  .object({
    current: phrases,
    currentAlone: phrases,
    nouns: phrases,
    numberCues: phrases,
    quantityCues: phrases,
    quantityNouns: phrases,
    quantityReferents: phrases,
    orderCues: phrases,
  })
  .strict();

/** Each lexicon file (without ".json") and the schema it must satisfy. */
export const LEXICON_FILES = {
  colours: ColoursSchema,
  sizes: SizesSchema,
  materials: MaterialsSchema,
  attributes: AttributesSchema,
  categories: CategoriesSchema,
  prices: PricesSchema,
  numbers: NumbersSchema,
  references: ReferencesSchema,
} as const;
export type LexiconName = keyof typeof LEXICON_FILES;

/** All lexicons, parsed. */
export type Lexicons = { [K in LexiconName]: z.infer<(typeof LEXICON_FILES)[K]> };
