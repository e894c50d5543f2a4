// Holds a turn's outgoing activities until the turn (including its state
// save) has finished, so no reply is seen for a turn whose state was not
// written. If the turn throws, its held replies are dropped and whatever the
// error handler sends goes straight out.
import type { Activity, Middleware, ResourceResponse, TurnContext } from 'botbuilder';

/** Middleware that releases replies only after the bot logic (and its saveChanges) completed. */
export class ReplyAfterSaveMiddleware implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const held: Partial<Activity>[] = [];
    let release = false;
    context.onSendActivities(async (_ctx, activities, send): Promise<ResourceResponse[]> => {
      if (release) return send();
      held.push(...activities);
      return activities.map(() => ({ id: '' }));
    });
    try {
      await next();
    } catch (error) {
      release = true;
      throw error;
    }
    release = true;
    if (held.length > 0) await context.sendActivities(held);
  }
}
