// Writes the seed files: small files pretty-printed, big ones as one record per line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedName } from '../../src/domain/schemas';
import type { Seeds } from '../../src/seeds/validateSeeds';

/** Files written one record per line (compact, still diffable); the rest are pretty-printed. */
const ONE_PER_LINE: SeedName[] = ['customers', 'events', 'orders'];

/** A JSON array with one compact record per line. */
export function oneRecordPerLine(records: unknown[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

/** Writes every seed file into dir and returns the bytes written per file. */
export function writeSeeds(dir: string, seeds: Seeds): Record<SeedName, number> {
  mkdirSync(dir, { recursive: true });
  const sizes = {} as Record<SeedName, number>;
  for (const name of Object.keys(seeds) as SeedName[]) {
    const records = seeds[name] as unknown[];
    const text = ONE_PER_LINE.includes(name)
      ? oneRecordPerLine(records)
      : `${JSON.stringify(records, null, 2)}\n`;
    writeFileSync(join(dir, `${name}.json`), text);
    sizes[name] = Buffer.byteLength(text);
  }
  return sizes;
}
