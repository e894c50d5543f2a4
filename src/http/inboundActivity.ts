// The shape an activity posted to /api/messages must have before the SDK sees it.
import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(256) }).passthrough();

/** A minimal structural check of a Bot Framework activity; everything else passes through. */
export const InboundActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(256).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().min(1).max(2048),
    conversation: z.object({ id: z.string().min(1).max(512) }).passthrough(),
    from: account,
    recipient: account.optional(),
    text: z.string().optional(),
    deliveryMode: z.string().max(32).optional(),
  })
  .passthrough();
