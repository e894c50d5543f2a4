// The store page, the Web Chat bundle and static assets.
import * as restify from 'restify';
import { mountWebChat } from '../../src/http/webChatRoutes';

let server: restify.Server;
let base: string;

beforeAll(async () => {
  server = restify.createServer({ handleUncaughtExceptions: false });
  mountWebChat(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

afterAll(async () => {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.server.closeAllConnections();
  await closed;
});

test('/ is the store page with the Web Chat mount, served from this origin only', async () => {
  const res = await fetch(`${base}/`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(res.headers.get('cache-control')).toBe('no-cache');
  expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
  const html = await res.text();
  expect(html).toContain('id="webchat"');
  expect(html).toContain('<script src="/webchat.js"></script>');
  expect(html).toContain('Trailhead Outfitters');
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
});

test('/webchat.js is the large Web Chat bundle, cacheable, with a working ETag', async () => {
  const res = await fetch(`${base}/webchat.js`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/javascript/);
  expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
  const body = await res.arrayBuffer();
  expect(body.byteLength).toBeGreaterThan(1_000_000);
  const again = await fetch(`${base}/webchat.js`, { headers: { 'if-none-match': res.headers.get('etag')! } });
  expect(again.status).toBe(304);
});

test.each([
  ['/static/shop.css', 200, /^text\/css/],
  ['/static/favicon.svg', 200, /^image\/svg\+xml/],
  ['/static/index.html', 404, null],
  ['/static/..%2Fpackage.json', 404, null],
  ['/static/missing.css', 404, null],
  ['/favicon.ico', 204, null],
])('%s → %i', async (path, status, type) => {
  const res = await fetch(base + path);
  expect(res.status).toBe(status);
  if (type) expect(res.headers.get('content-type')).toMatch(type);
  await res.arrayBuffer();
});
