// The real binary refuses to start in production without channel auth.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'shopkeeper.js');

describe('shopkeeper start', () => {
  it('exits non-zero with a clear message when NODE_ENV=production and MicrosoftAppId is empty', () => {
    const run = spawnSync(process.execPath, [BIN, 'start'], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', MicrosoftAppId: '', PORT: '0' },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/MicrosoftAppId: is required when NODE_ENV=production/);
  });

  it('lists every configuration problem at once', () => {
    const run = spawnSync(process.execPath, [BIN, 'start'], {
      env: { PATH: process.env.PATH, PORT: 'abc', LOG_LEVEL: 'loud' },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/PORT/);
    expect(run.stderr).toMatch(/LOG_LEVEL/);
  });
});
