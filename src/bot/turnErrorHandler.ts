// The one place a failed turn is handled: log for developers, apologise to
// the shopper, and reset the conversation so the next message starts clean.
import type { ConversationState, TurnContext } from 'botbuilder';
import { Copy } from '../../dialogs/copy';
import type { Logger } from '../logger';

/** Builds the adapter's onTurnError. */
export function turnErrorHandler(conversationState: ConversationState, logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    logger.error('turn failed', {
      error,
      channelId: context.activity.channelId,
      conversationId: context.activity.conversation?.id,
      activityType: context.activity.type,
    });
    try {
      await context.sendActivity(Copy.turnError);
      await conversationState.delete(context);
    } catch (inner) {
      logger.error('turn error handler failed', { error: inner });
    }
  };
}
