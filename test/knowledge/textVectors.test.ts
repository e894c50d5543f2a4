import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextVectors } from '../../src/knowledge/textVectors';
import { topicEncoder } from './faqMeaningFixtures';

describe('TextVectors', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'text-vectors-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const encoder = () =>
    topicEncoder(
      new Map([
        ['a', 0],
        ['b', 1],
        ['c', 2],
      ]),
    );

  it('embeds each new text once and saves the vectors to a file that loads back', async () => {
    const file = join(dir, 'models', 'vectors.json');
    const first = encoder();
    const vectors = await TextVectors.load(file, first.id);
    expect(await vectors.ensure(['a', 'b', 'a'], first)).toBe(2);
    expect(await vectors.ensure(['a', 'b'], first)).toBe(0);
    expect(first.calls).toEqual([['a', 'b']]);
    await vectors.save(file, ['a', 'b']);

    const again = await TextVectors.load(file, first.id);
    expect(again.size).toBe(2);
    expect([...again.of('b')]).toEqual([...vectors.of('b')]);
    const second = encoder();
    expect(await again.ensure(['a', 'b', 'c'], second)).toBe(1);
    expect(second.calls).toEqual([['c']]);
  });

  it('drops texts no longer wanted when saving', async () => {
    const file = join(dir, 'vectors.json');
    const vectors = TextVectors.empty('test-topics');
    await vectors.ensure(['a', 'b'], encoder());
    await vectors.save(file, ['b']);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).vectors)).toEqual(['b']);
  });

  it('starts empty from a missing, damaged or other encoder’s file', async () => {
    const file = join(dir, 'vectors.json');
    expect((await TextVectors.load(file, 'test-topics')).size).toBe(0);
    writeFileSync(file, '{ not json');
    expect((await TextVectors.load(file, 'test-topics')).size).toBe(0);
    const vectors = TextVectors.empty('test-topics');
    await vectors.ensure(['a'], encoder());
    await vectors.save(file, ['a']);
    expect((await TextVectors.load(file, 'another-encoder')).size).toBe(0);
    expect((await TextVectors.load(file, 'test-topics')).size).toBe(1);
  });

  it('refuses an encoder other than its own and names a missing text', async () => {
    const vectors = TextVectors.empty('another-encoder');
    await expect(vectors.ensure(['a'], encoder())).rejects.toThrow(/another-encoder/);
    expect(() => vectors.of('never embedded')).toThrow(/never embedded/);
  });
});
