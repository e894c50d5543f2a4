// The agent's view of the shopper, gathered when a case opens: recent NLU results, products viewed and
// listed, the cart, their orders, and the offers given (profile summary, coupons shown → accepted →
// redeemed). Each CaseContextProvider is one section of the console.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { CaseContextProvider } from '../handoff/caseContext';
import type { HandoffSignals } from '../handoff/triggers';
import type { ShopContext } from '../../dialogs/shopContext';
import type { Product } from '../domain/schemas';
import type { ShopperOfferSummary } from '../handoff/caseOffers';
import { formatPrice } from '../catalog/productFacts';

/** What the providers read. */
export interface ContextSources {
  signals: StatePropertyAccessor<HandoffSignals>;
  shopContext: StatePropertyAccessor<ShopContext>;
  catalog: { byId(id: string): Product | undefined };
  /** The shopper's cart (absent until the cart service is wired). */
  cart?: (context: TurnContext) => Promise<{
    lines: { quantity: number; name: string; colour: string; size: string; lineCents: number }[];
    totalCents: number;
  }>;
  /** The shopper's own orders, most recent first (absent until the orders service is wired). */
  orders?: (
    context: TurnContext,
  ) => Promise<{ id: string; status: string; total: number; placedAt: string }[]>;
  /** The shopper's profile summary and coupons (absent until the offers service is wired). */
  offers?: (context: TurnContext) => Promise<ShopperOfferSummary>;
}

const money = (amount: number) => formatPrice(amount, 'USD');
type ContextRows = Awaited<ReturnType<CaseContextProvider<TurnContext>['collect']>>;

function productRows(ids: readonly string[], catalog: ContextSources['catalog']) {
  return ids
    .map((id) => catalog.byId(id))
    .filter((p): p is Product => p !== undefined)
    .map((p) => ({ label: p.name, value: `${money(p.price)} · ${p.id}` }));
}

/** The providers of the running bot, in the order the console shows them. */
export function contextProviders(sources: ContextSources): CaseContextProvider<TurnContext>[] {
  const providers: CaseContextProvider<TurnContext>[] = [
    {
      title: 'NLU confidence (recent messages)',
      empty: 'no messages yet',
      collect: async (context) =>
        (await sources.signals.get(context, { misunderstoodInRow: 0, recent: [] })).recent.map((r) => ({
          label: r.text,
          value: `${r.intent} ${r.score.toFixed(2)}${r.frustration >= 0.3 ? ` · frustration ${r.frustration.toFixed(2)}` : ''}`,
        })),
    },
    {
      title: 'Viewed products (most recent first)',
      empty: 'none in this conversation',
      collect: async (context) => {
        const shop = await sources.shopContext.get(context, { lastResults: [] });
        return productRows([...(shop.viewed ?? [])].reverse(), sources.catalog);
      },
    },
    {
      title: 'Last list shown (search or recommendations)',
      empty: 'none',
      collect: async (context) =>
        productRows(
          (await sources.shopContext.get(context, { lastResults: [] })).lastResults,
          sources.catalog,
        ),
    },
  ];
  const cart = sources.cart;
  if (cart)
    providers.push({
      title: 'Cart',
      empty: 'empty',
      collect: async (context) => {
        const view = await cart(context);
        if (view.lines.length === 0) return [];
        return [
          ...view.lines.map((l) => ({
            label: `${l.quantity} × ${l.name} (${[l.colour, l.size].filter(Boolean).join(', ')})`,
            value: money(l.lineCents / 100),
          })),
          { label: 'Total', value: money(view.totalCents / 100) },
        ];
      },
    });
  const orders = sources.orders;
  providers.push(
    {
      title: 'Orders',
      empty: orders
        ? 'none placed in the chat'
        : 'not connected (no orders service is wired into the handoff)',
      collect: async (context) =>
        orders
          ? (await orders(context)).map((o) => ({
              label: `Order ${o.id} · ${o.placedAt.slice(0, 10)}`,
              value: `${o.status.replace(/_/g, ' ')} · ${money(o.total)}`,
            }))
          : [],
    },
    {
      title: 'Offers given',
      empty: sources.offers ? 'none' : 'not connected (no offers service is wired into the handoff)',
      collect: async (context) => (sources.offers ? offerRows(await sources.offers(context)) : []),
    },
  );
  return providers;
}

const COUPON_STATUS = { issued: 'shown', accepted: 'accepted', redeemed: 'redeemed', void: 'void' };

/** The profile line, then one row per coupon (newest first). */
function offerRows(summary: ShopperOfferSummary): ContextRows {
  const p = summary.profile;
  return [
    {
      label: 'Profile',
      value: `segment ${p.segment.replace(/_/g, ' ')} · lifecycle ${p.lifecycle} · ${p.orders} orders · offers ${p.offers ? 'on' : 'off'} · proactive ${p.proactive ? 'on' : 'off'}`,
    },
    ...summary.coupons.map((c) => ({
      label: `${c.title} (${c.code})`,
      value: [
        COUPON_STATUS[c.status],
        c.moment === 'agent' ? 'given by an agent' : `at ${c.moment}`,
        `issued ${c.issuedAt.slice(0, 10)}`,
        c.status === 'redeemed'
          ? `${c.discountCents !== undefined ? `${money(c.discountCents / 100)} off` : ''}${c.orderNumber ? ` on order ${c.orderNumber}` : ''}`
          : `expires ${c.expiresAt.slice(0, 10)}`,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
  ];
}
