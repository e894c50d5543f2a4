// The activities a shopper receives during a handoff: the Bot Framework handoff status events and the
// messages around them (agent text is plain text, never markdown; a product goes as its card).
import {
  CardFactory,
  EventFactory,
  MessageFactory,
  type Activity,
  type ConversationAccount,
} from 'botbuilder';
import type { ShopperNotice } from '../src/handoff/handoffService';
import type { Product } from '../src/domain/schemas';
import { supportsCards } from './cards/channelCapabilities';
import { productCard, productDetailsText } from './cards/productCard';
import { BACK_TO_BOT, HandoffCopy, RATING_CHOICES } from './handoffCopy';

/** `handoff.status` states (the protocol's accepted / failed / completed). */
export const HandoffStates = { accepted: 'accepted', failed: 'failed', completed: 'completed' } as const;

/** Where the notice goes. */
export interface NoticeTarget {
  channelId: string;
  conversation: ConversationAccount;
}

/** The activities for one notice, in the order they are sent. */
export function noticeActivities(
  notice: ShopperNotice,
  target: NoticeTarget,
  products: { byId(id: string): Product | undefined },
): Partial<Activity>[] {
  const status = (state: string, message?: string) =>
    EventFactory.createHandoffStatus(target.conversation, state, message) as Partial<Activity>;
  const plain = (text: string) => ({ ...MessageFactory.text(text), textFormat: 'plain' });
  switch (notice.kind) {
    case 'accepted':
      return [status(HandoffStates.accepted), plain(HandoffCopy.accepted(notice.agentName))];
    case 'agentMessage': {
      const product = notice.productId ? products.byId(notice.productId) : undefined;
      const out: Partial<Activity>[] = [];
      if (notice.text) out.push(plain(HandoffCopy.agentLine(notice.agentName, notice.text)));
      if (product) {
        if (supportsCards(target.channelId)) {
          out.push(plain(HandoffCopy.agentProduct(notice.agentName, product.name)));
          out.push(MessageFactory.attachment(CardFactory.adaptiveCard(productCard(product))));
        } else out.push(MessageFactory.text(productDetailsText(product)));
      }
      return out;
    }
    case 'coupon':
      return [
        plain(
          HandoffCopy.agentCoupon(
            notice.agentName,
            notice.coupon.title,
            notice.coupon.code,
            new Date(notice.coupon.expiresAt).toLocaleDateString('en-US', {
              month: 'short',
              day: 'numeric',
              timeZone: 'UTC',
            }),
          ),
        ),
      ];
    case 'handBack':
      return [
        status(HandoffStates.completed),
        MessageFactory.suggestedActions(RATING_CHOICES, HandoffCopy.handedBack(notice.agentName)),
      ];
    case 'closed':
      return [
        status(HandoffStates.completed),
        MessageFactory.text(HandoffCopy.closedByAgent(notice.agentName)),
      ];
    case 'timedOut':
      return [
        status(HandoffStates.failed, 'No agent was available'),
        MessageFactory.text(HandoffCopy.timedOut()),
      ];
    case 'agentAway':
      return [
        status(HandoffStates.failed, 'The agent stopped responding'),
        MessageFactory.text(HandoffCopy.agentAway(notice.agentName)),
      ];
  }
}

/** The queue message, with the way back. */
export function queuedReply(text: string): Partial<Activity> {
  return MessageFactory.suggestedActions([BACK_TO_BOT], text);
}
