// Builds the proactive alerts for the composition root: the shoppers' stored conversation references (a
// middleware keeps them current), the scheduler with its state in Storage, the alert service the dialogs
// use, and the recurring tick. Alerts are sent through the handoff messenger, which picks the adapter
// that reaches each conversation (local Direct Line or the Bot Framework CloudAdapter).
import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { DocumentStorage } from '../storage/casDocument';
import type { Product } from '../domain/schemas';
import type { Logger } from '../logger';
import type { CaseConversation } from '../handoff/handoffCase';
import type { ShopperRef } from '../shopper/shopperRef';
import type { CartService } from '../cart/cartService';
import type { Consent } from '../offers/profile';
import { AlertScheduler, type IdleCart, type TickReport } from '../offers/proactive/alertScheduler';
import { storageAlertState } from '../offers/proactive/alertStore';
import { AlertService } from '../offers/proactive/alertService';
import { ShopperReferences } from '../offers/proactive/shopperReferences';
import { alertText } from '../../dialogs/alertReplies';
import { abandonedCartOffer, type OfferChooser } from '../../dialogs/offerMoments';
import { caseConversation } from './handoffEscalation';
import { toCents } from '../cart/money';

/** What the alerts are built from. */
export interface AlertWiringDeps {
  storage: DocumentStorage;
  catalog: { byId(id: string): Product | undefined };
  offers: OfferChooser & {
    consent(shopper: ShopperRef): Promise<Consent>;
    setConsent(shopper: ShopperRef, change: Partial<Consent>): Promise<Consent>;
  };
  cart: Pick<CartService, 'document' | 'view' | 'render'>;
  /** Sends activities into a stored conversation (the handoff messenger's `send`). */
  send(conversation: CaseConversation, activities: Partial<Activity>[]): Promise<void>;
  /** How often the scheduler runs (0 = never: call `tick`). */
  intervalMs: number;
  logger: Logger;
  now?: () => Date;
}

/** The built alerts. */
export interface Alerts {
  service: AlertService;
  scheduler: AlertScheduler;
  references: ShopperReferences;
  /** Stores each shopper's conversation reference when they write. */
  middleware: Middleware;
  /** Runs the scheduler once (the timer calls this). */
  tick(now?: Date): Promise<TickReport>;
  /** Stops the timer and waits for a tick in progress. */
  close(): Promise<void>;
}

/** Wires the alerts. */
export function buildAlerts(deps: AlertWiringDeps): Alerts {
  const references = new ShopperReferences(deps.storage);
  const variantStock = (productId: string, sku?: string) =>
    (deps.catalog.byId(productId)?.variants ?? [])
      .filter((v) => !sku || v.sku === sku)
      .reduce((n, v) => n + v.stock, 0);
  const scheduler = new AlertScheduler(
    {
      consent: (shopper) => deps.offers.consent(shopper),
      stock: variantStock,
      priceCents: (id) => {
        const p = deps.catalog.byId(id);
        return p && toCents(p.price);
      },
      idleCarts: (olderThan) => idleCarts(deps, references, olderThan),
      deliver: async (reference, message) => {
        const conversation = reference as unknown as CaseConversation;
        let text = alertText(message, deps.catalog);
        if (text && message.kind === 'cart_reminder') {
          // The abandoned-cart moment: the policy may add an offer to the reminder.
          const shopper = { channelId: conversation.channelId, userId: conversation.user.id };
          const offer = await abandonedCartOffer(shopper, deps.offers, await deps.cart.view(shopper));
          if (offer) text = `${text}\n\n${offer}`;
        }
        if (text) await deps.send(conversation, [{ type: 'message', text }]);
      },
    },
    undefined,
    storageAlertState(deps.storage),
  );
  const service = new AlertService({
    storage: deps.storage,
    scheduler,
    setConsent: (s, c) => deps.offers.setConsent(s, c),
  });
  const middleware: Middleware = {
    onTurn: async (context: TurnContext, next) => {
      const a = context.activity;
      if (a.type === 'message' && a.from?.id && a.from.role !== 'bot')
        await references
          .remember({ channelId: a.channelId, userId: a.from.id }, { ...caseConversation(context) })
          .catch((error) => deps.logger.error('storing the conversation reference failed', { error }));
      await next();
    },
  };
  let running: Promise<TickReport> | undefined;
  const tick = (now = (deps.now ?? (() => new Date()))()) =>
    (running ??= scheduler.tick(now).finally(() => (running = undefined)));
  let timer: NodeJS.Timeout | undefined;
  if (deps.intervalMs > 0) {
    timer = setInterval(() => {
      tick().catch((error) => deps.logger.error('alert tick failed', { error }));
    }, deps.intervalMs);
    timer.unref();
  }
  const close = async () => {
    if (timer) clearInterval(timer);
    await running?.catch(() => undefined);
  };
  return { service, scheduler, references, middleware, tick, close };
}

/** Carts of reachable shoppers with lines, unchanged since `olderThan`. */
async function idleCarts(
  deps: AlertWiringDeps,
  references: ShopperReferences,
  olderThan: Date,
): Promise<IdleCart[]> {
  const idle: IdleCart[] = [];
  for (const shopper of await references.shoppers()) {
    const doc = await deps.cart.document(shopper);
    if (doc.lines.length === 0 || !doc.updatedAt || doc.updatedAt >= olderThan.toISOString()) continue;
    if (!(await deps.offers.consent(shopper)).proactive) continue;
    const reference = await references.of(shopper);
    const view = deps.cart.render(doc);
    if (reference && view.itemCount > 0)
      idle.push({
        shopper,
        reference,
        count: view.itemCount,
        totalCents: view.totalCents,
        updatedAt: doc.updatedAt,
      });
  }
  return idle;
}
