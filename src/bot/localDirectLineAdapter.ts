// A CloudAdapter whose "channel" is the in-process Direct Line subset: replies
// are appended to the conversation history that the web client polls. Auth is
// disabled (empty configuration), which is safe only because this adapter is
// never bound to an HTTP route: turns arrive through `processLocalActivity`
// from routes that already checked the conversation's token.
import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ChannelAccount,
  type ConversationReference,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import type { DirectLineConversations } from '../http/directLineConversations';

/** serviceUrl of local Direct Line conversations (tells them apart from Azure ones). */
export const LOCAL_DIRECT_LINE_SERVICE_URL = 'urn:local-directline/';
/** channelId of local Direct Line conversations. */
export const LOCAL_DIRECT_LINE_CHANNEL_ID = 'directline';
/** The bot's account in local conversations. */
export const LOCAL_BOT_ACCOUNT: ChannelAccount = { id: 'shopkeeper', name: 'Shopkeeper', role: 'bot' };

/** Activity types never stored in the history (the connector would not deliver them either). */
const NOT_DELIVERED: ReadonlySet<string> = new Set([
  'delay',
  ActivityTypes.InvokeResponse,
  ActivityTypes.Trace,
]);

/** CloudAdapter that delivers bot output into `DirectLineConversations` histories. */
export class LocalDirectLineAdapter extends CloudAdapter {
  constructor(private readonly conversations: DirectLineConversations) {
    super(new ConfigurationBotFrameworkAuthentication({}));
  }

  /** Appends each deliverable activity to its conversation (throws if the conversation is gone). */
  override async sendActivities(
    _context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    return activities.map((activity) => {
      if (NOT_DELIVERED.has(activity.type ?? '')) return { id: '' };
      const conversationId = activity.conversation?.id ?? '';
      const id = this.conversations.append(conversationId, { ...activity, timestamp: new Date() });
      return { id };
    });
  }

  /** Replaces the stored activity with the same id (clients that already polled it keep the old one). */
  override async updateActivity(
    _context: TurnContext,
    activity: Partial<Activity>,
  ): Promise<ResourceResponse | void> {
    const conversationId = activity.conversation?.id ?? '';
    if (activity.id && this.conversations.replace(conversationId, activity)) return { id: activity.id };
  }

  /** No-op: Direct Line has no delete, and removing entries would renumber watermarks. */
  override async deleteActivity(
    _context: TurnContext,
    _reference: Partial<ConversationReference>,
  ): Promise<void> {}

  /**
   * Runs one bot turn for an activity that the Direct Line routes built and vetted.
   * (Not named `processActivity`: CloudAdapterBase already has a protected method of
   * that name which `processActivityDirect` calls, so overriding it would recurse.)
   */
  async processLocalActivity(
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    await this.processActivityDirect('', activity, logic);
  }
}
