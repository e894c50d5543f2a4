import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword, isPasswordHash, verifyPassword } from '../../src/handoff/passwords';
import { loadStaffFile, StaffDirectory } from '../../src/handoff/staffAccounts';

// Cheap costs for speed; the format and the checks are the same as with the defaults.
const FAST = { N: 1024, r: 8, p: 1, keyLength: 32 };

test('scrypt hashes verify the right password only, and never repeat', async () => {
  const a = await hashPassword('correct horse', FAST);
  const b = await hashPassword('correct horse', FAST);
  expect(a).toMatch(/^scrypt\$1024\$8\$1\$/);
  expect(a).not.toBe(b);
  expect(await verifyPassword('correct horse', a)).toBe(true);
  expect(await verifyPassword('correct horse ', a)).toBe(false);
  expect(await verifyPassword('correct horse', 'plain-text')).toBe(false);
});

test('the default cost is a slow hash', async () => {
  const started = Date.now();
  const hash = await hashPassword('pw');
  expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
  expect(Date.now() - started).toBeGreaterThan(10);
});

test.each([
  ['scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g', true],
  ['scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g', false], // N not a power of 2
  ['scrypt$16$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g', false], // too cheap
  ['hunter2', false],
])('isPasswordHash(%s) → %s', (hash, expected) => {
  expect(isPasswordHash(hash)).toBe(expected);
});

test('staff sign in by id and password; unknown ids and wrong passwords fail alike', async () => {
  const staff = new StaffDirectory([
    { id: 'sam', name: 'Sam Lee', passwordHash: await hashPassword('pw-sam', FAST) },
  ]);
  expect(await staff.authenticate('sam', 'pw-sam')).toEqual({ id: 'sam', name: 'Sam Lee' });
  expect(await staff.authenticate('SAM', 'pw-sam')).toEqual({ id: 'sam', name: 'Sam Lee' });
  expect(await staff.authenticate('sam', 'nope')).toBeUndefined();
  expect(await staff.authenticate('nobody', 'pw-sam')).toBeUndefined();
});

test('the accounts file is validated, naming the file and the field', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'staff-'));
  try {
    const file = join(dir, 'agents.json');
    const hash = await hashPassword('pw', FAST);
    writeFileSync(file, JSON.stringify({ agents: [{ id: 'sam', name: 'Sam', passwordHash: hash }] }));
    expect(loadStaffFile(file)).toEqual([{ id: 'sam', name: 'Sam', passwordHash: hash }]);
    writeFileSync(file, JSON.stringify({ agents: [{ id: 'sam', name: 'Sam', passwordHash: 'pw' }] }));
    expect(() => loadStaffFile(file)).toThrow(/agents\.json: agents\.0\.passwordHash/);
    writeFileSync(
      file,
      JSON.stringify({
        agents: [
          { id: 'sam', name: 'Sam', passwordHash: hash },
          { id: 'sam', name: 'Sam 2', passwordHash: hash },
        ],
      }),
    );
    expect(() => loadStaffFile(file)).toThrow(/unique/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
