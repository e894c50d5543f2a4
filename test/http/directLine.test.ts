// The local Direct Line subset, driven by the real botframework-directlinejs
// client (polling) and by raw HTTP requests for every trust boundary.
import { ActivityHandler, TurnContext, type ConversationReference } from 'botbuilder';
import { DirectLine, type Activity as DlActivity, type Message } from 'botframework-directlinejs';
import * as restify from 'restify';
import { LocalDirectLineAdapter } from '../../src/bot/localDirectLineAdapter';
import { DirectLineConversations, tokensEqual } from '../../src/http/directLineConversations';
import { mountDirectLine } from '../../src/http/directLineRoutes';

// directlinejs needs both on Node 20, even with webSocket:false (read at construction time).
Object.assign(globalThis, { XMLHttpRequest: require('xhr2'), WebSocket: require('ws') });

const WELCOME = 'Welcome to the shop!';

class TestBot extends ActivityHandler {
  lastReference?: Partial<ConversationReference>;
  readonly seenFrom: string[] = [];
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).filter(
        (m) => m.id !== context.activity.recipient.id,
      );
      if (joined.length > 0) await context.sendActivity(WELCOME);
      await next();
    });
    this.onMessage(async (context, next) => {
      if (context.activity.text === 'boom') throw new Error('bot exploded');
      this.seenFrom.push(`${context.activity.from.id}/${context.activity.from.role}`);
      this.lastReference = TurnContext.getConversationReference(context.activity);
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }
}

interface ApiBody {
  error?: { code: string; message: string };
  conversationId?: string;
  token?: string;
  expires_in?: number;
  id?: string;
  watermark?: string;
  activities?: Array<DlActivity & { text?: string; serviceUrl?: string }>;
}

let skewMs = 0;
const conversations = new DirectLineConversations({ now: () => Date.now() + skewMs });
const adapter = new LocalDirectLineAdapter(conversations);
const bot = new TestBot();
const onError = jest.fn();
const requests: string[] = [];
let server: restify.Server;
let base: string;

