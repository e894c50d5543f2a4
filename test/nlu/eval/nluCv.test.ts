// `shopkeeper nlu cv`: option checks through the real bin, a whole run in-process with a fast trainer.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { integerAtLeast, nluCvCommand, runNluCv } from '../../../src/cli/nluCv';
import { silentLogger } from '../../../src/logger';
import { CV_EXAMPLES, fastTrainer } from './cvFixture';

const BIN = join(__dirname, '..', '..', '..', 'bin', 'shopkeeper.js');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nlu-cv-'));
  for (const intent of new Set(CV_EXAMPLES.map((e) => e.intent))) {
    const lines = CV_EXAMPLES.filter((e) => e.intent === intent).map((e) => e.text);
    writeFileSync(join(dir, `${intent}.txt`), `# the ${intent} intent\n${lines.join('\n')}\n`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function shopkeeper(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe('shopkeeper nlu cv: bad options', () => {
  it('refuses more folds than the smallest intent has examples: exit 1, a clear message, no stack trace', async () => {
    const run = await shopkeeper([
      'nlu',
      'cv',
      '--folds',
      '13',
      '--intents',
      dir,
      '--out',
      join(dir, 'r.md'),
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/13 folds is more than the 12 examples of the smallest intent "add_to_cart"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30000);

  it.each([['1'], ['0'], ['2.5'], ['x']])('refuses --folds %p before doing anything', async (value) => {
    const errors: string[] = [];
    const command = nluCvCommand()
      .exitOverride()
      .configureOutput({ writeErr: (s) => errors.push(s) });
    await expect(command.parseAsync(['--folds', value], { from: 'user' })).rejects.toMatchObject({
      exitCode: 1,
      code: 'commander.invalidArgument',
    });
    expect(errors.join('')).toContain(`argument '${value}' is invalid. expected an integer ≥ 2.`);
  });

  it.each([
    ['2', 2],
    ['10', 10],
    ['1', null],
    ['-3', null],
    ['2.0', null],
    ['x', null],
    ['', null],
  ])('parses --folds %p', (value, parsed) => {
    const parse = integerAtLeast(2);
    if (parsed === null) expect(() => parse(value)).toThrow('expected an integer ≥ 2');
    else expect(parse(value)).toBe(parsed);
  });
});

describe('runNluCv', () => {
  it('writes the Markdown report and prints one JSON line', async () => {
    const out = join(dir, 'nested', 'cv.md');
    const written: string[] = [];
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((s) => !!written.push(String(s)));
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await runNluCv(
        { folds: 3, seed: 1, out, intents: dir, seeds: join(dir, 'unused') },
        silentLogger,
        fastTrainer,
      );
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(written).toHaveLength(1);
    const line = JSON.parse(written[0]) as Record<string, unknown>;
    expect(line).toMatchObject({ folds: 3, examples: 60, intents: 5, report: out });
    expect(line.macroF1).toBeGreaterThan(0.8);
    expect(Object.keys(line.operatingPoint as object)).toEqual(
      expect.arrayContaining(['threshold', 'margin', 'accuracy', 'inScopeAccuracy', 'oosRecall']),
    );
    expect(line.worstIntents).toHaveLength(5);
    expect(readFileSync(out, 'utf8')).toContain('## Confusion matrix (closed set)');
  });
});
