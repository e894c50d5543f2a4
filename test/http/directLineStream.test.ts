// The local Direct Line's WebSocket stream: the streamUrl a start or reconnect answers, replies pushed
// as they are sent (raw `ws` and the real botframework-directlinejs client with webSocket: true), and
// every refusal: wrong token, unknown conversation, too many streams, a bad watermark, a client that
// talks, an expired conversation, shutdown.
import { ActivityHandler } from 'botbuilder';
import { DirectLine, type Message } from 'botframework-directlinejs';
import * as restify from 'restify';
import WebSocket from 'ws';
import { LocalDirectLineAdapter } from '../../src/bot/localDirectLineAdapter';
import { DirectLineConversations } from '../../src/http/directLineConversations';
import { mountDirectLine } from '../../src/http/directLineRoutes';
import { mountDirectLineStream } from '../../src/http/directLineStream';
import { WebSocketRoutes } from '../../src/http/webSocketRoutes';

Object.assign(globalThis, { XMLHttpRequest: require('xhr2'), WebSocket });

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient.id))
        await context.sendActivity('welcome');
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }
}

let now = Date.now();
const conversations = new DirectLineConversations({ now: () => now });
const adapter = new LocalDirectLineAdapter(conversations);
const bot = new EchoBot();
let server: restify.Server;
let streams: WebSocketRoutes;
let shuttingDown = false;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  mountDirectLine(server, { conversations, adapter, logic: (ctx) => bot.run(ctx), onError: () => {} });
  server.on('after', (req: restify.Request) => requests.push(`${req.method} ${req.path()}`));
  streams = new WebSocketRoutes(server.server, { pingIntervalMs: 30_000, shuttingDown: () => shuttingDown });
  mountDirectLineStream(streams, conversations, 2);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/v3/directline`;
});

afterAll(async () => {
  streams.close();
  conversations.close();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.server.closeAllConnections();
  await closed;
});

interface Started {
  conversationId: string;
  token: string;
  streamUrl: string;
}

async function start(): Promise<Started> {
  const res = await fetch(`${base}/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Started;
}

async function post(c: Started, text: string): Promise<void> {
  const res = await fetch(`${base}/conversations/${c.conversationId}/activities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${c.token}` },
    body: JSON.stringify({ type: 'message', text }),
  });
  expect(res.status).toBe(200);
}

/** Opens a stream and collects the texts pushed on it. */
async function stream(url: string) {
  const ws = new WebSocket(url);
  const texts: string[] = [];
  const watermarks: string[] = [];
  ws.on('message', (data) => {
    const group = JSON.parse(String(data)) as { activities: { text?: string }[]; watermark: string };
    texts.push(...group.activities.map((a) => a.text ?? ''));
    watermarks.push(group.watermark);
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, texts, watermarks, closed };
}

/** The HTTP status a refused upgrade answers. */
function refusal(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('open', () => reject(new Error('the stream opened')));
    ws.on('error', () => {});
  });
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test('a start answers a stream URL on the host it was asked on, with the token', async () => {
  const c = await start();
  const url = new URL(c.streamUrl);
  expect(url.protocol).toBe('ws:');
  expect(url.host).toBe(new URL(base).host);
  expect(url.pathname).toBe(`/v3/directline/conversations/${c.conversationId}/stream`);
  expect(url.searchParams.get('t')).toBe(c.token);
});

test('the welcome comes first, then the shopper’s message and each reply the moment it is sent', async () => {
  const c = await start();
  const s = await stream(c.streamUrl);
  await waitFor(() => s.texts.includes('welcome'), 'the welcome');
  await post(c, 'hi');
  await waitFor(() => s.texts.includes('echo: hi'), 'the echo');
  expect(s.texts).toEqual(['welcome', 'hi', 'echo: hi']);
  expect(s.watermarks.at(-1)).toBe('3');
  s.ws.close();
});

test('a reconnect with a watermark streams only what came after it', async () => {
  const c = await start();
  await post(c, 'one');
  const res = await fetch(`${base}/conversations/${c.conversationId}?watermark=2`, {
    headers: { authorization: `Bearer ${c.token}` },
  });
  const again = (await res.json()) as Started;
  expect(new URL(again.streamUrl).searchParams.get('watermark')).toBe('2');
  const s = await stream(again.streamUrl);
  await waitFor(() => s.texts.length > 0, 'the backlog');
  expect(s.texts).toEqual(['echo: one']);
  s.ws.close();
});

test('the real directlinejs client with webSocket: true gets the replies without polling', async () => {
  const client = new DirectLine({ domain: base, webSocket: true });
  client.setUserId('ws-user');
  const seen: Message[] = [];
  const subscription = client.activity$.subscribe((a) => a.type === 'message' && seen.push(a));
  await waitFor(() => seen.some((a) => a.text === 'welcome'), 'the welcome');
  await new Promise((resolve, reject) =>
    client
      .postActivity({ type: 'message', from: { id: 'ws-user' }, text: 'over the socket' })
      .subscribe(resolve, reject),
  );
  await waitFor(() => seen.some((a) => a.text === 'echo: over the socket'), 'the echo');
  expect(requests.filter((r) => r.startsWith('GET ') && r.endsWith('/activities'))).toEqual([]);
  subscription.unsubscribe();
  client.end();
});

test('a wrong token, an unknown conversation, a bad watermark or another path is refused', async () => {
  const c = await start();
  const url = new URL(c.streamUrl);
  url.searchParams.set('t', 'not-the-token');
  expect(await refusal(url.toString())).toBe(403);
  expect(await refusal(c.streamUrl.replace(c.conversationId, 'local-nobody'))).toBe(403);
  expect(await refusal(`${c.streamUrl}&watermark=-1`)).toBe(400);
  expect(await refusal(c.streamUrl.replace('/stream', '/other'))).toBe(404);
});

test('a conversation may have only so many streams; a closed one frees its place', async () => {
  const c = await start();
  const first = await stream(c.streamUrl);
  const second = await stream(c.streamUrl);
  expect(await refusal(c.streamUrl)).toBe(429);
  second.ws.close();
  await second.closed;
  await waitFor(() => conversations.listenerCount(c.conversationId) === 1, 'the place freed');
  const third = await stream(c.streamUrl);
  first.ws.close();
  third.ws.close();
});

test('a client that sends on the stream is cut off', async () => {
  const c = await start();
  const s = await stream(c.streamUrl);
  s.ws.send('hello?');
  expect(await s.closed).toBe(1008);
});

test('the stream ends when its conversation expires, and new ones are refused while shutting down', async () => {
  const c = await start();
  const s = await stream(c.streamUrl);
  now += conversations.options.tokenTtlMs + 1;
  conversations.sweep();
  expect(await s.closed).toBe(1000);
  now = Date.now();
  const d = await start();
  shuttingDown = true;
  try {
    expect(await refusal(d.streamUrl)).toBe(503);
  } finally {
    shuttingDown = false;
  }
});
