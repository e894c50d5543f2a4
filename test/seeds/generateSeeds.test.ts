import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_FILES, type SeedName } from '../../src/domain/schemas';
import { generateSeeds } from '../../scripts/generateSeeds';

const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

describe('generateSeeds', () => {
  it('is deterministic and matches the committed seed files (rerun npm run seeds:generate if not)', () => {
    const first = generateSeeds();
    const second = generateSeeds();
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    for (const name of Object.keys(SEED_FILES) as SeedName[]) {
      const committed: unknown = JSON.parse(readFileSync(join(SEEDS_DIR, `${name}.json`), 'utf8'));
      expect(JSON.stringify(committed)).toBe(JSON.stringify(first[name]));
    }
  });
});
