// Where things are on disk, relative to the project (package) root.
import { isAbsolute, join, resolve } from 'node:path';

/** The package root: the folder holding package.json, seeds/, knowledge/ and models/. */
export const PROJECT_ROOT = resolve(__dirname, '..');

/** Resolves a configured directory: absolute as given, relative against `base` (the cwd by default). */
export function resolveDir(dir: string, base: string = process.cwd()): string {
  return isAbsolute(dir) ? dir : resolve(base, dir);
}

/** Files inside the data directory. */
export const dataFiles = (dataDir: string) => ({
  botState: join(dataDir, 'botstate'),
  shop: join(dataDir, 'shop.json'),
});
