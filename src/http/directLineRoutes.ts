// The Direct Line 3.0 subset that botframework-directlinejs / Web Chat call,
// served by the bot's own restify server and driving the bot in-process through
// LocalDirectLineAdapter. Starting or reconnecting also answers a `streamUrl`
// (directLineStream.ts) for clients with `webSocket: true`; polling
// `GET …/activities` works either way.
// Expects the server to install `bodyParser({ mapParams: false })` and
// `queryParser({ mapParams: false })`. Our handlers answer errors as
// `{ error: { code, message } }`; errors raised before them (malformed JSON,
// 413, unknown route) are shaped by the server's one `restifyError` listener
// (restify passes one callback to every listener, so routes must not add one).
import { randomBytes } from 'node:crypto';
import type { Activity, ChannelAccount, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import {
  LOCAL_BOT_ACCOUNT,
  LOCAL_DIRECT_LINE_CHANNEL_ID,
  LOCAL_DIRECT_LINE_SERVICE_URL,
  type LocalDirectLineAdapter,
} from '../bot/localDirectLineAdapter';
import type { DirectLineConversation, DirectLineConversations } from './directLineConversations';
import { AppError } from '../errors';
import { describeHttpError } from './httpErrors';
import { streamUrlFor } from './directLineStream';

/** What `mountDirectLine` needs. */
export interface DirectLineDeps {
  conversations: DirectLineConversations;
  adapter: LocalDirectLineAdapter;
  logic: (context: TurnContext) => Promise<void>;
  maxTextLength?: number;
  /** Where bot failures are reported (default console.error); clients only see a 502. */
  onError?: (err: unknown) => void;
}

/** Defaults for the Direct Line routes. */
export const DIRECT_LINE_ROUTE_DEFAULTS = { maxTextLength: 2000, maxActivityChars: 32 * 1024 };

const PREFIX = '/v3/directline';

const userIdSchema = z
  .string()
  .regex(/^[\w.:@-]{1,128}$/, { error: 'user.id must be 1-128 of [A-Za-z0-9_.:@-]' });
const localeSchema = z.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/, { error: 'invalid locale' });
const startSchema = z.object({
  user: z.object({ id: userIdSchema.optional(), name: z.string().max(128).optional() }).optional(),
  locale: localeSchema.optional(),
});
const watermarkSchema = z.string().regex(/^\d{0,15}$/, { error: 'watermark must be a number' });

function activitySchema(maxTextLength: number) {
  return z
    .object({
      type: z.enum(['message', 'event', 'typing']),
      text: z
        .string()
        .max(maxTextLength, { error: `text is longer than ${maxTextLength} characters` })
        .optional(),
      textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
      name: z.string().max(128).optional(),
      value: z.json().optional(),
      attachments: z
        .array(z.unknown())
        .max(0, { error: 'attachments are not supported' })
        .optional()
        .transform(() => undefined), // only [] passes
      channelData: z.record(z.string(), z.unknown()).optional(),
      locale: localeSchema.optional(),
      localTimezone: z.string().max(64).optional(),
    })
    .refine((a) => JSON.stringify(a).length <= DIRECT_LINE_ROUTE_DEFAULTS.maxActivityChars, {
      error: 'activity is too large',
    });
}

/** Parses with zod; the first issue becomes a 400 BadArgument. */
function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  throw new AppError(400, 'BadArgument', `${where}${issue.message}`);
}

/** The parsed JSON body; `{}` when there is none. */
function bodyOf(req: Request): unknown {
  const body: unknown = req.body;
  if (body === undefined || body === null || body === '') return {};
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    throw new AppError(400, 'BadSyntax', 'expected a JSON body (Content-Type: application/json)');
  }
  return body;
}

function queryOf(req: Request): Record<string, unknown> {
  const query: unknown = req.query;
  if (query && typeof query === 'object') return query as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(req.getQuery()));
}

function bearer(req: Request): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.header('authorization') ?? '');
  return match ? match[1] : '';
}

function sendError(res: Response, err: unknown, onError: (err: unknown) => void): void {
  const { status, code, message } = describeHttpError(err);
  if (status >= 500 && !(err instanceof AppError)) onError(err);
  res.header('cache-control', 'no-store');
  res.send(status, { error: { code, message } });
}

