// The handoff, end to end, without botbuilder: open a case, queue, claim, relay, hand back or close,
// time out. The bot layer supplies the ShopperChannel that reaches the shopper's conversation.
import {
  isHeldBy,
  lastAgentActivity,
  OPEN_STATES,
  type CaseConversation,
  type CaseCoupon,
  type HandoffCase,
} from './handoffCase';
import { CaseStore, type CaseUpdate } from './caseStore';

/** A signed-in member of staff (identity from the console session, never from a message). */
export interface Agent {
  id: string;
  name: string;
}

/** What the shopper is told, in their own conversation. */
export type ShopperNotice =
  | { kind: 'accepted'; agentName: string }
  | { kind: 'agentMessage'; agentName: string; text: string; productId?: string }
  | { kind: 'coupon'; agentName: string; coupon: CaseCoupon }
  | { kind: 'handBack'; agentName: string; caseId: string }
  | { kind: 'closed'; agentName: string }
  | { kind: 'timedOut' }
  | { kind: 'agentAway'; agentName: string };

/** Reaches a shopper's conversation from outside a turn (continueConversationAsync in the bot layer). */
export interface ShopperChannel {
  deliver(conversation: CaseConversation, notice: ShopperNotice): Promise<void>;
}

/** Thrown by a ShopperChannel when the conversation no longer exists (the shopper left). */
export class ShopperUnreachableError extends Error {
  constructor(readonly conversationId: string) {
    super(`The shopper's conversation is gone: ${conversationId}`);
    this.name = 'ShopperUnreachableError';
  }
}

/** Timing of the queue. */
export interface HandoffServiceOptions {
  /** A queued case nobody claims within this is timed out (default 15 min). */
  queueTimeoutMs: number;
  /**
   * An assigned case whose agent has neither claimed it nor written within this goes back to the bot
   * (default 30 min; 0 = never): an agent who walked away must not leave the shopper waiting.
   */
  agentIdleTimeoutMs: number;
  /** Wait per place in the queue assumed before the first claim (default 3 min). */
  defaultWaitMs: number;
  /** Longest agent message (default 2000 characters). */
  maxTextLength: number;
  now: () => Date;
  onError: (message: string, error: unknown) => void;
}

/** Defaults for HandoffServiceOptions. */
export const HANDOFF_DEFAULTS: HandoffServiceOptions = {
  queueTimeoutMs: 15 * 60_000,
  agentIdleTimeoutMs: 30 * 60_000,
  defaultWaitMs: 3 * 60_000,
  maxTextLength: 2000,
  now: () => new Date(),
  onError: () => undefined,
};

/** Where a new or existing case stands in the queue. */
export interface QueuePlace {
  case: HandoffCase;
  created: boolean;
  /** 1-based place among queued cases (0 once assigned). */
  position: number;
  /** Rough wait in whole minutes (at least 1 while queued). */
  waitMinutes: number;
}

/** An agent's message: text, a product, or both. */
export interface AgentMessage {
  text: string;
  productId?: string;
}

/** Gives a case's shopper a coupon for one offer (the offers service, wired by the bot layer). */
export interface CouponGranter {
  grant(
    shopper: HandoffCase['shopper'],
    offerId: string,
    conversationId: string,
  ): Promise<{ ok: true; coupon: CaseCoupon } | { ok: false; problem: string }>;
}

/** The outcome of a coupon grant: a case change, or why no coupon was made. */
export type CouponGrantUpdate = CaseUpdate | { ok: false; error: 'refused'; problem: string };

/** Orchestrates cases, the queue and delivery to the shopper. */
export class HandoffService {
  readonly options: HandoffServiceOptions;

  constructor(
    readonly cases: CaseStore,
    private readonly channel: ShopperChannel,
    private readonly products: { byId(id: string): { id: string; name: string } | undefined },
    options: Partial<HandoffServiceOptions> = {},
    private readonly coupons?: CouponGranter,
  ) {
    this.options = { ...HANDOFF_DEFAULTS, ...options };
  }

  /** Opens (or finds) the conversation's case and says where it is in the queue. */
  async open(draft: Omit<HandoffCase, 'id' | 'state'>): Promise<QueuePlace> {
    const { case: c, created } = await this.cases.open(draft);
    return this.place(c, created);
  }

  /** Queue position and wait estimate of a case. */
  async place(c: HandoffCase, created = false): Promise<QueuePlace> {
    if (c.state !== 'queued') return { case: c, created, position: 0, waitMinutes: 0 };
    const { position, meanWaitMs } = await this.cases.standing(c.id); // runs on each queued shopper's message
    const perPlace = meanWaitMs ?? this.options.defaultWaitMs;
    const waitMinutes = position > 0 ? Math.max(1, Math.round((position * perPlace) / 60_000)) : 0;
    return { case: c, created, position, waitMinutes };
  }

  /** An agent claims a queued case; exactly one of several concurrent claims wins. */
  async claim(caseId: string, agent: Agent): Promise<CaseUpdate> {
    const at = this.now();
    const update = await this.cases.apply(caseId, {
      type: 'claim',
      agentId: agent.id,
      agentName: agent.name,
      at,
    });
    if (update.ok) {
      await this.cases.appendLine(caseId, { from: 'system', text: `${agent.name} joined`, at });
      await this.tell(update.case, { kind: 'accepted', agentName: agent.name });
    }
    return update;
  }

