// A compact set membership filter for the general-English lexicon the
// spelling stage consults. A false positive only means a misspelling is left
// alone, which is the safe direction.

/** A Bloom filter over strings (FNV-1a with double hashing). */
export class BloomFilter {
  private constructor(
    readonly bits: Uint8Array,
    readonly hashes: number,
  ) {}

  /** A filter sized for `items` at about `falsePositiveRate`. */
  static of(items: readonly string[], falsePositiveRate = 0.01): BloomFilter {
    const n = Math.max(items.length, 1);
    const m = Math.ceil((-n * Math.log(falsePositiveRate)) / Math.LN2 ** 2);
    const k = Math.max(1, Math.round((m / n) * Math.LN2));
    const filter = new BloomFilter(new Uint8Array(Math.ceil(m / 8)), k);
    for (const item of items) filter.add(item);
    return filter;
  }

  /** Restores a filter from its bytes (base64) and hash count. */
  static fromBase64(base64: string, hashes: number): BloomFilter {
    return new BloomFilter(new Uint8Array(Buffer.from(base64, 'base64')), hashes);
  }

  /** The filter's bytes as base64. */
  toBase64(): string {
    return Buffer.from(this.bits).toString('base64');
  }

  /** Adds one string. */
  add(item: string): void {
    const size = this.bits.length * 8;
    const [h1, h2] = hashPair(item);
    for (let i = 0; i < this.hashes; i++) {
      const bit = (h1 + i * h2) % size;
      this.bits[bit >>> 3] |= 1 << (bit & 7);
    }
  }

  /** False when `item` was certainly never added. */
  has(item: string): boolean {
    const size = this.bits.length * 8;
    if (size === 0) return false;
    const [h1, h2] = hashPair(item);
    for (let i = 0; i < this.hashes; i++) {
      const bit = (h1 + i * h2) % size;
      if ((this.bits[bit >>> 3] & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }
}

/** Two independent 32-bit FNV-1a hashes (different offsets), the second forced odd. */
function hashPair(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 13;
  }
  return [a >>> 0, (b | 1) >>> 0];
}
