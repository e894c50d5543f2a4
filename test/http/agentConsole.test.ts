// The agent console over HTTP: no session → 401, CSRF and content-type checks, the claim race (50
// concurrent claims → one 200), a second agent → 403, replies reaching the shopper's Direct Line
// conversation, shopper text returned as inert JSON data, and coupons an agent gives from the offer catalog.
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { join } from 'node:path';
import { startTestServer } from '../helpers/testServer';
import { tempDataDir } from '../helpers/testShopkeeper';
import { writeAgentsFile } from '../handoff/handoffHarness';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  const dataDir = tempDataDir();
  server = await startTestServer(dataDir, { AGENTS_FILE: await writeAgentsFile(dataDir) });
});
afterAll(async () => {
  await server?.stop();
});

interface Agent {
  cookie: string;
  csrf: string;
}

async function signIn(id: string, password: string): Promise<Agent> {
  const res = await fetch(`${server.base}/agent/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, password }),
  });
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0], csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

function call(
  agent: Agent | undefined,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(server.base + path, {
    method,
    headers: {
      ...(agent ? { cookie: agent.cookie, 'x-csrf-token': agent.csrf } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A shopper in the local Direct Line: start, say, read what arrived. */
async function shopper() {
  const start = await fetch(`${server.base}/v3/directline/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  const { conversationId, token } = (await start.json()) as { conversationId: string; token: string };
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    conversationId,
    token,
    say: (text: string) =>
      fetch(`${server.base}/v3/directline/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ type: 'message', text, from: { id: 'x' } }),
      }),
    activities: async () =>
      (
        (await (
          await fetch(`${server.base}/v3/directline/conversations/${conversationId}/activities`, {
            headers: auth,
          })
        ).json()) as {
          activities: { type: string; text?: string; name?: string; from?: { role?: string } }[];
        }
      ).activities,
  };
}

async function openCase(text = 'I want to talk to a human', first = 'show me tents') {
  const s = await shopper();
  await s.say(first);
  await s.say(text);
  const cases = (await (await call(sam, 'GET', '/agent/api/cases')).json()) as {
    cases: { id: string; shopper: string }[];
  };
  const mine = cases.cases.filter((c) => c.shopper.startsWith('dl_'));
  return { shopper: s, caseId: mine[mine.length - 1].id };
}

let sam: Agent;
let alex: Agent;
beforeAll(async () => {
  sam = await signIn('sam', 'pw-sam');
  alex = await signIn('alex', 'pw-alex');
});

test('the console page is served with a strict content security policy', async () => {
  const res = await fetch(`${server.base}/agent`);
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('Staff sign-in');
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
});

test.each([
  ['GET', '/agent/api/cases'],
  ['GET', '/agent/api/cases/case-abcdefgh'],
  ['POST', '/agent/api/cases/case-abcdefgh/claim'],
  ['POST', '/agent/api/cases/case-abcdefgh/messages'],
  ['POST', '/agent/api/cases/case-abcdefgh/handback'],
  ['POST', '/agent/api/cases/case-abcdefgh/coupons'],
  ['GET', '/agent/api/cases/case-abcdefgh/offers'],
  ['GET', '/agent/api/products?q=tent'],
  ['GET', '/agent/api/session'],
])('no session: %s %s → 401', async (method, path) => {
  const res = await call(undefined, method, path, method === 'POST' ? {} : undefined);
  expect(res.status).toBe(401);
});

test("a shopper's Direct Line token or a forged cookie is not a session", async () => {
  const s = await shopper();
  const res = await fetch(`${server.base}/agent/api/cases`, {
    headers: { authorization: `Bearer ${s.token}`, cookie: `sk_agent=${s.token}` },
  });
  expect(res.status).toBe(401);
});

test('sign-in: wrong password → 401; the cookie is HttpOnly, SameSite=Strict, scoped to /agent', async () => {
  const bad = await fetch(`${server.base}/agent/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'sam', password: 'nope' }),
  });
  expect(bad.status).toBe(401);
  expect(bad.headers.get('set-cookie')).toBeNull();
  const good = await fetch(`${server.base}/agent/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'sam', password: 'pw-sam' }),
  });
  const cookie = good.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^sk_agent=[\w-]{40,};/);
  expect(cookie).toContain('HttpOnly');
  expect(cookie).toContain('SameSite=Strict');
  expect(cookie).toContain('Path=/agent');
});

test('repeated wrong passwords lock the account for a while (429)', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await fetch(`${server.base}/agent/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'alex', password: `guess${i}` }),
    });
    statuses.push(res.status);
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
});

test('writes need the CSRF token, JSON and this origin', async () => {
  const { caseId } = await openCase();
  const path = `/agent/api/cases/${caseId}/claim`;
  expect((await call({ ...sam, csrf: '' }, 'POST', path, {})).status).toBe(403);
  expect((await call({ ...sam, csrf: 'wrong' }, 'POST', path, {})).status).toBe(403);
  expect(
    (await call(sam, 'POST', path, 'x=1', { 'content-type': 'application/x-www-form-urlencoded' })).status,
  ).toBe(415);
  expect((await call(sam, 'POST', path, '{}', { 'content-type': 'text/plain' })).status).toBe(415);
  expect((await call(sam, 'POST', path, {}, { origin: 'https://evil.example' })).status).toBe(403);
  expect((await call(sam, 'POST', path, {}, { origin: server.base })).status).toBe(200);
});

