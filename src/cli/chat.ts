// `shopkeeper chat`: the same bot in the terminal. Suggested actions are
// numbered; typing the number picks one.
import { createInterface } from 'node:readline/promises';
import type { Activity } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { buildShopkeeper } from '../index';
import { CallbackAdapter } from '../bot/callbackAdapter';

/** The terminal's channel id: not a card channel, so replies are text. */
const TERMINAL_CHANNEL = 'terminal';

const USER = { id: 'terminal-user', name: 'You' };
const BOT = { id: 'shopkeeper', name: 'Shopkeeper' };

/** Renders one bot message as terminal text. */
export function renderForTerminal(activity: Partial<Activity>): { text: string; choices: string[] } {
  const text = (activity.text ?? '').replace(/\*\*(.+?)\*\*/g, '$1').replace(/\*(.+?)\*/g, '$1');
  const choices = (activity.suggestedActions?.actions ?? []).map((a) => String(a.value ?? a.title));
  return { text, choices };
}

/** Reads lines from stdin and talks to the bot until EOF or "/quit". */
export async function runChat(config: Config, logger: Logger): Promise<void> {
  const core = await buildShopkeeper(config, logger);
  let choices: string[] = [];
  const adapter = core.prepareAdapter(
    new CallbackAdapter((activity) => {
      const rendered = renderForTerminal(activity);
      if (rendered.text) process.stdout.write(`\nShopkeeper: ${rendered.text}\n`);
      if (rendered.choices.length) {
        choices = rendered.choices;
        process.stdout.write(choices.map((c, i) => `  [${i + 1}] ${c}`).join('\n') + '\n');
      }
    }),
  );
  const base = {
    channelId: TERMINAL_CHANNEL,
    serviceUrl: 'urn:terminal/',
    conversation: { id: `terminal-${config.DATA_DIR}` },
    recipient: BOT,
    from: USER,
  };
  await adapter.receive({ ...base, type: 'conversationUpdate', membersAdded: [BOT, USER] }, core.logic);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  process.stdout.write('\n(type a message; a number picks a suggestion; /quit to leave)\n');
  try {
    for await (const line of rl) {
      const input = line.trim();
      if (input === '/quit' || input === '/exit') break;
      if (!input) continue;
      const picked = /^\d+$/.test(input) ? choices[Number(input) - 1] : undefined;
      choices = [];
      await adapter.receive(
        { ...base, type: 'message', text: picked ?? input, id: String(Date.now()) },
        core.logic,
      );
      if (process.stdin.isTTY) process.stdout.write('\n> ');
    }
  } finally {
    rl.close();
    await core.close();
  }
}
