// Shared builders for the handoff tests.
import type { HandoffCase } from '../../src/handoff/handoffCase';

/** A case draft for conversation `conversationId` (everything but id and state). */
export function draft(
  conversationId = 'c1',
  createdAt = '2026-01-01T10:00:00.000Z',
): Omit<HandoffCase, 'id' | 'state'> {
  return {
    reason: 'requested',
    detail: 'talk to a human',
    priority: 'normal',
    conversation: {
      channelId: 'directline',
      serviceUrl: 'urn:test/',
      conversation: { id: conversationId },
      user: { id: `u-${conversationId}` },
      bot: { id: 'bot' },
    },
    shopper: { channelId: 'directline', userId: `u-${conversationId}` },
    createdAt,
    transcript: [{ seq: 1, from: 'shopper', text: 'hello', at: createdAt }],
    lines: [],
    context: [],
  };
}

/** A whole case in a given state. */
export function aCase(state: HandoffCase['state'], extra: Partial<HandoffCase> = {}): HandoffCase {
  return { ...draft(), id: 'case-abcdef', state, ...extra };
}
