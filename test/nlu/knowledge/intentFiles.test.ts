import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeError, loadIntentFiles } from '../../../src/nlu/knowledge/intentFiles';

const ROOT = join(__dirname, '..', '..', '..');
const many = (prefix: string, n = 12) => Array.from({ length: n }, (_, i) => `${prefix} ${i}`).join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'intents-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    await loadIntentFiles(dir, dir);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeError);
    return (e as KnowledgeError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }
}

describe('loadIntentFiles', () => {
  it("loads the store's knowledge: at least 30 intents with at least 40 examples each", async () => {
    const intents = await loadIntentFiles(join(ROOT, 'knowledge', 'intents'), ROOT);
    expect(intents.length).toBeGreaterThanOrEqual(30);
    for (const i of intents)
      expect({ intent: i.intent, enough: i.examples.length >= 40 }).toEqual({
        intent: i.intent,
        enough: true,
      });
    expect(intents.map((i) => i.intent)).toEqual(
      expect.arrayContaining(['product_search', 'out_of_scope', 'help', 'cancel']),
    );
  });

  it('parses descriptions, skips comments and blank lines', async () => {
    expect(await problemsOf({ 'greeting.txt': `# Says hello\n\n${many('hello')}\n# a note\n` })).toEqual([]);
    const [greeting] = await loadIntentFiles(dir, dir);
    expect(greeting).toMatchObject({ intent: 'greeting', description: 'Says hello' });
    expect(greeting.examples).toHaveLength(12);
  });

  it.each([
    [
      'a long line',
      { 'a.txt': `# d\n${many('x')}\n${'y'.repeat(161)}` },
      'a.txt:14: example is longer than 160',
    ],
    [
      'leading spaces',
      { 'a.txt': `# d\n${many('x')}\n  padded` },
      'a.txt:14: example has leading or trailing spaces',
    ],
    ['no description', { 'a.txt': many('x') }, 'a.txt:1: the first comment line must describe'],
    ['too few examples', { 'a.txt': '# d\none\ntwo' }, 'a.txt:1: has 2 examples'],
    ['a bad intent name', { 'Bad-Name.txt': `# d\n${many('x')}` }, 'Bad-Name.txt:1: intent name'],
    [
      'a duplicate across files',
      { 'a.txt': `# d\n${many('x')}`, 'b.txt': `# d\n${many('z')}\nX 3` },
      'b.txt:14: duplicate example (first at a.txt:5)',
    ],
  ])('names file and line for %s', async (_name, files, expected) => {
    const problems = await problemsOf(files);
    expect(problems.join('\n')).toContain(expected);
  });

  it('reports an empty folder', async () => {
    await expect(loadIntentFiles(dir, dir)).rejects.toThrow(/no intent files/);
  });
});
