// Reaches a shopper's conversation outside their turn (agent replies, claims, hand-backs, timeouts)
// with the adapter's continueConversationAsync and the conversation reference stored in the case. The
// adapter is chosen by the reference: the in-process Direct Line adapter for the local Web Chat, the
// Bot Framework CloudAdapter (with the bot's app id) for Azure channels.
import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { CaseConversation } from '../handoff/handoffCase';
import { ShopperUnreachableError, type ShopperChannel, type ShopperNotice } from '../handoff/handoffService';

/** An adapter that can reach some conversations. */
export interface ProactiveRoute {
  matches(conversation: CaseConversation): boolean;
  adapter: CloudAdapter;
  /** The bot's app id for this adapter ('' when authentication is off). */
  appId: string;
}

/** What the messenger needs from the conversation layer. */
export interface MessengerDeps {
  /** The activities that say `notice` in this conversation. */
  render(notice: ShopperNotice, conversation: CaseConversation): Partial<Activity>[];
  /** After a hand-back or timeout: re-asks the interrupted question, if a flow was interrupted. */
  resume(context: TurnContext): Promise<void>;
}

/** Stored case conversation → Bot Framework ConversationReference. */
export function toReference(c: CaseConversation): Partial<ConversationReference> {
  return {
    channelId: c.channelId,
    serviceUrl: c.serviceUrl,
    conversation: {
      ...c.conversation,
      isGroup: c.conversation.isGroup ?? false,
      conversationType: c.conversation.conversationType ?? '',
      name: '',
    },
    user: { id: c.user.id, name: c.user.name ?? '' },
    bot: { id: c.bot.id, name: c.bot.name ?? '' },
    locale: c.locale,
  };
}

/** True for errors meaning the conversation no longer exists. */
function isGone(error: unknown): boolean {
  const e = error as { name?: string; statusCode?: number };
  return e?.name === 'ConversationNotFoundError' || e?.statusCode === 404;
}

/** The ShopperChannel of the running bot. */
export class HandoffMessenger implements ShopperChannel {
  private readonly routes: ProactiveRoute[] = [];

  constructor(private readonly deps: MessengerDeps) {}

  /** Adds an adapter; routes registered later are tried first. */
  register(route: ProactiveRoute): void {
    this.routes.unshift(route);
  }

  async deliver(conversation: CaseConversation, notice: ShopperNotice): Promise<void> {
    await this.send(conversation, this.deps.render(notice, conversation), async (context) => {
      if (notice.kind === 'handBack' || notice.kind === 'timedOut' || notice.kind === 'agentAway')
        await this.deps.resume(context);
    });
  }

  /** Sends activities into a stored conversation through the adapter that reaches it (also used by the
   * proactive offer alerts); `after` runs in the same proactive turn. */
  async send(
    conversation: CaseConversation,
    activities: Partial<Activity>[],
    after?: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const route = this.routes.find((r) => r.matches(conversation));
    if (!route)
      throw new Error(`No adapter reaches channel ${conversation.channelId} at ${conversation.serviceUrl}`);
    const reference = toReference(conversation);
    let failure: unknown;
    // Errors are caught inside the turn and rethrown here: the adapter's onTurnError would otherwise
    // apologise to the shopper and reset their conversation for a delivery problem.
    await route.adapter.continueConversationAsync(route.appId, reference, async (context) => {
      try {
        const addressed = activities.map(
          (a) => TurnContext.applyConversationReference({ ...a }, reference) as Partial<Activity>,
        );
        await context.adapter.sendActivities(context, addressed);
        await after?.(context);
      } catch (error) {
        failure = error;
      }
    });
    if (failure) throw isGone(failure) ? new ShopperUnreachableError(conversation.conversation.id) : failure;
  }
}
