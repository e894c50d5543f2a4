import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { JsonlEventLog, MemoryEventLog } from '../../src/events/eventLog';
import { tempDataDir } from '../helpers/testShopkeeper';

const who = { shopper: { channelId: 'directline', userId: 'u1' }, conversationId: 'c1', source: 'message' };
const at = () => new Date('2026-01-02T03:04:05.000Z');

describe('event log', () => {
  it('appends one validated JSON line per event and reads them back in order', async () => {
    const dir = tempDataDir();
    const log = new JsonlEventLog(join(dir, 'sub', 'events.jsonl'), at);
    try {
      await Promise.all([
        log.record({ ...who, type: 'search', query: 'tents' }),
        log.record({
          ...who,
          type: 'add_to_cart',
          productId: 'TNT-0001',
          sku: 'TNT-0001-GRN-OS',
          quantity: 1,
        }),
        log.record({ ...who, type: 'order', orderNumber: '10847', valueCents: 39900 }),
      ]);
      const lines = readFileSync(log.path, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(3);
      const events = await new JsonlEventLog(log.path).read();
      expect(events.map((e) => e.type)).toEqual(['search', 'add_to_cart', 'order']);
      expect(events[0]).toEqual({ ...who, type: 'search', query: 'tents', at: '2026-01-02T03:04:05.000Z' });
    } finally {
      await log.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an event with an unknown type or a bad product id', async () => {
    const log = new MemoryEventLog(at);
    await expect(log.record({ ...who, type: 'teleport' as never })).rejects.toThrow();
    await expect(log.record({ ...who, type: 'product_view', productId: 'nope' })).rejects.toThrow();
    expect(log.events).toHaveLength(0);
  });

  it('reads nothing from a log that does not exist yet', async () => {
    expect(await new JsonlEventLog('/nonexistent/dir/events.jsonl').read()).toEqual([]);
  });
});
