// The append-only record of what shoppers do in the chat (data/events.jsonl): one JSON event per line,
// never rewritten. Profiles, recommenders and analytics read it; dialogs only append.
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ShopperEventSchema, type ShopperEvent } from '../domain/schemas';

/** An event as the dialogs describe it; the recorder stamps the time. */
export type NewShopperEvent = Omit<ShopperEvent, 'at'> & { at?: string };

/** Where dialogs send behaviour events. */
export interface EventRecorder {
  /** Appends one event (validated; a bad event throws naming the field) and returns it as stored. */
  record(event: NewShopperEvent): Promise<ShopperEvent>;
}

/** Events appended to a JSON-lines file; appends are serialised so lines never interleave. */
export class JsonlEventLog implements EventRecorder {
  private tail: Promise<void> = Promise.resolve();
  private handle: FileHandle | undefined;

  constructor(
    /** The log file's path. */
    readonly path: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Appends one event (through a file handle kept open: opening the file per event was a turn's costliest I/O). */
  record(event: NewShopperEvent): Promise<ShopperEvent> {
    const stored = stamp(event, this.now);
    const line = JSON.stringify(stored) + '\n';
    const write = this.tail.then(async () => {
      if (!this.handle) {
        await mkdir(dirname(this.path), { recursive: true });
        this.handle = await open(this.path, 'a');
      }
      await this.handle.appendFile(line, 'utf8');
    });
    this.tail = write.catch(() => undefined);
    return write.then(() => stored);
  }

  /** Finishes pending appends and closes the file (a later record opens it again). */
  async close(): Promise<void> {
    await this.tail;
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }

  /** Every event so far, oldest first (a damaged line throws naming its number). */
  async read(): Promise<ShopperEvent[]> {
    await this.tail;
    const text = await readFile(this.path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return '';
      throw e;
    });
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => {
        const parsed = ShopperEventSchema.safeParse(JSON.parse(l));
        if (!parsed.success) throw new Error(`${this.path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
        return parsed.data;
      });
  }
}

/** Events kept in memory (tests, the CLI chat). */
export class MemoryEventLog implements EventRecorder {
  /** The events recorded, oldest first. */
  readonly events: ShopperEvent[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Appends one event. */
  async record(event: NewShopperEvent): Promise<ShopperEvent> {
    const stored = stamp(event, this.now);
    this.events.push(stored);
    return stored;
  }
}

function stamp(event: NewShopperEvent, now: () => Date): ShopperEvent {
  return ShopperEventSchema.parse({ ...event, at: event.at ?? now().toISOString() });
}
