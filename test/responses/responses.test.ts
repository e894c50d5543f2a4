import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Copy, RESPONSE_SIGNATURES, RESPONSES_FILE } from '../../dialogs/copy';
import { Responses, ResponsesError } from '../../src/responses/responses';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'shopkeeper-lg-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lgFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Templates that are parts of a message by design ("Of course." before the queue position; "Sam: hi"). */
const FRAGMENTS = new Set(['reasonLead', 'agentLine']);

describe('the shipped response templates', () => {
  const responses = Responses.load(RESPONSES_FILE, RESPONSE_SIGNATURES);

  it('say "you haven\'t looked at anything yet" only to a shopper who has not', () => {
    const said = (viewedAny: boolean) =>
      responses.variations('forShopperPopularIntro', { viewedAny }).join(' | ');
    expect(said(true)).not.toMatch(/haven't looked/);
    expect(said(false)).toMatch(/haven't looked/);
  });

  it('define every message the dialogs use, each variation non-empty', () => {
    for (const [name, params] of Object.entries(RESPONSE_SIGNATURES)) {
      const args = Object.fromEntries(params.map((p) => [p, p === 'label' ? 'Track An Order' : 3]));
      const variations = responses.variations(name, args);
      expect(variations.length).toBeGreaterThan(0);
      const min = FRAGMENTS.has(name) ? 3 : 10;
      for (const v of variations)
        expect({ name, length: v.trim().length > min }).toEqual({ name, length: true });
    }
  });

  it('vary the everyday replies', () => {
    for (const name of ['greeting', 'goodbye', 'thanks', 'outOfScope', 'notUnderstood']) {
      expect(new Set(responses.variations(name)).size).toBeGreaterThan(1);
    }
  });

  it('fill parameters in as text, never as expressions', () => {
    expect(Copy.noResults('${1+1} <b>tents</b>')).toContain('"${1+1} <b>tents</b>"');
    expect(Copy.notYet('Track An Order')).toContain('**track an order**');
    expect(Copy.results(14, 5)).toBe('Here are the top 5 of 14 matches:');
    expect(Copy.results(1, 5)).toBe('Here is the match:');
    expect(Copy.results(3, 5)).toBe('Here are 3 matches:');
    expect(Copy.tooLong(2000)).toContain('2000 characters');
  });
});

describe('Responses.load', () => {
  it('lists every problem: missing templates, wrong parameters, syntax errors', () => {
    const file = lgFile('bad.lg', '# greeting(name)\n- Hi ${name}\n\n# broken\n- ${unclosed\n');
    let error: unknown;
    try {
      Responses.load(file, { greeting: [], farewell: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ResponsesError);
    const message = (error as Error).message;
    expect(message).toContain(file);
    expect(message).toMatch(/template "farewell" is missing/);
    expect(message).toMatch(/template "greeting" must take \(\), not \(name\)/);
    expect(message).toMatch(/line \d+/);
  });

  it('fails clearly for a missing file', () => {
    expect(() => Responses.load(join(dir, 'nope.lg'), {})).toThrow(ResponsesError);
  });
});
