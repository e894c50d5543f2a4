// State is on disk before the reply: a conversation survives a server restart,
// and shutdown finishes what is in flight.
import { tempDataDir } from '../helpers/testShopkeeper';
import { messageActivity, postJson, startTestServer } from '../helpers/testServer';

type Replies = { activities: { text?: string }[] };
const say = async (base: string, text: string, conv: string) =>
  (await (await postJson(base, '/api/messages', messageActivity(text, conv))).json()) as Replies;

describe('restart', () => {
  it('continues a half-finished flow after the server restarts on the same data dir', async () => {
    const dataDir = tempDataDir();
    const first = await startTestServer(dataDir);
    expect((await say(first.base, 'I want to buy something', 'restart-conv')).activities[0].text).toMatch(
      /What are you looking for/,
    );
    await first.stop({ keepData: true });

    const second = await startTestServer(dataDir);
    try {
      const replies = await say(second.base, 'stoves', 'restart-conv');
      expect(replies.activities[0].text).toMatch(/matches/);
    } finally {
      await second.stop();
    }
  });

  it('finishes turns in flight before closing, then refuses new connections', async () => {
    const server = await startTestServer();
    const inFlight = Promise.all(
      ['tents', 'boots', 'lights'].map((t, i) => say(server.base, t, `drain-${i}`)),
    );
    while (server.app.requests.size < 3) await new Promise((r) => setTimeout(r, 1));
    const closing = server.stop();
    const results = await inFlight;
    await closing;
    expect(results.every((r) => /matches/.test(r.activities[0].text ?? ''))).toBe(true);
    await expect(fetch(`${server.base}/healthz`)).rejects.toThrow();
  });
});
