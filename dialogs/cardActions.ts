// Values posted by card buttons (Action.Submit): untrusted input, parsed with zod.
import { z } from 'zod';
import { ProductIdSchema } from '../src/domain/schemas';

/** The card actions this bot understands. */
export const CardActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('details'), productId: ProductIdSchema }).strict(),
  z.object({ action: z.literal('similar'), productId: ProductIdSchema }).strict(),
  z.object({ action: z.literal('addToCart'), productId: ProductIdSchema }).strict(),
]);
export type CardAction = z.infer<typeof CardActionSchema>;

/** The parsed card action of a message, `undefined` when it has no value, or `'invalid'`. */
export function parseCardAction(value: unknown): CardAction | 'invalid' | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = CardActionSchema.safeParse(value);
  return parsed.success ? parsed.data : 'invalid';
}
