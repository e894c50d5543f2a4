// Per-key FIFO locks: calls on one key run one at a time in call order; different keys run in parallel.

/**
 * Serialises async work per key. A call may hold several keys: it takes all of them in one synchronous
 * step when it is made and waits only for calls made before it on those keys, so calls never deadlock.
 */
export class KeyedMutex {
  // For each busy key, the promise that settles when its last queued holder is done.
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `fn` once every one of `keys` is free (duplicates are fine), and holds them until it settles. */
  async run<T>(keys: readonly string[], fn: () => Promise<T>): Promise<T> {
    const unique = [...new Set(keys)];
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const before = unique.map((key) => this.tails.get(key));
    for (const key of unique) this.tails.set(key, mine);
    try {
      await Promise.all(before);
      return await fn();
    } finally {
      release();
      for (const key of unique) if (this.tails.get(key) === mine) this.tails.delete(key);
    }
  }

  /** True while a call holds the key or waits for it. */
  isBusy(key: string): boolean {
    return this.tails.has(key);
  }
}
