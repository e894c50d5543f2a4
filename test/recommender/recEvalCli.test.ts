// `shopkeeper rec eval` on tiny files, as an evaluator runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'shopkeeper.js');
const dir = mkdtempSync(join(tmpdir(), 'rec-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: string[]): string {
  writeFileSync(join(dir, name), lines.join('\n') + '\n');
  return join(dir, name);
}

function recEval(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, 'rec', 'eval', ...args], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'info' },
    encoding: 'utf8',
    timeout: 60000,
  });
  const lines = run.stdout.trim().split('\n');
  return { status: run.status, stderr: run.stderr, last: lines[lines.length - 1] };
}

const header = 'user,item,rating,timestamp';

describe('shopkeeper rec eval', () => {
  it('scores implicit data with popularity and writes recs.csv and timing.json (no predictions.csv)', () => {
    const train = file('train.csv', [
      header,
      'u1,a,1,1',
      'u1,b,2,2',
      'u2,a,1,1',
      'u2,b,1,2',
      'u3,a,3,1',
      'u3,c,1,2',
      'u4,d,1,3',
    ]);
    const test = file('test.csv', [header, 'u1,c,1,5', 'u3,x,1,6', 'stranger,a,1,7']);
    const items = file('items.csv', [
      'item,title,categories,description',
      'a,"Tent, 2p",Tents,Dry',
      'b,Mug,,',
      'c,Lamp,,',
      'd,Map,,',
    ]);
    const out = join(dir, 'implicit');
    const args = ['--train', train, '--test', test, '--items', items, '--k', '2', '--out', out];
    const run = recEval([...args, '--algo', 'popularity']);
    const byDefault = recEval(args.slice(0, 8));
    expect(byDefault.status).toBe(0);
    expect(JSON.parse(byDefault.last)).toMatchObject({ algo: 'hybrid', k: 2 });
    expect(run.stderr).not.toMatch(/ERROR/);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.last) as Record<string, unknown>;
    expect(result).toMatchObject({
      algo: 'popularity',
      k: 2,
      precisionAtK: 0.25,
      recallAtK: 0.5,
      ndcgAtK: 0.5,
    });
    expect(result).toMatchObject({ hitRateAtK: 0.5, coverage: 0.75, explicit: false });
    for (const key of ['trainSeconds', 'p99LatencyMs', 'diversity', 'novelty'])
      expect(typeof result[key]).toBe('number');
    expect(result.rmse).toBeUndefined();
    expect(readFileSync(join(out, 'recs.csv'), 'utf8')).toBe(
      'user,item,rank\nu1,c,1\nu1,d,2\nu3,b,1\nu3,d,2\n',
    );
    const timing = JSON.parse(readFileSync(join(out, 'timing.json'), 'utf8')) as { latenciesMs: number[] };
    expect(timing).toMatchObject({ trainSeconds: expect.any(Number) });
    expect(timing.latenciesMs).toHaveLength(2);
    expect(() => readFileSync(join(out, 'predictions.csv'))).toThrow();
  });

  it('reports RMSE/MAE and writes predictions.csv for explicit ratings', () => {
    const train = file('rtrain.csv', [header, 'u1,a,4,1', 'u1,b,2,2', 'u2,a,5,1', 'u2,c,3,2']);
    const test = file('rtest.csv', [header, 'u2,b,4,3', 'new,c,1,4']);
    const out = join(dir, 'explicit');
    const run = recEval(['--train', train, '--test', test, '--out', out]);
    expect(run.status).toBe(0);
    // u2/b → u2's mean 4 (error 0); new/c → c's mean 3 (error 2)
    const result = JSON.parse(run.last) as { rmse: number };
    expect(result).toMatchObject({ mae: 1, explicit: true, k: 10 });
    expect(result.rmse).toBeCloseTo(Math.SQRT2, 5);
    expect(readFileSync(join(out, 'predictions.csv'), 'utf8')).toBe(
      'user,item,prediction\nu2,b,4\nnew,c,3\n',
    );
  });

  it('fails naming the file and line of a bad row, and an unknown algorithm', () => {
    const bad = file('bad.csv', [header, 'u1,a,1,1', 'u1,b,lots,2']);
    const run = recEval(['--train', bad, '--test', bad]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/bad\.csv:3: .*rating must be a number/);
    const unknown = recEval(['--train', bad, '--test', bad, '--algo', 'nope']);
    expect(unknown.stderr).toMatch(/unknown algorithm "nope"/);
  });
});
