// /api/messages over real HTTP with ExpectReplies, and what bad input gets.
import { startTestServer, messageActivity, postJson } from '../helpers/testServer';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.stop());

type Replies = { activities: { text?: string; attachments?: { contentType: string }[] }[] };

describe('POST /api/messages', () => {
  it('answers a product search in the response body (ExpectReplies)', async () => {
    const res = await postJson(server.base, '/api/messages', messageActivity('show me tents'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Replies;
    expect(body.activities[0].text).toMatch(/matches/);
    expect(body.activities[1].attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('keeps conversation state between requests', async () => {
    const conv = 'http-conv-state';
    const first = (await (
      await postJson(server.base, '/api/messages', messageActivity('search', conv))
    ).json()) as Replies;
    expect(first.activities[0].text).toMatch(/What are you looking for/);
    const second = (await (
      await postJson(server.base, '/api/messages', messageActivity('backpacks', conv))
    ).json()) as Replies;
    expect(second.activities[0].text).toMatch(/matches/);
  });

  it.each([
    ['malformed JSON', '{"type": "message", ', 400],
    ['a JSON array', '[1,2,3]', 400],
    ['a string body', '"hello"', 400],
    [
      'missing conversation',
      JSON.stringify({ type: 'message', channelId: 'x', serviceUrl: 'http://x/', from: { id: 'u' } }),
      400,
    ],
    ['wrong types', JSON.stringify({ ...messageActivity('hi'), conversation: 5 }), 400],
    ['a non-string text', JSON.stringify({ ...messageActivity('hi'), text: { a: 1 } }), 400],
  ])('rejects %s with a 4xx JSON error, not a 500', async (_name, body, status) => {
    const res = await postJson(server.base, '/api/messages', body);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.message).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rejects an oversized body with 413', async () => {
    const res = await postJson(server.base, '/api/messages', messageActivity('x'.repeat(300 * 1024)));
    expect(res.status).toBe(413);
  });

  it('still serves after bad requests', async () => {
    const res = await fetch(`${server.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('returns 404 JSON for unknown routes and 405 for wrong methods', async () => {
    expect((await fetch(`${server.base}/nope`)).status).toBe(404);
    expect((await fetch(`${server.base}/api/messages`)).status).toBe(405);
  });
});
