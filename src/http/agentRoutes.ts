// The agent console under /agent: the page and its script and styles (public/agent.*), and a JSON API
// for signed-in staff — the queue, a case with the shopper's context, claim, reply (text, a product card,
// a coupon from the offer catalog), hand back, close.
// Every API route authenticates; every write also needs JSON + the session's CSRF token; an agent may
// write only to a case they hold (claiming is the exception, and it is eTag-checked).
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { AppError } from '../errors';
import type { AgentSessions } from '../handoff/agentSessions';
import type { StaffDirectory } from '../handoff/staffAccounts';
import type { CouponGrantUpdate, HandoffService } from '../handoff/handoffService';
import { REFUSALS, type OfferOption } from '../handoff/caseOffers';
import type { CaseUpdate } from '../handoff/caseStore';
import {
  authenticate,
  cookie,
  noStore,
  requireJsonSameOrigin,
  sessionCookie,
  SESSION_COOKIE,
} from './agentAuth';
import { caseSummary, caseView } from './agentViews';

/** What the console needs. */
export interface AgentConsoleDeps {
  service: HandoffService;
  staff: StaffDirectory;
  sessions: AgentSessions;
  /** Products an agent can attach: a few matches for a query. */
  findProducts(query: string): { id: string; name: string; price: number }[];
  /** The offers an agent may give this shopper, judged against their cart (absent: offers not connected). */
  offerOptions?: (shopper: { channelId: string; userId: string }) => Promise<OfferOption[]>;
  /** Secure cookies (behind HTTPS; on in production). */
  secureCookies: boolean;
  /** Folder of agent.html/js/css (default <project>/public). */
  publicDir?: string;
}

const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ASSETS: Record<string, { file: string; type: string }> = {
  '/agent': { file: 'agent.html', type: 'text/html; charset=utf-8' },
  '/agent/console.js': { file: 'agent.js', type: 'application/javascript; charset=utf-8' },
  '/agent/console.css': { file: 'agent.css', type: 'text/css; charset=utf-8' },
};

const SignIn = z.object({ id: z.string().min(1).max(64), password: z.string().min(1).max(256) }).strict();
const Reply = z
  .object({
    text: z.string().max(2000).default(''),
    productId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .optional(),
  })
  .strict()
  .refine((m) => m.text.trim().length > 0 || m.productId, { error: 'send text or a product' });
const Grant = z
  .object({ offerId: z.string().regex(/^[a-z0-9-]{3,40}$/, { error: 'bad offer id' }) })
  .strict();
const CaseId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, { error: 'bad case id' });
const After = z.coerce.number().int().min(0).max(1e9).default(0);

/** The result of a case change as HTTP: 404, 409 or 403 for the refusals. */
function sendUpdate(res: Response, update: CaseUpdate, viewerId: string): void {
  if (update.ok) return void res.send(200, { case: caseView(update.case, viewerId) });
  switch (update.error) {
    case 'notFound':
      throw new AppError(404, 'NotFound', 'no such case');
    case 'notQueued':
      throw new AppError(409, 'AlreadyTaken', 'another agent has already claimed this case');
    case 'ended':
      throw new AppError(409, 'Ended', 'the case has ended');
    case 'notHolder':
      throw new AppError(403, 'NotYourCase', 'only the agent holding the case can do that');
  }
}

/** A coupon grant as HTTP: the case refusals as for replies; 400 for an unknown offer, 409 for a refusal. */
function sendGrant(res: Response, update: CouponGrantUpdate, viewerId: string): void {
  if (update.ok || update.error !== 'refused') return sendUpdate(res, update, viewerId);
  const problem = update.problem as keyof typeof REFUSALS;
  const message = REFUSALS[problem] ?? problem;
  if (problem === 'unknownOffer') throw new AppError(400, 'UnknownOffer', message);
  throw new AppError(409, 'OfferRefused', `no coupon: ${message}`);
}

