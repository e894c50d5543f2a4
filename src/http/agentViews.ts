// What the console API shows of a case: everything the agent needs, nothing of the conversation
// reference (service URL, bot account) the bot uses to reach the shopper.
import type { HandoffCase } from '../handoff/handoffCase';

/** A queue row. */
export function caseSummary(c: HandoffCase, viewerId: string, position: number) {
  const last = c.lines.filter((l) => l.from === 'shopper').at(-1) ?? c.transcript.at(-1);
  return {
    id: c.id,
    state: c.state,
    reason: c.reason,
    priority: c.priority,
    channelId: c.conversation.channelId,
    shopper: c.shopper.name ?? c.shopper.userId,
    agentName: c.agentName,
    heldByMe: c.state === 'assigned' && c.agentId === viewerId,
    createdAt: c.createdAt,
    position,
    lastText: last?.text.slice(0, 140) ?? '',
  };
}

/** A case in full; `after` leaves out lines the console already has. */
export function caseView(c: HandoffCase, viewerId: string, after = 0, position = 0) {
  return {
    id: c.id,
    state: c.state,
    reason: c.reason,
    detail: c.detail,
    priority: c.priority,
    channelId: c.conversation.channelId,
    shopper: c.shopper,
    agentId: c.agentId,
    agentName: c.agentName,
    heldByMe: c.state === 'assigned' && c.agentId === viewerId,
    createdAt: c.createdAt,
    assignedAt: c.assignedAt,
    endedAt: c.endedAt,
    endedBy: c.endedBy,
    rating: c.rating,
    position,
    transcript: after > 0 ? [] : c.transcript,
    lines: c.lines.filter((l) => l.seq > after),
    context: c.context,
  };
}
