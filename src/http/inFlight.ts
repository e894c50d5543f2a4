// Counts work in flight so shutdown can wait for turns to finish.

/** Tracks running promises; `drain` waits for them (or a timeout). */
export class InFlight {
  private running = 0;
  private waiters: (() => void)[] = [];

  /** Runs `work`, counting it as in flight until it settles. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    const done = this.begin();
    try {
      return await work();
    } finally {
      done();
    }
  }

  /** Counts one piece of work as started; call the returned function (once) when it ends. */
  begin(): () => void {
    this.running++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.running--;
      if (this.running === 0) this.waiters.splice(0).forEach((w) => w());
    };
  }

  /** How many are running now. */
  get size(): number {
    return this.running;
  }

  /** Resolves true when nothing is in flight, false if `timeoutMs` passed first. */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