/** Registers the console routes. */
export function mountAgentConsole(server: Server, deps: AgentConsoleDeps): void {
  const publicDir = deps.publicDir ?? path.join(__dirname, '..', '..', 'public');
  const { sessions, staff, service } = deps;
  const caller = (req: Request, write = false) => authenticate(req, sessions, staff, write);
  const caseIdOf = (req: Request) => CaseId.parse(req.params.id);

  for (const [route, asset] of Object.entries(ASSETS)) {
    server.get(route, async function agentAsset(_req: Request, res: Response) {
      const body = fs.readFileSync(path.join(publicDir, asset.file));
      res.header('content-type', asset.type);
      res.header('cache-control', 'no-cache');
      res.header('x-content-type-options', 'nosniff');
      res.header('referrer-policy', 'no-referrer');
      res.header('content-security-policy', PAGE_CSP);
      res.header('x-frame-options', 'DENY');
      res.sendRaw(200, body);
    });
  }

  server.post('/agent/api/session', async function signIn(req: Request, res: Response) {
    noStore(res);
    requireJsonSameOrigin(req);
    const { id, password } = SignIn.parse(req.body);
    const keys = [`id:${id.toLowerCase()}`, `ip:${req.socket.remoteAddress ?? ''}`];
    if (sessions.throttled(keys))
      throw new AppError(429, 'TooManyAttempts', 'too many failed sign-ins; try later');
    const agent = await staff.authenticate(id, password);
    if (!agent) {
      sessions.failed(keys);
      throw new AppError(401, 'Unauthorized', 'wrong id or password');
    }
    sessions.succeeded(keys[0]);
    sessions.end(cookie(req, SESSION_COOKIE)); // a new id at every sign-in (no session fixation)
    const { id: sessionId, session } = sessions.create(agent.id);
    res.header(
      'set-cookie',
      sessionCookie(sessionId, sessions.options.absoluteMs / 1000, deps.secureCookies),
    );
    res.send(200, { agent, csrfToken: session.csrfToken });
  });

  server.get('/agent/api/session', async function whoAmI(req: Request, res: Response) {
    noStore(res);
    const { agent, session } = caller(req);
    res.send(200, { agent, csrfToken: session.csrfToken });
  });

  server.del('/agent/api/session', async function signOut(req: Request, res: Response) {
    noStore(res);
    const { sessionId } = caller(req, true);
    sessions.end(sessionId);
    res.header('set-cookie', sessionCookie('', 0, deps.secureCookies));
    res.send(200, { signedOut: true });
  });

  server.get('/agent/api/cases', async function queue(req: Request, res: Response) {
    noStore(res);
    const { agent } = caller(req);
    const open = await service.cases.openCases();
    let place = 0;
    const cases = open.map((c) => caseSummary(c, agent.id, c.state === 'queued' ? ++place : 0));
    res.send(200, { agent, cases, online: sessions.onlineAgents().size });
  });

  server.get('/agent/api/cases/:id', async function oneCase(req: Request, res: Response) {
    noStore(res);
    const { agent } = caller(req);
    const c = await service.cases.get(caseIdOf(req));
    if (!c) throw new AppError(404, 'NotFound', 'no such case');
    const after = After.parse(req.query?.after);
    const position = c.state === 'queued' ? await service.cases.position(c.id) : 0;
    res.send(200, { case: caseView(c, agent.id, after, position) });
  });

  server.post('/agent/api/cases/:id/claim', async function claim(req: Request, res: Response) {
    noStore(res);
    const { agent } = caller(req, true);
    sendUpdate(res, await service.claim(caseIdOf(req), agent), agent.id);
  });

  server.post('/agent/api/cases/:id/messages', async function reply(req: Request, res: Response) {
    noStore(res);
    const { agent } = caller(req, true);
    const message = Reply.parse(req.body);
    sendUpdate(res, await service.reply(caseIdOf(req), agent, message), agent.id);
  });

  server.get('/agent/api/cases/:id/offers', async function offerOptions(req: Request, res: Response) {
    noStore(res);
    caller(req);
    const c = await service.cases.get(caseIdOf(req));
    if (!c) throw new AppError(404, 'NotFound', 'no such case');
    res.send(200, { offers: deps.offerOptions ? await deps.offerOptions(c.shopper) : [] });
  });

  server.post('/agent/api/cases/:id/coupons', async function grantCoupon(req: Request, res: Response) {
    noStore(res);
    const { agent } = caller(req, true);
    const { offerId } = Grant.parse(req.body);
    sendGrant(res, await service.grantCoupon(caseIdOf(req), agent, offerId), agent.id);
  });

  server.post('/agent/api/cases/:id/handback', async function handBack(req: Request, res: Response) {
    noStore(res);
    const { agent } = caller(req, true);
    sendUpdate(res, await service.handBack(caseIdOf(req), agent), agent.id);
  });

  server.post('/agent/api/cases/:id/close', async function close(req: Request, res: Response) {
    noStore(res);
    const { agent } = caller(req, true);
    sendUpdate(res, await service.close(caseIdOf(req), agent), agent.id);
  });

  server.get('/agent/api/products', async function products(req: Request, res: Response) {
    noStore(res);
    caller(req);
    const q = z.string().max(100).default('').parse(req.query?.q);
    res.send(200, { products: q.trim() ? deps.findProducts(q).slice(0, 8) : [] });
  });
}
