// The agent console's live updates: a WebSocket at /agent/api/stream that says which case changed
// (`{"changed":"<case id>"}`) the moment this process opens or changes one, so the console fetches
// it at once instead of at its next poll. It carries case ids only; everything else still comes
// through the authenticated JSON API. Opening it needs a signed-in session's cookie and an Origin of
// this host (browsers always send one on a WebSocket, so another site cannot open it with the
// agent's cookie); a stream ends when its session does.
import type { IncomingMessage } from 'node:http';
import type { AgentSessions } from '../handoff/agentSessions';
import type { StaffDirectory } from '../handoff/staffAccounts';
import { cookieIn, SESSION_COOKIE } from './agentAuth';
import { sendJson, type WebSocketRoutes } from './webSocketRoutes';

/** Streams one signed-in session may have open (a few tabs). */
export const MAX_STREAMS_PER_SESSION = 4;

const STREAM_PATH = /^\/agent\/api\/stream$/;

/** What the stream needs. */
export interface AgentStreamDeps {
  sessions: AgentSessions;
  staff: StaffDirectory;
  /** Tells of each case this process opens or changes (CaseStore.onChange). */
  onCaseChange(listener: (caseId: string) => void): () => void;
}

function sameHostOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** Serves the console's stream among `routes`. */
export function mountAgentStream(routes: WebSocketRoutes, deps: AgentStreamDeps): void {
  const open = new Map<string, number>();
  routes.route(STREAM_PATH, (request) => {
    if (!sameHostOrigin(request)) return { status: 403 };
    const sessionId = cookieIn(request.headers.cookie, SESSION_COOKIE);
    const session = deps.sessions.get(sessionId);
    if (!sessionId || !session || !deps.staff.agent(session.agentId)) return { status: 401 };
    if ((open.get(sessionId) ?? 0) >= MAX_STREAMS_PER_SESSION) return { status: 429 };
    return {
      open: (ws) => {
        open.set(sessionId, (open.get(sessionId) ?? 0) + 1);
        const stop = deps.onCaseChange((caseId) => {
          if (!deps.sessions.get(sessionId)) ws.close(4401, 'signed out');
          else sendJson(ws, { changed: caseId });
        });
        ws.on('close', () => {
          stop();
          const left = (open.get(sessionId) ?? 1) - 1;
          if (left > 0) open.set(sessionId, left);
          else open.delete(sessionId);
        });
      },
    };
  });
}
