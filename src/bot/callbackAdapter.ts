// An in-process adapter for `shopkeeper chat` and the conversation tests:
// replies are handed to a callback instead of a channel. Auth is off, so it
// is never bound to an HTTP route.
import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';

/** Delivers the bot's activities to `onReply`. */
export class CallbackAdapter extends CloudAdapter {
  private counter = 0;

  constructor(private readonly onReply: (activity: Partial<Activity>) => void) {
    super(new ConfigurationBotFrameworkAuthentication({}));
  }

  override async sendActivities(
    _context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    return activities.map((activity) => {
      if (activity.type === ActivityTypes.Message) this.onReply(activity);
      return { id: `local-${++this.counter}` };
    });
  }

  /** Runs one incoming activity (plain JSON, as a channel would post it) through the bot logic. */
  async receive(
    activity: { type: string; [field: string]: unknown },
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    await this.processActivityDirect('', activity as unknown as Activity, logic);
  }
}
