import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv, parseItems, parseRatings, readItemsCsv, readRatingsCsv } from '../../src/recommender/csv';

describe('parseCsv', () => {
  it.each([
    [
      'plain, CRLF and a trailing newline',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'no trailing newline, empty fields',
      'a,,c\n,,',
      [
        ['a', '', 'c'],
        ['', '', ''],
      ],
    ],
    ['quoted commas, doubled quotes', 'x,"a, ""b"""\n', [['x', 'a, "b"']]],
    [
      'a line break inside quotes',
      'x,"one\ntwo"\ny,z\n',
      [
        ['x', 'one\ntwo'],
        ['y', 'z'],
      ],
    ],
    ['blank lines skipped and a BOM dropped', '\ufeffa\n\nb\n', [['a'], ['b']]],
  ])('%s', (_name, text, expected) => {
    expect(parseCsv(text).map((r) => r.fields)).toEqual(expected);
  });

  it('reports the line a record starts on', () => {
    expect(parseCsv('a\n"b\nc"\nd').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ['an unterminated quote', 'a\n"b,c\n', /^f\.csv:2: unterminated quoted field/],
    ['text after a closing quote', 'a\n"b"x,c\n', /^f\.csv:2: unexpected character after a closing quote/],
    ['a quote inside a bare field', 'a\nb"c\n', /^f\.csv:2: quote inside an unquoted field/],
  ])('rejects %s, naming file and line', (_name, text, message) => {
    expect(() => parseCsv(text, 'f.csv')).toThrow(message);
  });
});

describe('ratings and items', () => {
  it('reads ratings rows; an empty timestamp is 0', () => {
    expect(parseRatings('user,item,rating,timestamp\nu1,i1,4.5,100\nu2,i2,1,\n')).toEqual([
      { user: 'u1', item: 'i1', value: 4.5, timestamp: 100 },
      { user: 'u2', item: 'i2', value: 1, timestamp: 0 },
    ]);
  });

  it.each([
    [
      'a wrong header',
      'user,item,score,timestamp\n',
      /^r\.csv:1: expected header user,item,rating,timestamp/,
    ],
    [
      'a missing field',
      'user,item,rating,timestamp\nu,i,1,2\nu,i,1\n',
      /^r\.csv:3: expected 4 fields, got 3/,
    ],
    [
      'a non-numeric rating',
      'user,item,rating,timestamp\nu,i,five,2\n',
      /^r\.csv:2: .*rating must be a number/,
    ],
    ['an empty user', 'user,item,rating,timestamp\n,i,1,2\n', /^r\.csv:2: .*must not be empty/],
    ['a negative timestamp', 'user,item,rating,timestamp\nu,i,1,-3\n', /^r\.csv:2: .*Unix seconds/],
  ])('rejects %s, naming file and line', (_name, text, message) => {
    expect(() => parseRatings(text, 'r.csv')).toThrow(message);
  });

  it('reads items with quoted text and categories split on | or ;', () => {
    const text =
      'item,title,categories,description\np1,"Tent, 2-person",Tents|Camping; Outdoor,"Says ""dry"""\np2,Mug,,\n';
    expect(parseItems(text)).toEqual([
      {
        item: 'p1',
        title: 'Tent, 2-person',
        categories: ['Tents', 'Camping', 'Outdoor'],
        description: 'Says "dry"',
      },
      { item: 'p2', title: 'Mug', categories: [], description: '' },
    ]);
  });

  it('reads files and names a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rec-csv-'));
    try {
      writeFileSync(join(dir, 'r.csv'), 'user,item,rating,timestamp\nu,i,1,2\n');
      writeFileSync(join(dir, 'i.csv'), 'item,title,categories,description\ni,T,,D\n');
      expect(readRatingsCsv(join(dir, 'r.csv'))).toHaveLength(1);
      expect(readItemsCsv(join(dir, 'i.csv'))[0].title).toBe('T');
      expect(() => readRatingsCsv(join(dir, 'none.csv'))).toThrow(/cannot read .*none\.csv/);
      writeFileSync(join(dir, 'bad.csv'), 'user,item,rating,timestamp\nu,i,x,2\n');
      expect(() => readRatingsCsv(join(dir, 'bad.csv'))).toThrow(/bad\.csv:2:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
