// The `shopkeeper` command as a store owner runs it: seed, reseed, chat.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDataDir } from '../helpers/testShopkeeper';

const BIN = join(__dirname, '..', '..', 'bin', 'shopkeeper.js');
const dataDir = tempDataDir('shopkeeper-cli-');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function shopkeeper(args: string[], input = '') {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    input,
    encoding: 'utf8',
    timeout: 60000,
  });
  const lines = run.stdout.trim().split('\n');
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, last: lines[lines.length - 1] };
}

describe('shopkeeper seed', () => {
  it('seeds once, leaves a seeded store alone, and reseeds with --reset', () => {
    const first = shopkeeper(['seed']);
    expect(first.status).toBe(0);
    const result = JSON.parse(first.last) as { seeded: boolean; counts: Record<string, number> };
    expect(result.seeded).toBe(true);
    expect(result.counts.products).toBeGreaterThanOrEqual(300);

    const again = shopkeeper(['seed']);
    expect(JSON.parse(again.last)).toMatchObject({ seeded: false });
    expect(again.stderr).toMatch(/--reset/);

    expect(JSON.parse(shopkeeper(['seed', '--reset']).last)).toMatchObject({ seeded: true });
  });

  it('refuses a data directory another live process holds', () => {
    writeFileSync(join(dataDir, '.lock'), String(process.pid));
    try {
      const run = shopkeeper(['seed', '--reset']);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(new RegExp(`in use by process ${process.pid}`));
    } finally {
      rmSync(join(dataDir, '.lock'), { force: true });
    }
  });
});

describe('shopkeeper chat', () => {
  it('talks in the terminal: welcome with numbered suggestions, a search as a text list, a number picks', () => {
    const run = shopkeeper(['chat'], 'hello\n3\n/quit\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Shopkeeper: .*I can find products/);
    expect(run.stdout).toMatch(/\[1\] Show me tents/);
    expect(run.stdout).toMatch(/1\. .*Headlamp — \$\d+\.\d\d/);
    expect(run.stdout).toMatch(/Shopkeeper: Here (is|are)/);
  });
});