test('50 concurrent claims of one case by two agents: exactly one 200, 49 × 409', async () => {
  const { caseId } = await openCase();
  const started = Date.now();
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      call(i % 2 ? sam : alex, 'POST', `/agent/api/cases/${caseId}/claim`, {}),
    ),
  );
  const statuses = responses.map((r) => r.status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(49);
  process.stderr.write(`HTTP claim race: 1 × 200, 49 × 409 in ${Date.now() - started} ms\n`);
});

test("only the agent holding a case can write to it; replies reach the shopper's conversation", async () => {
  const { shopper: s, caseId } = await openCase();
  expect((await call(sam, 'POST', `/agent/api/cases/${caseId}/claim`, {})).status).toBe(200);
  expect(
    (await call(alex, 'POST', `/agent/api/cases/${caseId}/messages`, { text: 'hi from alex' })).status,
  ).toBe(403);
  expect((await call(alex, 'POST', `/agent/api/cases/${caseId}/handback`, {})).status).toBe(403);
  expect((await call(alex, 'POST', `/agent/api/cases/${caseId}/close`, {})).status).toBe(403);
  expect(
    (await call(sam, 'POST', `/agent/api/cases/${caseId}/messages`, { text: 'Hello from Sam' })).status,
  ).toBe(200);
  expect((await call(sam, 'POST', `/agent/api/cases/${caseId}/messages`, { text: ' ' })).status).toBe(400);
  expect(
    (await call(sam, 'POST', `/agent/api/cases/${caseId}/messages`, { text: 'x', agentId: 'alex' })).status,
  ).toBe(400);
  const seen = await s.activities();
  expect(seen.filter((a) => a.type === 'event').map((a) => a.name)).toEqual([
    'handoff.initiate',
    'handoff.status',
  ]);
  expect(seen.map((a) => a.text)).toEqual(
    expect.arrayContaining(['Sam from our team has joined the chat.', 'Sam: Hello from Sam']),
  );
  expect(seen.map((a) => a.text)).not.toContain('Alex: hi from alex');
  expect((await call(sam, 'POST', `/agent/api/cases/${caseId}/handback`, {})).status).toBe(200);
  expect((await call(sam, 'POST', `/agent/api/cases/${caseId}/messages`, { text: 'too late' })).status).toBe(
    409,
  );
});

test('shopper text comes back as JSON data, byte for byte (the console shows it with textContent)', async () => {
  const attack = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  const { shopper: s, caseId } = await openCase();
  await s.say(attack);
  const res = await call(sam, 'GET', `/agent/api/cases/${caseId}`);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const body = (await res.json()) as {
    case: { lines: { from: string; text: string }[]; transcript: { text: string }[] };
  };
  expect(body.case.lines.find((l) => l.from === 'shopper')?.text).toBe(attack);
  expect(body.case).not.toHaveProperty('conversation');
  const script = await (await fetch(`${server.base}/agent/console.js`)).text();
  expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
});

test('signing out ends the session', async () => {
  const temp = await signIn('sam', 'pw-sam');
  expect((await call(temp, 'DELETE', '/agent/api/session', {})).status).toBe(200);
  expect((await call(temp, 'GET', '/agent/api/cases')).status).toBe(401);
});

describe('the live stream', () => {
  const streamUrl = () => `${server.base.replace('http', 'ws')}/agent/api/stream`;

  /** Opens the stream with these headers; resolves with the open socket or the refusal's status. */
  function connect(headers: Record<string, string>) {
    return new Promise<{ ws?: WebSocket; status?: number }>((resolve) => {
      const ws = new WebSocket(streamUrl(), { headers });
      ws.once('open', () => resolve({ ws }));
      ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode }));
      ws.on('error', () => {});
    });
  }
  const origin = () => server.base;

  test('opens only for a signed-in session from this origin', async () => {
    expect((await connect({ cookie: sam.cookie })).status).toBe(403); // no Origin
    expect((await connect({ cookie: sam.cookie, origin: 'http://evil.example' })).status).toBe(403);
    expect((await connect({ origin: origin() })).status).toBe(401);
    expect((await connect({ cookie: 'sk_agent=forged', origin: origin() })).status).toBe(401);
  });

  test('says which case changed the moment it does', async () => {
    const { ws } = await connect({ cookie: sam.cookie, origin: origin() });
    const changed: string[] = [];
    ws!.on('message', (data) => changed.push((JSON.parse(String(data)) as { changed: string }).changed));
    const { caseId } = await openCase();
    const until = Date.now() + 5000;
    while (!changed.includes(caseId) && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    expect(changed).toContain(caseId);
    const before = changed.length;
    expect((await call(sam, 'POST', `/agent/api/cases/${caseId}/claim`, {})).status).toBe(200);
    while (changed.length === before && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    expect(changed.slice(before)).toContain(caseId);
    ws!.close();
  });

  test('ends when its session is signed out', async () => {
    const session = await signIn('sam', 'pw-sam');
    const { ws } = await connect({ cookie: session.cookie, origin: origin() });
    const closed = new Promise<number>((resolve) => ws!.on('close', (code) => resolve(code)));
    expect((await call(session, 'DELETE', '/agent/api/session', {})).status).toBeLessThan(300);
    await openCase(); // the next change finds the session gone
    expect(await closed).toBe(4401);
  });
});

