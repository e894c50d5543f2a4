// Builds the real Shopkeeper (seeded store, lowdb state) in a temp data dir,
// and drives conversations with it in-process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { loadConfig, type Config } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { buildShopkeeper, type ShopkeeperCore } from '../../src/index';
import { CallbackAdapter } from '../../src/bot/callbackAdapter';

/** A fresh temp data dir. */
export function tempDataDir(prefix = 'shopkeeper-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Test configuration over a data dir, quiet by default. */
export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  // No background recommender retraining: suites share models/ and must not rewrite it.
  return loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PORT: '0',
    REC_RETRAIN_AFTER_EVENTS: '0',
    ALERTS_INTERVAL_MS: '0', // tests run the alert scheduler with core.alerts.tick(now)
    ...env,
  });
}

/**
 * The bot core over a temp data dir. `restart` closes it and builds a new one on the same data (`core`
 * is then the new one); `cleanup` closes the current core and removes the dir.
 */
export async function makeTestShopkeeper(dataDir = tempDataDir()) {
  const env = {
    core: await buildShopkeeper(testConfig(dataDir), silentLogger),
    dataDir,
    restart: async () => {
      await env.core.close();
      env.core = await buildShopkeeper(testConfig(dataDir), silentLogger);
    },
    cleanup: async () => {
      await env.core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return env;
}

const BOT = { id: 'shopkeeper-bot', name: 'Shopkeeper' };

/** One shopper's conversation with the bot; each call returns that turn's replies. */
export class TestConversation {
  private replies: Partial<Activity>[] = [];
  private readonly adapter: CallbackAdapter;
  private seq = 0;

  constructor(
    private readonly core: ShopkeeperCore,
    private readonly ids: { conversationId: string; userId?: string; channelId?: string },
  ) {
    this.adapter = core.prepareAdapter(new CallbackAdapter((a) => this.replies.push(a)));
  }

  private get base() {
    return {
      channelId: this.ids.channelId ?? 'directline',
      serviceUrl: 'urn:test/',
      conversation: { id: this.ids.conversationId },
      recipient: BOT,
      from: { id: this.ids.userId ?? `user-of-${this.ids.conversationId}` },
    };
  }

  private async turn(activity: { type: string; [field: string]: unknown }): Promise<Partial<Activity>[]> {
    this.replies = [];
    await this.adapter.receive({ ...this.base, id: `a${++this.seq}`, ...activity }, this.core.logic);
    return this.replies;
  }

  /** The user joins (conversationUpdate with membersAdded). */
  join() {
    return this.turn({ type: 'conversationUpdate', membersAdded: [BOT, this.base.from] });
  }

  /** The user types a message. */
  say(text: string) {
    return this.turn({ type: 'message', text });
  }

  /** The user presses a card button (Action.Submit: a message with a value and no text). */
  submit(value: unknown) {
    return this.turn({ type: 'message', value });
  }
}

/** Titles (first TextBlock) of the adaptive cards in some replies. */
export function cardTitles(replies: Partial<Activity>[]): string[] {
  return replies.flatMap((r) =>
    (r.attachments ?? []).map((a) => {
      const body =
        (a.content as { body?: { type: string; text?: string; items?: unknown[] }[] } | undefined)?.body ??
        [];
      const first = JSON.stringify(body).match(/"text":"([^"]+)"/);
      return first ? first[1] : '';
    }),
  );
}

/** All reply texts joined, for matching. */
export function replyText(replies: Partial<Activity>[]): string {
  return replies.map((r) => r.text ?? '').join('\n');
}
