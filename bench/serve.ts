// A benchmark target in its own process (so the load generator does not share
// its event loop): `echo` or `shopkeeper`. Reports its port over IPC.
import { rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { silentLogger } from '../src/logger';
import { startShopkeeper } from '../src/index';
import { startEchoBot } from './echoBot';

async function main(kind: string): Promise<void> {
  if (kind === 'echo') {
    const echo = await startEchoBot();
    process.send?.({ port: echo.port });
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'shopkeeper-bench-'));
  const app = await startShopkeeper(
    loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }),
    silentLogger,
  );
  process.send?.({ port: app.port });
  process.on('disconnect', () => {
    void app.close().then(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  });
}

void main(process.argv[2] ?? 'echo');
