// The HTTP server: Bot Framework endpoint, health, local Direct Line and the
// web chat page, one error mapping, body limits and graceful shutdown.
import * as restify from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from './logger';
import { describeHttpError } from './http/httpErrors';
import { InboundActivitySchema } from './http/inboundActivity';
import { ShuttingDownError } from './errors';
import { InFlight } from './http/inFlight';
import { mountDirectLine } from './http/directLineRoutes';
import { mountDirectLineStream } from './http/directLineStream';
import { WebSocketRoutes } from './http/webSocketRoutes';
import { mountWebChat } from './http/webChatRoutes';
import type { LocalDirectLineAdapter } from './bot/localDirectLineAdapter';
import type { DirectLineConversations } from './http/directLineConversations';
import { mountAgentConsole, type AgentConsoleDeps } from './http/agentRoutes';
import { mountAgentStream } from './http/agentStream';

/** What the server is built from. */
export interface ServerDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  directLine: { adapter: LocalDirectLineAdapter; conversations: DirectLineConversations };
  maxBodyBytes: number;
  maxTextLength: number;
  logger: Logger;
  /** The agent console under /agent (human handoff). */
  agentConsole?: AgentConsoleDeps;
}

/** A built server. */
export interface ShopServer {
  server: restify.Server;
  /** Requests being handled now. */
  requests: InFlight;
  /** From now on, new requests get 503 (health checks report it too). */
  beginShutdown(): void;
  /** The WebSocket streams (Direct Line, agent console), closed at shutdown. */
  streams: WebSocketRoutes;
}

/** Builds the restify server with every route mounted. */
export function createServer(deps: ServerDeps): ShopServer {
  const { logger } = deps;
  const server = restify.createServer({ name: 'shopkeeper', handleUncaughtExceptions: false });
  let shuttingDown = false;
  const requests = new InFlight();
  server.pre(async (req, res) => {
    if (shuttingDown && req.url !== '/healthz') throw new ShuttingDownError();
    const done = requests.begin();
    res.once('finish', done);
    res.once('close', done);
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false }));

  server.get('/healthz', async (_req, res) => {
    res.send(shuttingDown ? 503 : 200, { status: shuttingDown ? 'shutting-down' : 'ok' });
  });
  server.post('/api/messages', async (req, res) => {
    InboundActivitySchema.parse(req.body);
    await deps.adapter.process(req, res, deps.logic);
  });
  mountDirectLine(server, {
    ...deps.directLine,
    logic: deps.logic,
    maxTextLength: deps.maxTextLength,
    onError: (error) => logger.error('direct line request failed', { error }),
  });
  const streams = new WebSocketRoutes(server.server, {
    pingIntervalMs: 30_000,
    shuttingDown: () => shuttingDown,
  });
  mountDirectLineStream(streams, deps.directLine.conversations);
  mountWebChat(server);
  if (deps.agentConsole) {
    const agentConsole = deps.agentConsole;
    mountAgentConsole(server, agentConsole);
    mountAgentStream(streams, {
      sessions: agentConsole.sessions,
      staff: agentConsole.staff,
      onCaseChange: (listener) => agentConsole.service.cases.onChange(listener),
    });
  }

  server.on(
    'restifyError',
    (req: restify.Request, res: restify.Response, err: unknown, callback: () => void) => {
      const { status, code, message } = describeHttpError(err);
      if (status >= 500)
        logger.error('request failed', { method: req.method, path: req.getPath(), error: err });
      if (!res.headersSent) res.send(status, { error: { code, message } });
      callback();
    },
  );
  return { server, requests, streams, beginShutdown: () => (shuttingDown = true) };
}
