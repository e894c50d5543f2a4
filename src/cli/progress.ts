// Progress of long work, on stderr: a bar on a terminal, a few log lines
// otherwise (CI, pipes). cli-progress lives here and nowhere else.
import { SingleBar, Presets } from 'cli-progress';

/** Reports how far some work has come. `update(done, total)`, then `stop()`. */
export interface Progress {
  update(done: number, total: number, note?: string): void;
  stop(): void;
}

/** A progress reporter for `label`: a bar on a TTY, or a line at every quarter. */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new SingleBar(
      { format: `${label} [{bar}] {percentage}% {note}`, stream, hideCursor: true, clearOnComplete: false },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total, note = '') {
        if (!started) {
          bar.start(total, done, { note });
          started = true;
        } else bar.update(done, { note });
        bar.setTotal(total);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastQuarter = -1;
  return {
    update(done, total, note = '') {
      const quarter = total > 0 ? Math.floor((done / total) * 4) : 4;
      if (quarter === lastQuarter) return;
      lastQuarter = quarter;
      stream.write(`${label}: ${Math.round((done / Math.max(total, 1)) * 100)}%${note ? ` ${note}` : ''}\n`);
    },
    stop: () => undefined,
  };
}
