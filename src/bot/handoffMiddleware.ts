// First in the pipeline after ReplyAfterSave: keeps the recent transcript, and while a person holds the
// conversation routes the shopper's messages to the case — the NLU and the dialogs do not run — except
// "back to the bot". After a hand-back it takes the shopper's rating.
import {
  EventFactory,
  type Activity,
  type Middleware,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import type { HandoffService } from '../handoff/handoffService';
import type { TranscriptBuffer } from '../handoff/transcriptBuffer';
import { OPEN_STATES, type HandoffCase } from '../handoff/handoffCase';
import { isBackToBot, ratingIn } from '../handoff/triggers';
import { HandoffCopy } from '../../dialogs/handoffCopy';
import { HandoffStates, queuedReply } from '../../dialogs/handoffReplies';

/** What the middleware works with. */
export interface HandoffMiddlewareDeps {
  service: HandoffService;
  transcript: TranscriptBuffer;
  resume(context: TurnContext): Promise<unknown>;
}

/** The transcript key of a conversation. */
export const transcriptKey = (channelId: string, conversationId: string) => `${channelId}/${conversationId}`;

/** A message as one transcript line: its text, or what its cards show. */
export function lineText(activity: Partial<Activity>): string {
  const cards = (activity.attachments ?? []).map((a) => {
    const title = JSON.stringify(a.content ?? '').match(/"text":"((?:[^"\\]|\\.){1,120})"/);
    return `[card: ${title ? JSON.parse(`"${title[1]}"`) : a.contentType}]`;
  });
  const actions = activity.suggestedActions?.actions?.length
    ? `[buttons: ${activity.suggestedActions.actions.map((a) => a.title ?? a.value).join(' | ')}]`
    : '';
  return [activity.text ?? '', ...cards, actions].filter(Boolean).join(' ');
}

/** Routes held conversations to their case; records the transcript. */
export class HandoffMiddleware implements Middleware {
  constructor(private readonly deps: HandoffMiddlewareDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const conversationId = activity.conversation?.id;
    if (!conversationId) return next();
    const key = transcriptKey(activity.channelId, conversationId);
    context.onSendActivities(async (_ctx, activities, send): Promise<ResourceResponse[]> => {
      const at = new Date().toISOString();
      for (const a of activities)
        if (a.type === 'message') this.deps.transcript.add(key, { from: 'bot', text: lineText(a), at });
      return send();
    });
    if (activity.type !== 'message' || activity.from?.role === 'bot') return next();
    const text = (activity.text ?? '').trim();
    const cases = this.deps.service.cases;
    const pointer = await cases.pointer(activity.channelId, conversationId);
    if (pointer.activeCaseId) {
      const held = await cases.get(pointer.activeCaseId);
      if (held && OPEN_STATES.has(held.state)) return this.whileHeld(context, held, text);
    }
    if (pointer.ratingCaseId) {
      const rating = ratingIn(text);
      await cases.clearRating(activity.channelId, conversationId);
      if (rating !== undefined) {
        await cases.rate(pointer.ratingCaseId, rating);
        await context.sendActivity(HandoffCopy.rated(rating));
        await this.deps.resume(context);
        return;
      }
    }
    this.deps.transcript.add(key, {
      from: 'shopper',
      text: text || lineText(activity) || '[pressed a button]',
      at: new Date().toISOString(),
    });
    await next();
  }

  /** A message while the case holds the conversation: to the agent, or back to the bot. */
  private async whileHeld(context: TurnContext, held: HandoffCase, text: string): Promise<void> {
    const service = this.deps.service;
    if (isBackToBot(text)) {
      await service.shopperLeft(held.id);
      await context.sendActivity(
        EventFactory.createHandoffStatus(
          context.activity.conversation,
          HandoffStates.completed,
          'The shopper went back to the bot',
        ),
      );
      await context.sendActivity(HandoffCopy.backToBot());
      await this.deps.resume(context);
      return;
    }
    await service.shopperMessage(held.id, text || '[pressed a button]');
    if (held.state === 'queued') {
      const place = await service.place(held);
      await context.sendActivity(queuedReply(HandoffCopy.stillQueued(place.position, place.waitMinutes)));
    }
  }
}
