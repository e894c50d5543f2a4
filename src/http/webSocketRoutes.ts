// The server's WebSocket endpoints, behind its one 'upgrade' listener: each route decides from the
// request (path, token, cookie, origin) whether to refuse it with an HTTP status or open a stream.
// Every stream here is send-only (a client that sends is cut off), pinged for liveness, and ended
// when the server shuts down. `ws` lives here and in nothing else.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

/** A refusal before the upgrade. */
export interface Refusal {
  status: 400 | 401 | 403 | 404 | 429 | 503;
}

/** What a route does with an upgrade request: refuse it, or open a stream with `open`. */
export type UpgradeDecision = Refusal | { open: (ws: WebSocket) => void };

/** Decides one matched request; `match` is the path's RegExp match. */
export type UpgradeRoute = (request: IncomingMessage, url: URL, match: RegExpExecArray) => UpgradeDecision;

/** Liveness and shutdown settings. */
export interface WebSocketRoutesOptions {
  /** How often streams are pinged; one that has not answered the last ping is dropped. */
  pingIntervalMs: number;
  /** True while the server is shutting down: new streams are refused. */
  shuttingDown: () => boolean;
}

const REASONS: Record<Refusal['status'], string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

function refuse(socket: Duplex, { status }: Refusal): void {
  socket.end(`HTTP/1.1 ${status} ${REASONS[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** The WebSocket endpoints of one HTTP server. */
export class WebSocketRoutes {
  // The clients never send anything: a tiny payload limit.
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  private readonly routes: { path: RegExp; decide: UpgradeRoute }[] = [];
  private readonly alive = new WeakMap<WebSocket, boolean>();
  private readonly pinger: NodeJS.Timeout;
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) =>
    this.upgrade(request, socket, head);

  constructor(
    private readonly server: HttpServer,
    private readonly options: WebSocketRoutesOptions,
  ) {
    server.on('upgrade', this.onUpgrade);
    this.pinger = setInterval(() => this.ping(), options.pingIntervalMs);
    this.pinger.unref();
  }

  /** Serves upgrades whose path matches `path` (the first matching route decides). */
  route(path: RegExp, decide: UpgradeRoute): void {
    this.routes.push({ path, decide });
  }

  /** Ends every stream and stops serving upgrades. */
  close(): void {
    clearInterval(this.pinger);
    this.server.off('upgrade', this.onUpgrade);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const url = new URL(request.url ?? '/', 'http://local');
    for (const { path, decide } of this.routes) {
      const match = path.exec(url.pathname);
      if (!match) continue;
      if (this.options.shuttingDown()) return refuse(socket, { status: 503 });
      const decision = decide(request, url, match);
      if ('status' in decision) return refuse(socket, decision);
      this.wss.handleUpgrade(request, socket, head, (ws) => {
        this.alive.set(ws, true);
        ws.on('pong', () => this.alive.set(ws, true));
        ws.on('message', () => ws.close(1008, 'this stream only sends'));
        ws.on('error', () => ws.terminate());
        decision.open(ws);
      });
      return;
    }
    refuse(socket, { status: 404 });
  }

  private ping(): void {
    for (const ws of this.wss.clients) {
      if (!this.alive.get(ws)) {
        ws.terminate();
        continue;
      }
      this.alive.set(ws, false);
      ws.ping();
    }
  }
}

/** Sends `data` as JSON if the stream is still open. */
export function sendJson(ws: WebSocket, data: unknown): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(data));
}
