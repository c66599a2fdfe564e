/**
 * Every API error leaves as `{ error: { code, message } }` with a fitting status. Errors we
 * did not anticipate become a 500 with a generic message; their detail goes to the log only.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { QueryError, ReadOnlyQueryError, StoreLockedError } from '../store/graph-store.ts';

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export interface ErrorBody {
  error: { code: string; message: string };
}

export function notFound(what: string): ApiError {
  return new ApiError(404, 'not-found', what);
}

export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(notFound(`no API route ${req.method} ${req.path}`));
};

/** Errors thrown by body-parser carry a `type` and a `status`. */
interface BodyParserError {
  type: string;
  status: number;
  limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof ReadOnlyQueryError) return new ApiError(403, 'read-only', error.message);
  if (error instanceof QueryError) return new ApiError(400, 'query-error', error.message);
  if (error instanceof StoreLockedError) return new ApiError(503, 'store-locked', error.message);
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') {
      const limit = error.limit === undefined ? '' : ` (limit ${Math.round(error.limit / (1024 * 1024))} MB)`;
      return new ApiError(
        413,
        'too-large',
        `request body is too large${limit}; send fewer documents per request`,
      );
    }
    if (error.type === 'entity.parse.failed')
      return new ApiError(400, 'bad-request', 'request body is not valid JSON');
    if (error.status >= 400 && error.status < 500)
      return new ApiError(error.status, 'bad-request', error.type);
  }
  return undefined;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const known = toApiError(error);
    if (known) {
      res
        .status(known.status)
        .json({ error: { code: known.code, message: known.message } } satisfies ErrorBody);
      return;
    }
    logger.error({ err: error, method: req.method, url: req.originalUrl }, 'request failed');
    res.status(500).json({
      error: { code: 'internal', message: 'internal error; see the server log' },
    } satisfies ErrorBody);
  };
}
