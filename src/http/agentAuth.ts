// Who is calling the agent API: the session cookie (HttpOnly, SameSite=Strict, Path=/agent), and for
// every state change also JSON content, a same-origin Origin (when sent) and the session's CSRF token
// in a header — a form or a cross-site page can send none of these.
import type { Request, Response } from 'restify';
import { AppError } from '../errors';
import { tokensEqual } from './directLineConversations';
import type { AgentSessions, AgentSession } from '../handoff/agentSessions';
import type { StaffDirectory } from '../handoff/staffAccounts';
import type { Agent } from '../handoff/handoffService';

/** The session cookie's name. */
export const SESSION_COOKIE = 'sk_agent';

/** The header carrying the CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

/** An authenticated caller. */
export interface AgentCaller {
  agent: Agent;
  session: AgentSession;
  sessionId: string;
}

/** The value of one cookie from the request, if present. */
export function cookie(req: Request, name: string): string | undefined {
  return cookieIn(req.header('cookie'), name);
}

/** The value of one cookie in a Cookie header, if present. */
export function cookieIn(header: string | undefined, name: string): string | undefined {
  for (const part of String(header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** Set-Cookie for a new session (or, with an empty id, one that clears it). */
export function sessionCookie(id: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${id}`,
    'Path=/agent',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${id ? maxAgeSeconds : 0}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** Checks the request comes from this origin (when the browser says where it comes from). */
function sameOrigin(req: Request): boolean {
  const origin = req.header('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === req.header('host');
  } catch {
    return false;
  }
}

/** Refuses anything that is not a JSON request from this origin. */
export function requireJsonSameOrigin(req: Request): void {
  if (!sameOrigin(req)) throw new AppError(403, 'Forbidden', 'cross-origin request refused');
  const type = String(req.header('content-type') ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type !== 'application/json') throw new AppError(415, 'UnsupportedMediaType', 'send application/json');
}

/** Authenticates the caller; `write` also checks JSON, origin and the CSRF token. */
export function authenticate(
  req: Request,
  sessions: AgentSessions,
  staff: StaffDirectory,
  write: boolean,
): AgentCaller {
  const sessionId = cookie(req, SESSION_COOKIE);
  const session = sessions.get(sessionId);
  const agent = session && staff.agent(session.agentId);
  if (!session || !agent || !sessionId) throw new AppError(401, 'Unauthorized', 'sign in first');
  if (write) {
    requireJsonSameOrigin(req);
    const presented = String(req.header(CSRF_HEADER) ?? '');
    if (!presented || !tokensEqual(presented, session.csrfToken))
      throw new AppError(403, 'Forbidden', 'missing or wrong CSRF token');
  }
  return { agent, session, sessionId };
}

/** Marks an API response as private and uncacheable. */
export function noStore(res: Response): void {
  res.header('cache-control', 'no-store');
  res.header('x-content-type-options', 'nosniff');
}
