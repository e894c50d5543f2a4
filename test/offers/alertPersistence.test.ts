// Alerts live in Storage, not memory: an alert asked for before a restart is sent after it; and an idle
// cart of an opted-in shopper (found through the stored references) gets one reminder.
import { rmSync } from 'node:fs';
import type { Activity } from 'botbuilder';
import { buildShopkeeper, type ShopkeeperCore } from '../../src/index';
import { CallbackAdapter } from '../../src/bot/callbackAdapter';
import { silentLogger } from '../../src/logger';
import { replyText, tempDataDir, testConfig, TestConversation } from '../helpers/testShopkeeper';

jest.setTimeout(90_000);

/** Tomorrow at 12:00 UTC: out of quiet hours and more than 4 h from now. */
const tomorrowNoon = () => {
  const d = new Date(Date.now() + 86_400_000);
  d.setUTCHours(12, 0, 0, 0);
  return d;
};

function collect(core: ShopkeeperCore): Partial<Activity>[] {
  const inbox: Partial<Activity>[] = [];
  const adapter = core.prepareAdapter(new CallbackAdapter((a) => inbox.push(a)));
  core.handoff.messenger.register({ matches: (c) => c.serviceUrl === 'urn:test/', adapter, appId: '' });
  return inbox;
}

describe('alerts across a restart, and cart reminders', () => {
  const dataDir = tempDataDir('alerts-');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('an alert stored before a restart is delivered after it; an idle cart gets one reminder', async () => {
    let core = await buildShopkeeper(testConfig(dataDir), silentLogger);
    const c = new TestConversation(core, { conversationId: 'persist-c1', userId: 'persist-1' });
    await c.say('show me the orion merino tee');
    await c.say('the first one');
    expect(replyText(await c.say('tell me when the blue one is back in size M'))).toMatch(/let you know/);
    const cart = new TestConversation(core, { conversationId: 'persist-c2', userId: 'persist-2' });
    expect(replyText(await cart.say('notify me about price drops'))).toMatch(/message you/);
    await cart.say('add the summit 3 tent in black to my cart');
    await core.close();

    core = await buildShopkeeper(testConfig(dataDir), silentLogger);
    try {
      const inbox = collect(core);
      expect(await core.alerts.scheduler.pending()).toHaveLength(1);
      core.shop
        .products()
        .find((p) => p.id === 'BSL-0002')!
        .variants.find((v) => v.sku === 'BSL-0002-GLB-M')!.stock = 3;
      expect(await core.alerts.tick(tomorrowNoon())).toMatchObject({ sent: 2 });
      const to = (id: string) => inbox.filter((a) => a.conversation?.id === id).map((a) => a.text);
      expect(to('persist-c1')).toEqual([expect.stringMatching(/back in stock/)]);
      expect(to('persist-c2')).toEqual([expect.stringMatching(/You left \*\*1 item\(s\)\*\* in your cart/)]);
      expect(await core.alerts.tick(new Date(tomorrowNoon().getTime() + 2 * 86_400_000))).toMatchObject({
        sent: 0,
      });
    } finally {
      await core.close();
    }
  });
});
