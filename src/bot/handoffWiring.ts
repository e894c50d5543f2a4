// Builds the handoff for the composition root: the case store and service, the staff directory and
// console sessions, the messenger, the routing middleware, the trigger check and the timeout sweeper.
import type { CloudAdapter, ConversationState, Storage, TurnContext } from 'botbuilder';
import type { Dialog, DialogState } from 'botbuilder-dialogs';
import { CaseStore } from '../handoff/caseStore';
import { HandoffService } from '../handoff/handoffService';
import type { CaseOffers } from '../handoff/caseOffers';
import { TranscriptBuffer } from '../handoff/transcriptBuffer';
import { StaffDirectory, type StaffAccount } from '../handoff/staffAccounts';
import { AgentSessions } from '../handoff/agentSessions';
import type { HandoffSignals } from '../handoff/triggers';
import { frustration } from '../nlu/sentiment';
import type { Product } from '../domain/schemas';
import type { Logger } from '../logger';
import { shopContextAccessor } from '../../dialogs/shopContext';
import { shopperOf } from '../../dialogs/shoppingServices';
import { noticeActivities } from '../../dialogs/handoffReplies';
import { HandoffMessenger } from './handoffMessenger';
import { HandoffMiddleware } from './handoffMiddleware';
import { HandoffEscalation } from './handoffEscalation';
import { dialogResumer } from './handoffResume';
import { contextProviders, type ContextSources } from './handoffContext';
import { LOCAL_DIRECT_LINE_SERVICE_URL } from './localDirectLineAdapter';
import type { AgentConsoleDeps } from '../http/agentRoutes';

/** What the handoff is built from. */
export interface HandoffWiringDeps {
  storage: Storage;
  conversationState: ConversationState;
  /** The root dialog (to re-ask an interrupted question after a hand-back). */
  rootDialog: Dialog;
  catalog: { byId(id: string): Product | undefined };
  cart?: ContextSources['cart'];
  orders?: ContextSources['orders'];
  /** Offers: the case view's section and the coupons an agent can give (absent: not connected). */
  offers?: CaseOffers;
  /** Products an agent can attach, for a query. */
  searchProducts(query: string): Product[];
  staff: readonly StaffAccount[];
  queueTimeoutMs: number;
  /** An assigned case whose agent is silent this long goes back to the bot (0 = never). */
  agentIdleTimeoutMs: number;
  /** How often open cases are checked for the timeouts (0 = never: call `service.sweep()`). */
  sweepIntervalMs: number;
  logger: Logger;
}

/** The built handoff. */
export interface Handoff {
  service: HandoffService;
  staff: StaffDirectory;
  sessions: AgentSessions;
  messenger: HandoffMessenger;
  middleware: HandoffMiddleware;
  escalation: HandoffEscalation;
  /** What the agent console routes need (but the cookie setting). */
  console: Omit<AgentConsoleDeps, 'secureCookies'>;
  close(): void;
}

/** Wires the handoff. */
export function buildHandoff(deps: HandoffWiringDeps): Handoff {
  const resume = dialogResumer(deps.conversationState, deps.rootDialog);
  const offers = deps.offers;
  const messenger = new HandoffMessenger({
    render: (notice, conversation) =>
      noticeActivities(
        notice,
        {
          channelId: conversation.channelId,
          conversation: { ...conversation.conversation, isGroup: false, conversationType: '', name: '' },
        },
        deps.catalog,
      ),
    resume: async (context: TurnContext) => {
      await resume(context);
    },
  });
  const service = new HandoffService(
    new CaseStore(deps.storage),
    messenger,
    deps.catalog,
    {
      queueTimeoutMs: deps.queueTimeoutMs,
      agentIdleTimeoutMs: deps.agentIdleTimeoutMs,
      onError: (message, error) => deps.logger.error(message, { error }),
    },
    deps.offers,
  );
  const staff = new StaffDirectory(deps.staff);
  const transcript = new TranscriptBuffer();
  const signals = deps.conversationState.createProperty<HandoffSignals>('handoffSignals');
  // The bot's dialog stack (ShopkeeperBot keeps it in 'dialogState'): non-empty when a flow awaits input.
  const dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
  const escalation = new HandoffEscalation({
    service,
    transcript,
    signals,
    providers: contextProviders({
      signals,
      shopContext: shopContextAccessor(deps.conversationState),
      catalog: deps.catalog,
      cart: deps.cart,
      orders: deps.orders,
      offers: offers && ((context) => offers.summary(shopperOf(context))),
    }),
    frustration: (text) => frustration(text).score,
    enabled: () => staff.size > 0,
    inFlow: async (context) => ((await dialogState.get(context))?.dialogStack.length ?? 0) > 0,
  });
  const middleware = new HandoffMiddleware({ service, transcript, resume });
  let timer: NodeJS.Timeout | undefined;
  if (deps.sweepIntervalMs > 0) {
    timer = setInterval(() => {
      service.sweep().catch((error) => deps.logger.error('handoff sweep failed', { error }));
    }, deps.sweepIntervalMs);
    timer.unref();
  }
  const sessions = new AgentSessions();
  return {
    service,
    staff,
    sessions,
    console: {
      service,
      staff,
      sessions,
      findProducts: (q) => deps.searchProducts(q).map((p) => ({ id: p.id, name: p.name, price: p.price })),
      offerOptions: offers && ((shopper) => offers.options(shopper)),
    },
    messenger,
    middleware,
    escalation,
    close: () => timer && clearInterval(timer),
  };
}

/** Lets the handoff reach shoppers: local Web Chat conversations through the in-process Direct Line
 * adapter, every other channel through the Bot Framework adapter with the bot's app id. */
export function connectHandoff(
  handoff: Handoff,
  adapters: { channels: CloudAdapter; appId: string; local: CloudAdapter },
): void {
  handoff.messenger.register({ matches: () => true, adapter: adapters.channels, appId: adapters.appId });
  handoff.messenger.register({
    matches: (c) => c.serviceUrl === LOCAL_DIRECT_LINE_SERVICE_URL,
    adapter: adapters.local,
    appId: '',
  });
}
