// What the bot says around a handoff (knowledge/responses/handoff.lg, imported by shopkeeper.lg), typed. Names and text from agents
// and shoppers are inserted as values, never evaluated.
import { responses } from './copy';
import type { HandoffReason } from '../src/handoff/handoffCase';

/** The suggested action that ends a handoff. */
export const BACK_TO_BOT = 'Back to the bot';
/** Rating choices after a hand-back (each is understood by `ratingIn`). */
export const RATING_CHOICES = ['1 ★', '2 ★', '3 ★', '4 ★', '5 ★'];

const say = (name: string, args: Record<string, unknown> = {}) => responses().text(name, args);

/** The handoff messages. */
export const HandoffCopy = {
  queued: (reason: HandoffReason, position: number, minutes: number) =>
    say('queued', { lead: say('reasonLead', { reason }), position, minutes }),
  stillQueued: (position: number, minutes: number) => say('stillQueued', { position, minutes }),
  alreadyWithAgent: (agent: string) => say('alreadyWithAgent', { agent }),
  accepted: (agent: string) => say('accepted', { agent }),
  agentLine: (agent: string, text: string) => say('agentLine', { agent, text }),
  agentProduct: (agent: string, product: string) => say('agentProduct', { agent, product }),
  agentCoupon: (agent: string, title: string, code: string, expires: string) =>
    say('agentCoupon', { agent, title, code, expires }),
  handedBack: (agent: string) => say('handedBack', { agent }),
  closedByAgent: (agent: string) => say('closedByAgent', { agent }),
  timedOut: () => say('timedOut'),
  agentAway: (agent: string) => say('agentAway', { agent }),
  backToBot: () => say('backToBot'),
  rated: (rating: number) => say('rated', { rating }),
  noStaff: () => say('noStaff'),
};
