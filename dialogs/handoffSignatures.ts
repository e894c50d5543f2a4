// The parameters of the handoff templates (knowledge/responses/handoff.lg).
import type { ResponseSignatures } from '../src/responses/responses';

/** Every handoff template with its parameters; checked with the rest on load. */
export const HANDOFF_SIGNATURES: ResponseSignatures = {
  reasonLead: ['reason'],
  queued: ['lead', 'position', 'minutes'],
  stillQueued: ['position', 'minutes'],
  alreadyWithAgent: ['agent'],
  accepted: ['agent'],
  agentLine: ['agent', 'text'],
  agentProduct: ['agent', 'product'],
  agentCoupon: ['agent', 'title', 'code', 'expires'],
  handedBack: ['agent'],
  closedByAgent: ['agent'],
  timedOut: [],
  agentAway: ['agent'],
  backToBot: [],
  rated: ['rating'],
  noStaff: [],
};
