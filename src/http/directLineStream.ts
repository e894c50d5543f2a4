// The Direct Line 3.0 WebSocket stream of the local Direct Line: botframework-directlinejs (Web Chat)
// with `webSocket: true` opens the `streamUrl` it got when starting or reconnecting, and the bot's
// replies are pushed to it the moment they are sent, instead of waiting for the next poll. Each
// message is an activity set `{ activities, watermark }`; the client never sends on it. The URL
// carries the conversation's token (`t`) as the Direct Line service's does; a wrong or expired token,
// an unknown conversation or too many streams are refused before the upgrade, and a stream ends
// when its conversation expires. `ws` lives here only.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DirectLineConversation, DirectLineConversations } from './directLineConversations';

/** Limits of the streams. */
export interface DirectLineStreamOptions {
  /** Open streams one conversation may have (a few tabs of one chat). */
  maxStreamsPerConversation: number;
  /** How often streams are pinged; one that has not answered the last ping is dropped. */
  pingIntervalMs: number;
  /** True while the server is shutting down: new streams are refused. */
  shuttingDown: () => boolean;
}

/** Defaults for DirectLineStreamOptions. */
export const DIRECT_LINE_STREAM_DEFAULTS: DirectLineStreamOptions = {
  maxStreamsPerConversation: 4,
  pingIntervalMs: 30_000,
  shuttingDown: () => false,
};

const STREAM_PATH = /^\/v3\/directline\/conversations\/([\w-]{1,64})\/stream$/;
const HOST = /^[\w.-]{1,253}(?::\d{1,5})?$/;
const WATERMARK = /^\d{1,15}$/;

/**
 * The stream URL for a conversation, on the host and scheme the request came in on (undefined when
 * the Host header is not a plain host name, so nothing is built from a forged one).
 */
export function streamUrlFor(
  request: { headers: IncomingMessage['headers']; secure: boolean },
  conv: DirectLineConversation,
  watermark?: string,
): string | undefined {
  const host = request.headers.host ?? '';
  if (!HOST.test(host)) return undefined;
  const forwarded = String(request.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    .trim();
  const scheme = request.secure || forwarded === 'https' ? 'wss' : 'ws';
  const query = new URLSearchParams({ t: conv.token });
  if (watermark !== undefined && WATERMARK.test(watermark)) query.set('watermark', watermark);
  return `${scheme}://${host}/v3/directline/conversations/${encodeURIComponent(conv.id)}/stream?${query}`;
}

/** The streams on an HTTP server; `close()` ends them all. */
export interface DirectLineStreams {
  /** Open streams now. */
  readonly size: number;
  close(): void;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Serves the stream URLs on `server`'s upgrade requests. */
export function mountDirectLineStream(
  server: HttpServer,
  conversations: DirectLineConversations,
  options: Partial<DirectLineStreamOptions> = {},
): DirectLineStreams {
  const { maxStreamsPerConversation, pingIntervalMs, shuttingDown } = {
    ...DIRECT_LINE_STREAM_DEFAULTS,
    ...options,
  };
  // The client never sends anything: a tiny payload limit.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  const alive = new WeakMap<WebSocket, boolean>();

  const open = (ws: WebSocket, conv: DirectLineConversation, watermark: number): void => {
    const send = (activities: unknown[], next: string) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ activities, watermark: next }));
    };
    const backlog = conversations.since(conv, watermark);
    if (backlog.activities.length > 0) send(backlog.activities, backlog.watermark);
    const stop = conversations.subscribe(conv.id, {
      activity: (activity, next) => send([activity], next),
      closed: () => ws.close(1000, 'conversation ended'),
    });
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
    ws.on('message', () => ws.close(1008, 'the stream only sends'));
    ws.on('close', stop);
    ws.on('error', () => ws.terminate());
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(request.url ?? '/', 'http://local');
    const path = STREAM_PATH.exec(url.pathname);
    if (!path) return refuse(socket, 404, 'Not Found');
    if (shuttingDown()) return refuse(socket, 503, 'Service Unavailable');
    const conv = conversations.get(path[1]);
    if (!conv || !conversations.tokenMatches(conv, url.searchParams.get('t') ?? ''))
      return refuse(socket, 403, 'Forbidden');
    if (conversations.listenerCount(conv.id) >= maxStreamsPerConversation)
      return refuse(socket, 429, 'Too Many Requests');
    const watermark = url.searchParams.get('watermark') ?? '0';
    if (!WATERMARK.test(watermark)) return refuse(socket, 400, 'Bad Request');
    wss.handleUpgrade(request, socket, head, (ws) => open(ws, conv, Number(watermark)));
  };
  server.on('upgrade', onUpgrade);

  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.get(ws)) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, pingIntervalMs);
  pinger.unref();

  return {
    get size() {
      return wss.clients.size;
    },
    close() {
      clearInterval(pinger);
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