describe('attach a coupon', () => {
  interface CaseBody {
    case: {
      shopper: { channelId: string; userId: string };
      lines: { from: string; text: string; coupon?: { code: string; offerId: string; title: string } }[];
      context: { title: string; rows: { label: string; value: string }[] }[];
    };
  }

  test("the holder gives a catalog offer's coupon; it reaches the shopper and works at checkout", async () => {
    const { shopper: s, caseId } = await openCase(
      'I want to talk to a human',
      'add the summit 3 tent in black to my cart',
    );
    const path = `/agent/api/cases/${caseId}/coupons`;
    const view = (await (await call(sam, 'GET', `/agent/api/cases/${caseId}`)).json()) as CaseBody;
    const offersSection = view.case.context.find((c) => c.title === 'Offers given');
    expect(offersSection?.rows[0]).toMatchObject({
      label: 'Profile',
      value: expect.stringMatching(/offers on/),
    });

    const options = (await (await call(sam, 'GET', `/agent/api/cases/${caseId}/offers`)).json()) as {
      offers: { id: string; eligible: boolean; reason?: string }[];
    };
    expect(options.offers.find((o) => o.id === 'welcome-10')).toMatchObject({ eligible: true });
    expect(options.offers.find((o) => o.id === 'family-camp-bundle')).toMatchObject({
      eligible: false,
      reason: expect.stringMatching(/bundle/),
    });

    // nobody holds it yet: even sam may not give a coupon
    expect((await call(sam, 'POST', path, { offerId: 'welcome-10' })).status).toBe(403);
    expect((await call(sam, 'POST', `/agent/api/cases/${caseId}/claim`, {})).status).toBe(200);
    expect((await call(alex, 'POST', path, { offerId: 'welcome-10' })).status).toBe(403);
    expect((await call({ ...sam, csrf: '' }, 'POST', path, { offerId: 'welcome-10' })).status).toBe(403);
    expect(
      (await call(sam, 'POST', path, { offerId: 'welcome-10' }, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect(
      (await call(sam, 'POST', path, 'offerId=welcome-10', { 'content-type': 'text/plain' })).status,
    ).toBe(415);
    for (const bad of [
      { offerId: '<script>' },
      { offerId: 'no-such-offer' },
      {},
      { offerId: 'welcome-10', code: 'SK-1' },
    ])
      expect((await call(sam, 'POST', path, bad)).status).toBe(400);
    const refused = await call(sam, 'POST', path, { offerId: 'family-camp-bundle' });
    expect(refused.status).toBe(409);

    const granted = await call(sam, 'POST', path, { offerId: 'welcome-10' });
    expect(granted.status).toBe(200);
    const line = ((await granted.json()) as CaseBody).case.lines.find((l) => l.coupon);
    const code = line!.coupon!.code;
    expect(code).toMatch(/^SK-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(line).toMatchObject({ from: 'agent', coupon: { offerId: 'welcome-10' } });
    // a second one of a once-per-shopper offer is refused
    expect((await call(sam, 'POST', path, { offerId: 'welcome-10' })).status).toBe(409);

    const texts = (await s.activities()).map((a) => a.text ?? '');
    expect(texts.find((t) => t.includes(code))).toMatch(/^Sam sent you a coupon: 10% off your first order/);

    const core = server.app.core;
    const tent = core.shop.products().find((p) => p.name === 'Summit 3 Tent')!;
    const basket = core.offers.basket([
      { productId: tent.id, unitCents: Math.round(tent.price * 100), quantity: 1 },
    ]);
    const checked = await core.offers.check(view.case.shopper, code, basket);
    expect(checked).toMatchObject({ ok: true, offer: { id: 'welcome-10' } });
    expect(await core.offers.coupons.get(code)).toMatchObject({ status: 'issued', moment: 'agent' });

    const events = readFileSync(join(server.dataDir, 'events.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { type: string; offerId?: string; source: string; shopper: { userId: string } },
      );
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'offer_shown',
        offerId: 'welcome-10',
        source: 'agent',
        shopper: expect.objectContaining({ userId: view.case.shopper.userId }),
      }),
    );
    expect((await call(sam, 'POST', `/agent/api/cases/${caseId}/close`, {})).status).toBe(200);
    expect((await call(sam, 'POST', path, { offerId: 'free-shipping-75' })).status).toBe(409);
  });
});
