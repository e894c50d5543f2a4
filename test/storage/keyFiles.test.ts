import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { keyFilePath, openKeyFile, removeKeyFile, saveKeyFile, scanKeys } from '../../src/storage/keyFiles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'key-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('key files', () => {
  it.each([
    ['', '/e3/e3b0c44298fc1c149afbf4c8996fb924.json'],
    ['msteams/conversations/a:1/', expect.stringMatching(/^\/([0-9a-f]{2})\/\1[0-9a-f]{30}\.json$/)],
  ])('names the file of %j by its sha256', (key, suffix) => {
    expect(keyFilePath(dir, key).slice(dir.length).replaceAll('\\', '/')).toEqual(suffix);
  });

  it('reads a missing key as null without creating anything, and saves, reloads and removes it', async () => {
    const file = await openKeyFile(dir, 'k');
    expect(file.data).toBeNull();
    expect(await scanKeys(dir)).toEqual([]);
    await saveKeyFile(file, dir, { key: 'k', item: { v: 1, eTag: 'e1' } });
    expect((await openKeyFile(dir, 'k')).data).toEqual({ key: 'k', item: { v: 1, eTag: 'e1' } });
    expect(await scanKeys(dir)).toEqual(['k']);
    await removeKeyFile(dir, 'k');
    await removeKeyFile(dir, 'k');
    expect((await openKeyFile(dir, 'k')).data).toBeNull();
  });

  it('keeps the old data when the disk write fails', async () => {
    const file = await openKeyFile(dir, 'k');
    const old = { key: 'k', item: { v: 1, eTag: 'e1' } };
    await saveKeyFile(file, dir, old);
    rmSync(dirname(keyFilePath(dir, 'k')), { recursive: true });
    writeFileSync(dirname(keyFilePath(dir, 'k')), 'a file where the shard directory was');
    await expect(saveKeyFile(file, dir, { key: 'k', item: { v: 2, eTag: 'e2' } })).rejects.toThrow();
    expect(file.data).toEqual(old);
  });

  it('skips tmp files and foreign names when scanning, and names a bad file', async () => {
    await saveKeyFile(await openKeyFile(dir, 'a'), dir, { key: 'a', item: { eTag: '1' } });
    const shard = dirname(keyFilePath(dir, 'a'));
    writeFileSync(join(shard, '.x.json.tmp'), '{');
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'README'), 'hi');
    expect(await scanKeys(dir)).toEqual(['a']);

    const moved = keyFilePath(dir, 'b');
    mkdirSync(dirname(moved), { recursive: true });
    writeFileSync(moved, JSON.stringify({ key: 'a', item: { eTag: '1' } }));
    await expect(scanKeys(dir)).rejects.toThrow(`${moved} holds key "a"`);
    await expect(openKeyFile(dir, 'b')).rejects.toThrow(`${moved} holds key "a", not "b"`);
  });
});