  /** An agent's message to the shopper; only the agent holding the case may send. */
  async reply(caseId: string, agent: Agent, message: AgentMessage): Promise<CaseUpdate> {
    const text = message.text.trim().slice(0, this.options.maxTextLength);
    const product = message.productId ? this.products.byId(message.productId) : undefined;
    const update = await this.cases.appendLine(
      caseId,
      { from: 'agent', text, at: this.now(), agentName: agent.name, ...(product ? { product } : {}) },
      (c) => (isHeldBy(c, agent.id) ? undefined : 'notHolder'),
    );
    if (update.ok)
      await this.tell(update.case, {
        kind: 'agentMessage',
        agentName: agent.name,
        text,
        ...(product ? { productId: product.id } : {}),
      });
    return update;
  }

  /**
   * The agent holding the case gives the shopper a coupon (the offer's own rules decide; `problem` says
   * why not: `unknownOffer`, `offersOff` or an eligibility reason), notes it in the case and sends the code.
   */
  async grantCoupon(caseId: string, agent: Agent, offerId: string): Promise<CouponGrantUpdate> {
    const c = await this.cases.get(caseId);
    if (!c) return { ok: false, error: 'notFound' };
    if (!OPEN_STATES.has(c.state)) return { ok: false, error: 'ended' };
    if (!isHeldBy(c, agent.id)) return { ok: false, error: 'notHolder' };
    if (!this.coupons) return { ok: false, error: 'refused', problem: 'offersOff' };
    const granted = await this.coupons.grant(c.shopper, offerId, c.conversation.conversation.id);
    if (!granted.ok) return { ok: false, error: 'refused', problem: granted.problem };
    const { coupon } = granted;
    const update = await this.cases.appendLine(
      caseId,
      {
        from: 'agent',
        text: `Gave a coupon: ${coupon.title}`,
        at: this.now(),
        agentName: agent.name,
        coupon,
      },
      (current) => (isHeldBy(current, agent.id) ? undefined : 'notHolder'),
    );
    if (update.ok) await this.tell(update.case, { kind: 'coupon', agentName: agent.name, coupon });
    return update;
  }

  /** The agent gives the conversation back to the bot (which resumes and asks for a rating). */
  async handBack(caseId: string, agent: Agent): Promise<CaseUpdate> {
    const update = await this.cases.apply(caseId, { type: 'handBack', agentId: agent.id, at: this.now() });
    if (update.ok) await this.tell(update.case, { kind: 'handBack', agentName: agent.name, caseId });
    return update;
  }

  /** The agent closes the case (the bot takes the conversation back without a rating question). */
  async close(caseId: string, agent: Agent): Promise<CaseUpdate> {
    const update = await this.cases.apply(caseId, { type: 'close', agentId: agent.id, at: this.now() });
    if (update.ok) await this.tell(update.case, { kind: 'closed', agentName: agent.name });
    return update;
  }

  /** A message from the shopper while the case holds the conversation. */
  async shopperMessage(caseId: string, text: string): Promise<CaseUpdate> {
    return this.cases.appendLine(caseId, {
      from: 'shopper',
      text: text.slice(0, this.options.maxTextLength),
      at: this.now(),
    });
  }

  /** The shopper said "back to the bot". */
  async shopperLeft(caseId: string): Promise<CaseUpdate> {
    const at = this.now();
    await this.cases.appendLine(caseId, { from: 'system', text: 'The shopper went back to the bot', at });
    return this.cases.apply(caseId, { type: 'shopperLeft', at });
  }

  /**
   * Times out queued cases older than `queueTimeoutMs`, and gives back to the bot assigned cases
   * whose agent has been quiet for `agentIdleTimeoutMs`; returns how many cases ended.
   */
  async sweep(): Promise<number> {
    const now = Date.parse(this.now());
    const { queueTimeoutMs, agentIdleTimeoutMs } = this.options;
    let ended = 0;
    for (const c of await this.cases.openCases()) {
      if (c.state === 'queued' && Date.parse(c.createdAt) <= now - queueTimeoutMs) {
        const update = await this.cases.apply(c.id, { type: 'timeout', at: this.now() });
        if (!update.ok) continue;
        ended += 1;
        await this.tell(update.case, { kind: 'timedOut' });
      }
      const since = c.state === 'assigned' ? lastAgentActivity(c) : undefined;
      if (agentIdleTimeoutMs > 0 && since && Date.parse(since) <= now - agentIdleTimeoutMs) {
        const at = this.now();
        await this.cases.appendLine(c.id, {
          from: 'system',
          text: 'The agent went quiet; back to the bot',
          at,
        });
        const update = await this.cases.apply(c.id, { type: 'agentIdle', at });
        if (!update.ok) continue;
        ended += 1;
        await this.tell(update.case, { kind: 'agentAway', agentName: c.agentName ?? '' });
      }
    }
    return ended;
  }

  private now(): string {
    return this.options.now().toISOString();
  }

  /** Delivers a notice; a conversation that is gone abandons the case, other failures are reported. */
  private async tell(c: HandoffCase, notice: ShopperNotice): Promise<void> {
    try {
      await this.channel.deliver(c.conversation, notice);
    } catch (error) {
      if (error instanceof ShopperUnreachableError) {
        await this.cases.apply(c.id, { type: 'gone', at: this.now() });
        return;
      }
      this.options.onError('handoff delivery failed', error);
    }
  }
}
