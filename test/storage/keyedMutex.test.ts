import { KeyedMutex } from '../../src/storage/keyedMutex';

/** A promise with its resolve function, to hold a lock open until the test says so. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyedMutex', () => {
  it('runs calls on one key one at a time, in call order', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const first = gate();
    const calls = [
      mutex.run(['a'], async () => {
        log.push('1 start');
        await first.promise;
        log.push('1 end');
      }),
      mutex.run(['a'], async () => void log.push('2')),
      mutex.run(['a'], async () => void log.push('3')),
    ];
    await tick();
    expect(log).toEqual(['1 start']);
    first.open();
    await Promise.all(calls);
    expect(log).toEqual(['1 start', '1 end', '2', '3']);
  });

  it('lets different keys run in parallel, and a multi-key call wait for each of its keys', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const a = gate();
    const holdA = mutex.run(['a'], () => a.promise);
    const both = mutex.run(['a', 'b'], async () => void log.push('a+b'));
    await mutex.run(['c'], async () => void log.push('c'));
    expect(log).toEqual(['c']);
    expect(mutex.isBusy('b')).toBe(true); // queued behind a, holding its place on b
    a.open();
    await Promise.all([holdA, both]);
    expect(log).toEqual(['c', 'a+b']);
  });

  it('never deadlocks on keys taken in opposite orders, and tolerates repeated keys', async () => {
    const mutex = new KeyedMutex();
    const done = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        mutex.run(i % 2 ? ['x', 'y', 'x'] : ['y', 'x'], async () => {
          await tick();
          return i;
        }),
      ),
    );
    expect(done).toHaveLength(50);
  });

  it('releases the keys when the work throws, and forgets idle keys', async () => {
    const mutex = new KeyedMutex();
    await expect(mutex.run(['a'], () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(mutex.isBusy('a')).toBe(false);
    await expect(mutex.run(['a'], async () => 'next')).resolves.toBe('next');
    expect(mutex.isBusy('a')).toBe(false);
  });
});
