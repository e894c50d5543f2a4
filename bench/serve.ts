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

/** Tells the parent (over IPC) or the person running it (on stdout) which port to load. */
function report(port: number): void {
  if (process.send) process.send({ port });
  else process.stdout.write(`listening on ${port}\n`);
}

async function main(kind: string): Promise<void> {
  if (kind === 'echo') {
    const echo = await startEchoBot();
    report(echo.port);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'shopkeeper-bench-'));
  const app = await startShopkeeper(
    loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }),
    silentLogger,
  );
  report(app.port);
  const stop = () =>
    void app.close().then(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  process.on('disconnect', stop);
  process.on('SIGINT', stop);
}

void main(process.argv[2] ?? 'echo');
