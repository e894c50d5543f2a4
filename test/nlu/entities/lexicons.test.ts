// Lexicon files: the shipped ones are valid; broken ones fail with the file and the JSON path named.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LEXICON_DIR, LexiconError, loadLexicons, parseLexicons } from '../../../src/nlu/entities';
import type { LexiconProblem, Lexicons } from '../../../src/nlu/entities';
import { jsonPath } from '../../../src/nlu/entities/loadLexicons';

/** Lexicon JSON as the tests edit it: any shape, on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawLexicons = Record<string, any>;

let shipped: Lexicons;
beforeAll(async () => {
  shipped = await loadLexicons();
});

/** A deep copy of the shipped lexicons, changed by `edit`, as raw JSON data. */
function broken(edit: (raw: RawLexicons) => void): Record<string, unknown> {
  const raw = JSON.parse(JSON.stringify(shipped)) as RawLexicons;
  edit(raw);
  return raw;
}

function problemsOf(raw: Record<string, unknown>): LexiconProblem[] {
  try {
    parseLexicons(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(LexiconError);
    return (err as LexiconError).problems;
  }
  throw new Error('expected a LexiconError');
}

test('the shipped lexicons load and cover every category', () => {
  expect(Object.keys(shipped.categories.categories).sort()).toEqual([
    'accessories',
    'backpacks',
    'base-layers',
    'boots',
    'jackets',
    'lights',
    'sleeping-bags',
    'stoves',
    'tents',
    'trousers',
  ]);
});

// prettier-ignore
test.each<[string, (raw: RawLexicons) => void, Partial<LexiconProblem>]>([
  ['a wrong type', (r) => { r.colours.colours[3].synonyms[0] = 42; }, { file: 'colours.json', path: 'colours[3].synonyms[0]' }],
  ['an unknown colour family', (r) => { r.colours.colours[0].families = ['beige']; }, { file: 'colours.json', path: 'colours[0].families[0]', message: 'unknown family "beige"' }],
  ['an unknown category', (r) => { r.categories.categories.hats = { words: ['hat'], weak: [] }; }, { file: 'categories.json', path: 'categories' }],
  ['a bad currency code', (r) => { r.prices.currencies[0].code = 'usd'; }, { file: 'prices.json', path: 'currencies[0].code', message: 'must be an ISO 4217 code' }],
  ['an empty phrase', (r) => { r.materials.materials[1].words.push('  '); }, { file: 'materials.json', path: 'materials[1].words[3]' }],
  ['a phrase listed twice', (r) => { r.attributes.flags[1].words.push('water-resistant'); }, { file: 'attributes.json', path: 'flags[1].words[4]', message: 'phrase "water-resistant" is already listed at flags[1].words[0]' }],
  ['a plural of a listed phrase', (r) => { r.categories.categories.tents.words.push('tents'); }, { file: 'categories.json', path: 'categories.tents.words[4]' }],
  ['a zero ordinal', (r) => { r.numbers.ordinals.zeroth = 0; }, { file: 'numbers.json', path: 'ordinals.zeroth', message: 'must not be 0' }],
  ['a missing lexicon', (r) => { delete r.references; }, { file: 'references.json', path: '$', message: 'missing lexicon' }],
  ['an unexpected field', (r) => { r.sizes.extra = true; }, { file: 'sizes.json', path: '$' }],
])('%s is reported with its file and path', (_name, edit, expected) => {
  const problems = problemsOf(broken(edit));
  expect(problems).toEqual([expect.objectContaining(expected)]);
});

test('the error message lists every problem as "file: path: message"', () => {
  const raw = broken((r) => {
    r.colours.colours[3].synonyms[0] = 42;
    r.prices.aroundTolerance = 2;
  });
  expect(() => parseLexicons(raw)).toThrow(
    /colours\.json: colours\[3\]\.synonyms\[0\]: .*\n.*prices\.json: aroundTolerance: /,
  );
});

describe('loading from disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lexicons-'));
    for (const file of await readdir(DEFAULT_LEXICON_DIR))
      await writeFile(join(dir, file), await readFile(join(DEFAULT_LEXICON_DIR, file)));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  test('a missing file and a file that is not JSON are named with their full path', async () => {
    await rm(join(dir, 'sizes.json'));
    await writeFile(join(dir, 'numbers.json'), '{ "cardinals": ');
    const err = await loadLexicons(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LexiconError);
    expect((err as LexiconError).problems).toEqual([
      expect.objectContaining({
        file: join(dir, 'sizes.json'),
        path: '$',
        message: expect.stringMatching(/^cannot read file/),
      }),
      expect.objectContaining({
        file: join(dir, 'numbers.json'),
        path: '$',
        message: expect.stringMatching(/^invalid JSON/),
      }),
    ]);
  });

  test('schema problems in a copied directory name the copied file', async () => {
    const colours = JSON.parse(await readFile(join(dir, 'colours.json'), 'utf8'));
    colours.colours[2].name = '';
    await writeFile(join(dir, 'colours.json'), JSON.stringify(colours));
    await expect(loadLexicons(dir)).rejects.toThrow(`${join(dir, 'colours.json')}: colours[2].name:`);
  });
});

test.each([
  [[], '$'],
  [['colours', 3, 'synonyms', 0], 'colours[3].synonyms[0]'],
  [['ordinals', 'second to last'], 'ordinals["second to last"]'],
  [['categories', 'base-layers', 'words'], 'categories["base-layers"].words'],
])('jsonPath(%j) is %s', (path, expected) => {
  expect(jsonPath(path)).toBe(expected);
});
