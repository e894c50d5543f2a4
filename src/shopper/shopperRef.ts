// Who is shopping: a user on one channel. Carts and orders belong to a shopper, not to a conversation.
import { z } from 'zod';

/** A shopper: the channel and the channel's user id. */
export const ShopperRefSchema = z
  .object({ channelId: z.string().min(1), userId: z.string().min(1) })
  .strict();
export type ShopperRef = z.infer<typeof ShopperRefSchema>;

/** The Storage key prefix of a shopper's documents (same shape as UserState's `<channel>/users/<id>`). */
export function shopperKey(shopper: ShopperRef): string {
  return `${shopper.channelId}/shoppers/${shopper.userId}`;
}

/** True when two refs name the same shopper. */
export function sameShopper(a: ShopperRef, b: ShopperRef): boolean {
  return a.channelId === b.channelId && a.userId === b.userId;
}
