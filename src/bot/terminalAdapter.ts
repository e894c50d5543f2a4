// An in-process adapter for `shopkeeper chat`: replies are handed to a
// callback instead of a channel. Never bound to an HTTP route.
import {
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';

/** The channel id the terminal uses; it has no card support, so replies are text. */
export const TERMINAL_CHANNEL = 'terminal';

/** Delivers the bot's activities to `onReply`. */
export class TerminalAdapter extends CloudAdapter {
  private counter = 0;

  constructor(private readonly onReply: (activity: Partial<Activity>) => void) {
    super(new ConfigurationBotFrameworkAuthentication({}));
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map((activity) => {
      if (activity.type === ActivityTypes.Message) this.onReply(activity);
      return { id: `terminal-${++this.counter}` };
    });
  }

  /** Runs one incoming activity through the bot logic. */
  async receive(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.processActivityDirect('', activity as Activity, logic);
  }
}
