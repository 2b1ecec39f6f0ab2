/**
 * The JSON error body of the HTTP API and the mapping from errors to HTTP statuses. Clients get
 * a stable `code` and a sentence; never a stack trace or an internal message.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NdrkitError } from '../errors.js';
import type { NdrkitErrorCode } from '../errors.js';

/** Codes of API errors: the library's error codes plus the HTTP-level ones. */
export type ApiErrorCode =
  | NdrkitErrorCode
  | 'ERR_UNSUPPORTED_MEDIA_TYPE'
  | 'ERR_BAD_JSON'
  | 'ERR_NOT_FOUND'
  | 'ERR_METHOD_NOT_ALLOWED'
  | 'ERR_INTERNAL';

/** The body of every error response: `{ "error": { "code": ..., "message": ..., "field"?: ... } }`. */
export interface ApiErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly field?: string;
  };
}

/** An error raised by a route on purpose; its message is safe to show to the client. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ApiErrorCode;
  readonly field: string | undefined;

  constructor(status: ContentfulStatusCode, code: ApiErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

const STATUS_OF_LIBRARY_CODE: Readonly<Record<NdrkitErrorCode, ContentfulStatusCode>> = {
  ERR_INVALID_OPTION: 400,
  ERR_INVALID_INPUT: 400,
  ERR_EMPTY_INPUT: 400,
  ERR_BINARY_INPUT: 400,
  ERR_TOO_LARGE: 413,
  ERR_LIMIT: 422,
  ERR_IO: 500,
};

/** Sends `{ error }` with the given status. */
export function sendError(c: Context, status: ContentfulStatusCode, code: ApiErrorCode, message: string, field?: string): Response {
  const body: ApiErrorBody = { error: field === undefined ? { code, message } : { code, message, field } };
  return c.json(body, status);
}

/**
 * Turns any thrown value into an error response. ApiError and NdrkitError carry messages meant
 * for the caller; anything else is a bug, reported as a bare 500 (and logged by `log`).
 */
export function errorResponse(c: Context, err: unknown, log: (err: unknown) => void): Response {
  if (err instanceof ApiError) return sendError(c, err.status, err.code, err.message, err.field);
  if (err instanceof NdrkitError) {
    const status = STATUS_OF_LIBRARY_CODE[err.code];
    if (status < 500) return sendError(c, status, err.code, err.message, err.field);
  }
  log(err);
  return sendError(c, 500, 'ERR_INTERNAL', 'Internal error. The input was not stored; please report the problem.');
}
