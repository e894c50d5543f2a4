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

describe('shopkeeper feedback', () => {
  const dir = tempDataDir('shopkeeper-feedback-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const event = (at: string, type: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      at,
      type,
      shopper: { channelId: 'directline', userId: 'u1' },
      conversationId: 'c1',
      source: 'message',
      ...extra,
    });

  it('prints what shoppers told the store, oldest first, from a date on; a bad date is refused', () => {
    writeFileSync(
      join(dir, 'events.jsonl'),
      [
        event('2026-11-30T10:00:00.000Z', 'feedback', { query: 'more wide boots please' }),
        event('2026-11-30T11:00:00.000Z', 'search', { query: 'tents' }),
        event('2026-12-01T09:00:00.000Z', 'feedback', { query: 'the chat was quick' }),
      ].join('\n') + '\n',
    );
    const run = (args: string[]) =>
      spawnSync(process.execPath, [BIN, 'feedback', ...args], {
        env: { PATH: process.env.PATH, DATA_DIR: dir, LOG_LEVEL: 'info' },
        encoding: 'utf8',
        timeout: 60000,
      });
    const all = run([]);
    expect(all.status).toBe(0);
    const result = JSON.parse(all.stdout.trim().split('\n').at(-1)!) as {
      count: number;
      feedback: { text: string }[];
    };
    expect(result.feedback.map((f) => f.text)).toEqual(['more wide boots please', 'the chat was quick']);
    expect(all.stderr).toMatch(/2 piece\(s\) of feedback/);
    const since = JSON.parse(run(['--since', '2026-12-01']).stdout.trim()) as { count: number };
    expect(since.count).toBe(1);
    const bad = run(['--since', 'yesterday']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--since must be a date/);
  });
});

describe('shopkeeper train', () => {
  const models = tempDataDir('shopkeeper-models-');
  afterAll(() => rmSync(models, { recursive: true, force: true }));
  const train = () =>
    spawnSync(process.execPath, [BIN, 'train'], {
      env: {
        PATH: process.env.PATH,
        DATA_DIR: dataDir,
        MODELS_DIR: models,
        FAQ_SEMANTIC: 'off',
        LOG_LEVEL: 'info',
      },
      encoding: 'utf8',
      timeout: 120000,
    });

  it('trains the NLU and the recommender into MODELS_DIR, then finds them fresh', () => {
    const first = train();
    expect(first.status).toBe(0);
    const built = JSON.parse(first.stdout.trim().split('\n').at(-1)!) as {
      trained: boolean;
      recommender: { trained: boolean; events: number };
    };
    expect(built.trained).toBe(true);
    expect(built.recommender).toMatchObject({ trained: true });
    expect(built.recommender.events).toBeGreaterThan(1000);
    const again = JSON.parse(train().stdout.trim().split('\n').at(-1)!) as typeof built;
    expect([again.trained, again.recommender.trained]).toEqual([false, false]);
  });
});