beforeAll(async () => {
  server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  mountDirectLine(server, { conversations, adapter, logic: (ctx) => bot.run(ctx), onError });
  server.on('after', (req: restify.Request) => requests.push(`${req.method} ${req.path()}`));
  // As src/server.ts does: one listener shapes errors raised before the routes (body parser, 404).
  type RestifyError = Error & { statusCode?: number; body?: { code?: string } };
  server.on(
    'restifyError',
    (_req: restify.Request, res: restify.Response, err: RestifyError, cb: () => void) => {
      if (!res.headersSent)
        res.send(err.statusCode ?? 500, { error: { code: err.body?.code, message: err.message } });
      cb();
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/v3/directline`;
});

afterAll(async () => {
  conversations.close();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.server.closeAllConnections();
  await closed;
});

async function api(path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
  const body =
    typeof init.body === 'string' || init.body === undefined ? init.body : JSON.stringify(init.body);
  const res = await fetch(base + path, { method: init.method ?? 'GET', headers, body });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as ApiBody };
}

async function start(userId: string): Promise<{ conversationId: string; token: string }> {
  const { status, body } = await api('/conversations', { method: 'POST', body: { user: { id: userId } } });
  expect(status).toBe(201);
  return { conversationId: body.conversationId!, token: body.token! };
}

async function waitFor(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function connect(options: { conversationId?: string; token?: string; watermark?: string } = {}) {
  const client = new DirectLine({ domain: base, webSocket: false, pollingInterval: 200, ...options });
  if (!options.conversationId) client.setUserId('u1'); // before subscribing: that starts the conversation
  const seen: Message[] = [];
  const subscription = client.activity$.subscribe((a) => a.type === 'message' && seen.push(a));
  const botTexts = () => seen.filter((a) => a.from.id !== 'u1').map((a) => a.text);
  const post = (text: string) =>
    new Promise<string>((resolve, reject) =>
      client.postActivity({ type: 'message', from: { id: 'u1' }, text }).subscribe(resolve, reject),
    );
  const end = () => {
    subscription.unsubscribe();
    client.end();
  };
  const internals = client as unknown as { conversationId: string; token: string };
  return { client, seen, botTexts, post, end, internals };
}

describe('with the real botframework-directlinejs client', () => {
  test('welcome, echo and proactive arrive; reconnect and watermark continue the history', async () => {
    const first = connect();
    await waitFor(() => first.botTexts().includes(WELCOME), 'the welcome');
    await first.post('hi');
    await waitFor(() => first.botTexts().includes('echo: hi'), 'the echo');
    expect(first.seen.some((a) => a.from.id === 'u1' && a.text === 'hi')).toBe(true);

    await adapter.continueConversationAsync('', bot.lastReference!, async (ctx) => {
      await ctx.sendActivity('agent: hello');
    });
    await waitFor(() => first.botTexts().includes('agent: hello'), 'the proactive message');
    const { conversationId, token } = first.internals;
    first.end();

    const resumed = connect({ conversationId, token });
    await waitFor(() => resumed.botTexts().includes('agent: hello'), 'the replayed history');
    expect(requests).toContain(`GET /v3/directline/conversations/${conversationId}`);
    await resumed.post('again');
    await waitFor(() => resumed.botTexts().includes('echo: again'), 'the echo after reconnect');
    expect(resumed.botTexts()).toEqual([WELCOME, 'echo: hi', 'agent: hello', 'echo: again']);
    resumed.end();

    const fromWatermark = connect({ conversationId, token: resumed.internals.token, watermark: '4' });
    await waitFor(() => fromWatermark.botTexts().includes('echo: again'), 'activities after watermark 4');
    expect(fromWatermark.seen.map((a) => a.text)).toEqual(['again', 'echo: again']);
    fromWatermark.end();
  });
});

describe('raw HTTP', () => {
  let alice: { conversationId: string; token: string };
  let bob: { conversationId: string; token: string };
  beforeAll(async () => {
    alice = await start('alice');
    bob = await start('bob');
  });
  const activitiesOf = (c: { conversationId: string }) => `/conversations/${c.conversationId}/activities`;

  test.each([
    ['missing bearer', 403, () => ({ path: activitiesOf(alice), token: undefined })],
    ['wrong bearer', 403, () => ({ path: activitiesOf(alice), token: 'not-the-token' })],
    ["another conversation's token", 403, () => ({ path: activitiesOf(alice), token: bob.token })],
    [
      'reconnect with a wrong token',
      403,
      () => ({ path: `/conversations/${alice.conversationId}`, token: 'x' }),
    ],
    [
      'unknown conversation',
      404,
      () => ({ path: '/conversations/local-nope/activities', token: alice.token }),
    ],
  ])('%s → %i', async (_name, status, request) => {
    const { path, token } = request();
    for (const method of ['GET', 'POST']) {
      if (method === 'POST' && !path.endsWith('/activities')) continue;
      const res = await api(path, {
        method,
        token,
        body: method === 'POST' ? { type: 'message', text: 'x' } : undefined,
      });
      expect(res.status).toBe(status);
      expect(res.body.error?.code).toEqual(expect.any(String));
    }
  });

  test.each([
    ['text too long', { type: 'message', text: 'x'.repeat(2001) }, /longer than 2000/],
    ['invoke activities', { type: 'invoke', name: 'x' }, /type/],
    ['attachments', { type: 'message', attachments: [{ contentType: 'image/png' }] }, /attachments/],
    ['channelData that is not a record', { type: 'message', channelData: [1] }, /channelData/],
    ['malformed JSON', '{"type": "message", ', /JSON/i],
  ])('rejects %s with 400 and a clear message', async (_name, body, message) => {
    const res = await api(activitiesOf(alice), { method: 'POST', token: alice.token, body });
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(message);
  });

  test('other 400s: bad watermark, upload, bad user id', async () => {
    expect((await api(`${activitiesOf(alice)}?watermark=abc`, { token: alice.token })).status).toBe(400);
    const upload = await api(`/conversations/${alice.conversationId}/upload?userId=alice`, {
      method: 'POST',
      token: alice.token,
    });
    expect(upload).toMatchObject({ status: 400, body: { error: { code: 'BadArgument' } } });
    const badUser = await api('/conversations', { method: 'POST', body: { user: { id: 'not ok!' } } });
    expect(badUser.status).toBe(400);
  });

  test('unknown Direct Line routes answer 404 in the same error shape', async () => {
    const res = await api('/tokens/generate', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(res.body.error?.code).toEqual(expect.any(String));
  });

  test('the sender is forced from the conversation (from.id spoofing is overwritten)', async () => {
    const spoof = {
      type: 'message',
      text: 'who am i',
      from: { id: 'admin', role: 'bot' },
      conversation: { id: bob.conversationId },
      channelId: 'msteams',
      serviceUrl: 'http://evil.example/',
    };
    const posted = await api(activitiesOf(alice), { method: 'POST', token: alice.token, body: spoof });
    expect(posted.status).toBe(200);
    expect(bot.seenFrom.at(-1)).toBe('alice/user');
    const { body } = await api(activitiesOf(alice), { token: alice.token });
    const stored = body.activities!.find((a) => a.id === posted.body.id);
    expect(stored).toMatchObject({
      from: { id: 'alice', role: 'user' },
      conversation: { id: alice.conversationId },
      channelId: 'directline',
      serviceUrl: 'urn:local-directline/',
    });
  });

  test('watermark paging', async () => {
    const conv = await start('pager');
    for (const text of ['one', 'two'])
      await api(activitiesOf(conv), { method: 'POST', token: conv.token, body: { type: 'message', text } });
    const page = async (wm: string) =>
      (await api(`${activitiesOf(conv)}?watermark=${wm}`, { token: conv.token })).body;
    const all = await page('');
    expect(all.activities!.map((a) => a.text)).toEqual([WELCOME, 'one', 'echo: one', 'two', 'echo: two']);
    expect(all.watermark).toBe('5');
    expect(all.activities![3].id).toBe(`${conv.conversationId}|0000003`);
    expect((await page('3')).activities!.map((a) => a.text)).toEqual(['two', 'echo: two']);
    expect(await page('5')).toEqual({ activities: [], watermark: '5' });
  });

  test('a bot error is a 502 without details', async () => {
    const res = await api(activitiesOf(bob), {
      method: 'POST',
      token: bob.token,
      body: { type: 'message', text: 'boom' },
    });
    expect(res).toEqual({ status: 502, body: { error: { code: 'BotError', message: expect.any(String) } } });
    expect(JSON.stringify(res.body)).not.toMatch(/exploded|at /);
    expect(onError).toHaveBeenCalled();
  });

  test('token refresh: new token works, the old one only during the grace period', async () => {
    expect((await api('/tokens/refresh', { method: 'POST', token: 'garbage' })).status).toBe(403);
    const refreshed = await api('/tokens/refresh', { method: 'POST', token: alice.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({
      conversationId: alice.conversationId,
      expires_in: expect.any(Number),
    });
    const newToken = refreshed.body.token!;
    expect(newToken).not.toBe(alice.token);
    expect((await api(activitiesOf(alice), { token: newToken })).status).toBe(200);
    expect((await api(activitiesOf(alice), { token: alice.token })).status).toBe(200);
    skewMs += conversations.options.refreshGraceMs + 1000;
    expect((await api(activitiesOf(alice), { token: alice.token })).status).toBe(403);
    expect((await api(activitiesOf(alice), { token: newToken })).status).toBe(200);
  });

  test('conversations expire after the token TTL', async () => {
    skewMs += conversations.options.tokenTtlMs + 1000;
    expect((await api(activitiesOf(bob), { token: bob.token })).status).toBe(404);
    conversations.sweep();
    expect(conversations.size).toBe(0);
  });
});

describe('DirectLineConversations', () => {
  test('a capped history drops the oldest activities but keeps watermarks monotonic', () => {
    const store = new DirectLineConversations({ maxHistory: 3 });
    const conv = store.create('u');
    const ids = [0, 1, 2, 3, 4].map((n) => store.append(conv.id, { type: 'message', text: `m${n}` }));
    expect(ids.at(-1)).toBe(`${conv.id}|0000004`);
    expect(store.since(conv, 0)).toEqual({ activities: expect.any(Array), watermark: '5' });
    expect(store.since(conv, 0).activities.map((a) => a.text)).toEqual(['m2', 'm3', 'm4']);
    expect(store.since(conv, 4).activities.map((a) => a.text)).toEqual(['m4']);
  });

  test('at the conversation cap the oldest conversation is dropped', () => {
    const store = new DirectLineConversations({ maxConversations: 2 });
    const [a, b, c] = ['a', 'b', 'c'].map((u) => store.create(u));
    expect([store.get(a.id), store.get(b.id)?.userId, store.get(c.id)?.userId]).toEqual([
      undefined,
      'b',
      'c',
    ]);
    expect(store.findByToken(a.token)).toBeUndefined();
    expect(store.findByToken(c.token)?.id).toBe(c.id);
  });

  test('sweep() drops expired conversations; an optional timer is unref-ed and stopped by close()', () => {
    let now = 0;
    const store = new DirectLineConversations({ tokenTtlMs: 1000, now: () => now, sweepIntervalMs: 60_000 });
    store.create('u');
    now = 999;
    expect(store.sweep()).toBe(0);
    now = 1000;
    expect(store.sweep()).toBe(1);
    store.close();
  });

  test('token comparison is length-safe', () => {
    expect(tokensEqual('short', 'a-much-longer-token')).toBe(false);
    expect(tokensEqual('same', 'same')).toBe(true);
  });
});
