// The Direct Line 3.0 WebSocket stream of the local Direct Line: botframework-directlinejs (Web Chat)
// with `webSocket: true` opens the `streamUrl` it got when starting or reconnecting, and the bot's
// replies are pushed to it the moment they are sent, instead of waiting for the next poll. Each
// message is an activity set `{ activities, watermark }`; the client never sends on it. The URL
// carries the conversation's token (`t`) as the Direct Line service's does; a wrong or expired token,
// an unknown conversation or too many streams are refused before the upgrade, and a stream ends
// when its conversation expires.
import type { IncomingMessage } from 'node:http';
import type { DirectLineConversation, DirectLineConversations } from './directLineConversations';
import { sendJson, type WebSocketRoutes } from './webSocketRoutes';

/** Open streams one conversation may have (a few tabs of one chat). */
export const MAX_STREAMS_PER_CONVERSATION = 4;

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

/** Serves the conversations' stream URLs among `routes`. */
export function mountDirectLineStream(
  routes: WebSocketRoutes,
  conversations: DirectLineConversations,
  maxStreamsPerConversation = MAX_STREAMS_PER_CONVERSATION,
): void {
  routes.route(STREAM_PATH, (_request, url, [, id]) => {
    const conv = conversations.get(id);
    if (!conv || !conversations.tokenMatches(conv, url.searchParams.get('t') ?? '')) return { status: 403 };
    if (conversations.listenerCount(conv.id) >= maxStreamsPerConversation) return { status: 429 };
    const watermark = url.searchParams.get('watermark') ?? '0';
    if (!WATERMARK.test(watermark)) return { status: 400 };
    return {
      open: (ws) => {
        const backlog = conversations.since(conv, Number(watermark));
        if (backlog.activities.length > 0) sendJson(ws, backlog);
        const stop = conversations.subscribe(conv.id, {
          activity: (activity, next) => sendJson(ws, { activities: [activity], watermark: next }),
          closed: () => ws.close(1000, 'conversation ended'),
        });
        ws.on('close', stop);
      },
    };
  });
}
