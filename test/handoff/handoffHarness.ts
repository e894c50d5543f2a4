// The real Shopkeeper with staff configured, driven in-process: a shopper's turns and the proactive
// messages the handoff sends them both land in `inbox`.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { buildShopkeeper, type ShopkeeperCore } from '../../src/index';
import { CallbackAdapter } from '../../src/bot/callbackAdapter';
import { hashPassword } from '../../src/handoff/passwords';
import { silentLogger } from '../../src/logger';
import { tempDataDir, testConfig } from '../helpers/testShopkeeper';

export const SAM = { id: 'sam', name: 'Sam' };
export const ALEX = { id: 'alex', name: 'Alex' };
const FAST = { N: 1024, r: 8, p: 1, keyLength: 32 };

/** Writes an AGENTS_FILE with sam/pw-sam and alex/pw-alex into `dir`. */
export async function writeAgentsFile(dir: string): Promise<string> {
  const file = join(dir, 'agents.json');
  const agents = [
    { ...SAM, passwordHash: await hashPassword('pw-sam', FAST) },
    { ...ALEX, passwordHash: await hashPassword('pw-alex', FAST) },
  ];
  writeFileSync(file, JSON.stringify({ agents }));
  return file;
}

/** Builds the core with two agents (or none); `inbox` collects everything sent to shoppers. */
export async function handoffCore(withStaff = true) {
  const dataDir = tempDataDir('handoff-conv-');
  const env: Record<string, string> = withStaff ? { AGENTS_FILE: await writeAgentsFile(dataDir) } : {};
  const core: ShopkeeperCore = await buildShopkeeper(testConfig(dataDir, env), silentLogger);
  const inbox: Partial<Activity>[] = [];
  const adapter = core.prepareAdapter(new CallbackAdapter((a) => inbox.push(a)));
  // CallbackAdapter only forwards messages; events (handoff.*) are captured here too.
  const send = adapter.sendActivities.bind(adapter);
  adapter.sendActivities = async (context, activities) => {
    for (const a of activities) if (a.type === 'event') inbox.push(a);
    return send(context, activities);
  };
  core.handoff.messenger.register({ matches: (c) => c.serviceUrl === 'urn:test/', adapter, appId: '' });
  return { core, inbox, adapter, dataDir };
}

/** The core for one test file: built before its tests, closed and removed after them. */
export function useHandoffCore(withStaff = true): () => Awaited<ReturnType<typeof handoffCore>> {
  let h: Awaited<ReturnType<typeof handoffCore>> | undefined;
  beforeAll(async () => {
    h = await handoffCore(withStaff);
  });
  afterAll(async () => {
    await h?.core.close();
    if (h) rmSync(h.dataDir, { recursive: true, force: true });
  });
  return () => h!;
}

/** One shopper's conversation. `say` returns what reached the shopper during that turn. */
export class Shopper {
  private seq = 0;
  constructor(
    private readonly h: Awaited<ReturnType<typeof handoffCore>>,
    readonly conversationId: string,
  ) {}

  private get base() {
    return {
      channelId: 'directline',
      serviceUrl: 'urn:test/',
      conversation: { id: this.conversationId },
      recipient: { id: 'shopkeeper-bot', name: 'Shopkeeper' },
      from: { id: `user-${this.conversationId}` },
    };
  }

  /** Everything delivered while `action` runs. */
  async during(action: () => Promise<unknown>): Promise<Partial<Activity>[]> {
    const from = this.h.inbox.length;
    await action();
    return this.h.inbox.slice(from);
  }

  say(text: string) {
    return this.during(() =>
      this.h.adapter.receive(
        { ...this.base, id: `a${++this.seq}`, type: 'message', text },
        this.h.core.logic,
      ),
    );
  }
}

/** Texts of the messages among some activities. */
export const texts = (activities: Partial<Activity>[]) =>
  activities.filter((a) => a.type === 'message').map((a) => a.text ?? '');

/** Names and states of the handoff events among some activities. */
export const handoffEvents = (activities: Partial<Activity>[]) =>
  activities
    .filter((a) => a.type === 'event')
    .map((a) => (a.name === 'handoff.status' ? `${a.name}:${(a.value as { state: string }).state}` : a.name));
