// The subset of Adaptive Cards 1.5 this bot emits, as zod schemas. The builders are typed
// by the inferred types; tests parse every card with AdaptiveCardSchema to catch drift.
import { z } from 'zod';
import { ProductIdSchema } from '../../src/domain/schemas';

const Spacing = z.enum(['None', 'Small', 'Default', 'Medium', 'Large']);

/** A text block; its text is rendered as markdown by most hosts. */
export const TextBlockSchema = z
  .object({
    type: z.literal('TextBlock'),
    text: z.string().min(1),
    wrap: z.boolean().optional(),
    size: z.enum(['Small', 'Default', 'Medium', 'Large', 'ExtraLarge']).optional(),
    weight: z.enum(['Lighter', 'Default', 'Bolder']).optional(),
    color: z.enum(['Default', 'Dark', 'Light', 'Accent', 'Good', 'Warning', 'Attention']).optional(),
    isSubtle: z.boolean().optional(),
    spacing: Spacing.optional(),
    style: z.enum(['default', 'heading']).optional(),
  })
  .strict();

/** A list of title/value pairs. */
export const FactSetSchema = z
  .object({
    type: z.literal('FactSet'),
    facts: z.array(z.object({ title: z.string().min(1), value: z.string().min(1) }).strict()).min(1),
    spacing: Spacing.optional(),
  })
  .strict();

/** The product actions a card can post back. */
export const PRODUCT_ACTIONS = ['details', 'addToCart', 'similar'] as const;

/** A button posting `{ action, productId }` back to the bot. */
export const SubmitActionSchema = z
  .object({
    type: z.literal('Action.Submit'),
    title: z.string().min(1),
    data: z.object({ action: z.enum(PRODUCT_ACTIONS), productId: ProductIdSchema }).strict(),
    style: z.enum(['default', 'positive']).optional(),
  })
  .strict();

/** A table cell holding text blocks. */
export const TableCellSchema = z
  .object({ type: z.literal('TableCell'), items: z.array(TextBlockSchema).min(1) })
  .strict();

/** A table (Adaptive Cards 1.5): relative column widths, rows of cells, the first row as header. */
export const TableSchema = z
  .object({
    type: z.literal('Table'),
    columns: z.array(z.object({ width: z.number().positive() }).strict()).min(2),
    rows: z
      .array(z.object({ type: z.literal('TableRow'), cells: z.array(TableCellSchema).min(2) }).strict())
      .min(2),
    firstRowAsHeader: z.boolean().optional(),
    showGridLines: z.boolean().optional(),
    spacing: Spacing.optional(),
  })
  .strict();

export const CardElementSchema = z.discriminatedUnion('type', [TextBlockSchema, FactSetSchema, TableSchema]);

/** An Adaptive Card 1.5 built only from the elements above. */
export const AdaptiveCardSchema = z
  .object({
    type: z.literal('AdaptiveCard'),
    $schema: z.literal('http://adaptivecards.io/schemas/adaptive-card.json'),
    version: z.literal('1.5'),
    body: z.array(CardElementSchema).min(1),
    actions: z.array(SubmitActionSchema).max(5).optional(),
  })
  .strict();

export type TextBlock = z.infer<typeof TextBlockSchema>;
export type Table = z.infer<typeof TableSchema>;
export type CardElement = z.infer<typeof CardElementSchema>;
export type SubmitAction = z.infer<typeof SubmitActionSchema>;
export type ProductActionName = (typeof PRODUCT_ACTIONS)[number];
export type AdaptiveCard = z.infer<typeof AdaptiveCardSchema>;
