// The one mapping from errors to HTTP responses: typed errors keep their
// status and message; anything unexpected is a 500 with no details leaked.
import { ZodError } from 'zod';
import { AppError } from '../errors';

/** An error as the client sees it. */
export interface HttpErrorBody {
  status: number;
  code: string;
  message: string;
}

interface RestifyLikeError {
  statusCode?: unknown;
  body?: { code?: unknown };
  name?: string;
  message?: string;
}

/** Maps any thrown value to a status, a stable code and a safe message. */
export function describeHttpError(err: unknown): HttpErrorBody {
  if (err instanceof AppError) return { status: err.status, code: err.code, message: err.message };
  if (err instanceof ZodError) {
    const first = err.issues[0];
    const where = first?.path.length ? `${first.path.join('.')}: ` : '';
    return {
      status: 400,
      code: 'BadRequest',
      message: `Invalid request: ${where}${first?.message ?? 'malformed'}`,
    };
  }
  const r = err as RestifyLikeError;
  if (err instanceof Error && typeof r.statusCode === 'number' && r.statusCode >= 400 && r.statusCode < 500) {
    const code = typeof r.body?.code === 'string' ? r.body.code : (r.name ?? 'BadRequest');
    return { status: r.statusCode, code, message: r.message ?? 'Bad request' };
  }
  return { status: 500, code: 'InternalError', message: 'Internal server error' };
}
