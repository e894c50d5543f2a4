// `shopkeeper feedback [--since YYYY-MM-DD]`: what shoppers told the store through the chat ("I'd
// like to give feedback" …), read from the event log of the data directory, oldest first. Each line
// on stderr is readable; stdout's last line is one JSON object with every item.
import { join } from 'node:path';
import { z } from 'zod';
import type { Config } from '../config';
import { JsonlEventLog } from '../events/eventLog';
import type { Logger } from '../logger';
import { resolveDir } from '../paths';

const SinceSchema = z.iso.date({ error: '--since must be a date like 2026-12-01' });

/** One piece of feedback as the command prints it. */
export interface FeedbackItem {
  at: string;
  channelId: string;
  conversationId: string;
  text: string;
}

/** The feedback in the data directory's event log, oldest first, from `since` (a date) on. */
export async function readFeedback(dataDir: string, since?: string): Promise<FeedbackItem[]> {
  const checked = since === undefined ? undefined : SinceSchema.safeParse(since);
  if (checked && !checked.success) throw new Error(checked.error.issues[0].message);
  const from = checked?.data ?? '';
  const events = await new JsonlEventLog(join(dataDir, 'events.jsonl')).read();
  return events
    .filter((e) => e.type === 'feedback' && e.at >= from)
    .map((e) => ({
      at: e.at,
      channelId: e.shopper.channelId,
      conversationId: e.conversationId,
      text: e.query ?? '',
    }));
}

/** Prints the feedback (see the header). */
export async function runFeedback(config: Config, logger: Logger, opts: { since?: string }): Promise<void> {
  const dataDir = resolveDir(config.DATA_DIR);
  const items = await readFeedback(dataDir, opts.since);
  logger.info(`${items.length} piece(s) of feedback in ${join(dataDir, 'events.jsonl')}`);
  for (const item of items) process.stderr.write(`${item.at}  ${item.channelId}  ${item.text}\n`);
  process.stdout.write(`${JSON.stringify({ count: items.length, feedback: items })}\n`);
}
