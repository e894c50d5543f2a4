// Starts the real server on a free port over a temp data dir.
import { rmSync } from 'node:fs';
import { silentLogger } from '../../src/logger';
import { startShopkeeper, type RunningShopkeeper } from '../../src/index';
import { tempDataDir, testConfig } from './testShopkeeper';

/** A running Shopkeeper on 127.0.0.1 and a port of its own. */
export async function startTestServer(
  dataDir = tempDataDir(),
  env: Record<string, string> = {},
): Promise<{
  app: RunningShopkeeper;
  base: string;
  dataDir: string;
  stop: (opts?: { keepData?: boolean }) => Promise<void>;
}> {
  const app = await startShopkeeper(testConfig(dataDir, { HOST: '127.0.0.1', ...env }), silentLogger);
  return {
    app,
    base: `http://127.0.0.1:${app.port}`,
    dataDir,
    stop: async (opts = {}) => {
      await app.close();
      if (!opts.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A Bot Framework message activity as a channel would post it, asking for replies in the body. */
export function messageActivity(
  text: string,
  conversationId = 'http-conv-1',
  extra: Record<string, unknown> = {},
) {
  return {
    type: 'message',
    id: `m-${Math.random().toString(36).slice(2)}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1/',
    conversation: { id: conversationId },
    from: { id: 'http-user-1' },
    recipient: { id: 'bot' },
    text,
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

/** POSTs JSON (or a raw string) to a path. */
export async function postJson(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
