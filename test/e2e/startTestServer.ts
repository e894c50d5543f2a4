// Starts the store page + local Direct Line with a tiny echo bot on 127.0.0.1:0.
// Swap this helper for the real app (src/index.ts) once it can start in tests.
import { ActivityHandler } from 'botbuilder';
import * as restify from 'restify';
import { LocalDirectLineAdapter } from '../../src/bot/localDirectLineAdapter';
import { DirectLineConversations } from '../../src/http/directLineConversations';
import { mountDirectLine } from '../../src/http/directLineRoutes';
import { mountWebChat } from '../../src/http/webChatRoutes';

/** Welcome text of the e2e bot. */
export const E2E_WELCOME = 'Welcome to Trailhead Outfitters! Ask me about packs, tents or boots.';

/** A running e2e server. */
export interface E2eServer {
  url: string;
  close(): Promise<void>;
}

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).filter(
        (m) => m.id !== context.activity.recipient.id,
      );
      if (joined.length > 0) await context.sendActivity(E2E_WELCOME);
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

/** Starts the server; `close()` ends it and its connections. */
export async function startTestServer(): Promise<E2eServer> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  const conversations = new DirectLineConversations();
  const adapter = new LocalDirectLineAdapter(conversations);
  const bot = new EchoBot();
  mountDirectLine(server, { conversations, adapter, logic: (context) => bot.run(context) });
  mountWebChat(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      conversations.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeAllConnections();
      await closed;
    },
  };
}