/** Registers the local Direct Line routes on `server`. */
export function mountDirectLine(server: Server, deps: DirectLineDeps): void {
  const { conversations, adapter, logic } = deps;
  const onError = deps.onError ?? ((err: unknown) => console.error('[directline]', err));
  const postSchema = activitySchema(deps.maxTextLength ?? DIRECT_LINE_ROUTE_DEFAULTS.maxTextLength);
  const turns = new Map<string, Promise<void>>();

  const handle = (fn: (req: Request, res: Response) => Promise<void>) =>
    async function directLineHandler(req: Request, res: Response): Promise<void> {
      try {
        await fn(req, res);
      } catch (err) {
        sendError(res, err, onError);
      }
    };

  const reply = (res: Response, status: number, body: object): void => {
    res.header('cache-control', 'no-store');
    res.send(status, body);
  };

  const authorize = (req: Request): DirectLineConversation => {
    const conv = conversations.get(String(req.params.id));
    if (!conv) throw new AppError(404, 'NotFound', 'conversation not found');
    if (!conversations.tokenMatches(conv, bearer(req))) throw new AppError(403, 'Forbidden', 'invalid token');
    return conv;
  };

  const conversationInfo = (conv: DirectLineConversation, req?: Request) => {
    const watermark = req && queryOf(req).watermark;
    const streamUrl =
      req &&
      streamUrlFor({ headers: req.headers, secure: req.isSecure() }, conv, watermark as string | undefined);
    return {
      conversationId: conv.id,
      token: conv.token,
      expires_in: conversations.expiresIn(conv),
      ...(streamUrl ? { streamUrl } : {}),
    };
  };

  // One turn at a time per conversation (conversation state is last-writer-wins).
  const runTurn = async (conv: DirectLineConversation, activity: Partial<Activity>): Promise<void> => {
    const previous = turns.get(conv.id) ?? Promise.resolve();
    const current = previous.then(() =>
      adapter.processLocalActivity(structuredClone(activity) as Activity, logic),
    );
    const settled = current.catch(() => undefined);
    turns.set(conv.id, settled);
    void settled.then(() => turns.get(conv.id) === settled && turns.delete(conv.id));
    try {
      await current;
    } catch (err) {
      onError(err);
      throw new AppError(502, 'BotError', 'the bot failed to process the activity');
    }
  };

  const fromUser = (conv: DirectLineConversation) => ({ id: conv.userId, role: 'user' }) as ChannelAccount;
  const envelope = (conv: DirectLineConversation): Partial<Activity> => ({
    channelId: LOCAL_DIRECT_LINE_CHANNEL_ID,
    serviceUrl: LOCAL_DIRECT_LINE_SERVICE_URL,
    conversation: { id: conv.id } as Activity['conversation'],
    from: fromUser(conv),
    recipient: LOCAL_BOT_ACCOUNT,
    locale: conv.locale,
    timestamp: new Date(),
  });

  server.post(
    `${PREFIX}/conversations`,
    handle(async (req, res) => {
      const start = parse(startSchema, bodyOf(req));
      const userId = start.user?.id ?? `dl_${randomBytes(9).toString('base64url')}`;
      if (userId === LOCAL_BOT_ACCOUNT.id) throw new AppError(400, 'BadArgument', 'user.id is reserved');
      const conv = conversations.create(userId, start.locale);
      const membersAdded = [LOCAL_BOT_ACCOUNT, { id: userId, name: start.user?.name ?? userId }];
      await runTurn(conv, { ...envelope(conv), type: 'conversationUpdate', membersAdded });
      reply(res, 201, conversationInfo(conv, req));
    }),
  );

  server.get(
    `${PREFIX}/conversations/:id`,
    handle(async (req, res) => {
      const conv = authorize(req);
      conversations.touch(conv);
      reply(res, 200, conversationInfo(conv, req));
    }),
  );

  server.post(
    `${PREFIX}/conversations/:id/activities`,
    handle(async (req, res) => {
      const conv = authorize(req);
      const posted = parse(postSchema, bodyOf(req));
      const activity: Partial<Activity> = {
        ...posted,
        ...envelope(conv),
        locale: posted.locale ?? conv.locale,
      };
      const id = conversations.append(conv.id, activity);
      conversations.touch(conv);
      await runTurn(conv, { ...activity, id });
      reply(res, 200, { id });
    }),
  );

  server.get(
    `${PREFIX}/conversations/:id/activities`,
    handle(async (req, res) => {
      const conv = authorize(req);
      const watermark = Number(parse(watermarkSchema.optional(), queryOf(req).watermark) || 0);
      reply(res, 200, conversations.since(conv, watermark));
    }),
  );

  server.post(
    `${PREFIX}/conversations/:id/upload`,
    handle(async (req) => {
      authorize(req);
      throw new AppError(400, 'BadArgument', 'file upload is not supported by the local Direct Line');
    }),
  );

  server.post(
    `${PREFIX}/tokens/refresh`,
    handle(async (req, res) => {
      const conv = conversations.findByToken(bearer(req));
      if (!conv) throw new AppError(403, 'Forbidden', 'invalid or expired token');
      conversations.refresh(conv);
      reply(res, 200, conversationInfo(conv));
    }),
  );
}
