import type { ShopperEvent } from '../../../src/domain/schemas';
import { interactionEventsOf } from '../../../src/recommender/serving/chatEvents';

const base = {
  at: '2026-12-01T10:00:00Z',
  shopper: { channelId: 'webchat', userId: 'u1' },
  conversationId: 'c1',
  source: 'message',
};
const of = (event: Partial<ShopperEvent>) => interactionEventsOf({ ...base, ...event } as ShopperEvent);

describe('interactionEventsOf', () => {
  it.each([
    [{ type: 'product_view', productId: 'TNT-0001' }, [['view', 'TNT-0001']]],
    [{ type: 'rec_clicked', productId: 'TNT-0001' }, [['view', 'TNT-0001']]],
    [{ type: 'add_to_cart', productId: 'TNT-0001', quantity: 2 }, [['add_to_cart', 'TNT-0001']]],
    [{ type: 'remove_from_cart', productId: 'TNT-0001' }, [['remove_from_cart', 'TNT-0001']]],
    [
      { type: 'order', productIds: ['TNT-0001', 'STV-0001', 'TNT-0001'] },
      [
        ['purchase', 'TNT-0001'],
        ['purchase', 'STV-0001'],
      ],
    ],
    [{ type: 'search', query: 'tents' }, []],
    [{ type: 'rec_shown', productIds: ['TNT-0001'] }, []],
    [{ type: 'product_view' }, []],
  ] as const)('%j → %j', (event, expected) => {
    const got = of(event as Partial<ShopperEvent>);
    expect(got.map((e) => [e.type, e.productId])).toEqual(expected);
    for (const e of got) expect(e).toMatchObject({ customerId: 'webchat:u1', at: base.at });
  });
});
