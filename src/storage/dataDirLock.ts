// One process per data directory: lowdb files must never be shared between
// processes (concurrent writers lose updates and can corrupt a file).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Thrown when another live process holds the data directory. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dir} is in use by process ${pid}. Stop that process first (or point DATA_DIR elsewhere).`,
    );
    this.name = 'DataDirInUseError';
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the data directory for this process (a `.lock` file holding the pid);
 * a lock left by a process that no longer runs is taken over. Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, '.lock');
  let holder: number | undefined;
  try {
    holder = Number(readFileSync(file, 'utf8').trim()) || undefined;
  } catch {
    holder = undefined;
  }
  if (holder !== undefined && holder !== process.pid && isAlive(holder))
    throw new DataDirInUseError(dir, holder);
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
