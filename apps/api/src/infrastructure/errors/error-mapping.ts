import { HttpException } from '@nestjs/common';
import { ApiError, ApiErrorBody, ApiErrorCodes } from './api-error';

/**
 * Turns anything thrown while serving a request into the API's error shape. Errors are matched by
 * name/code as well as by class so that a second copy of a library (or a not-yet-exported class)
 * still maps correctly. Only what falls through every case is a server fault (500).
 */
export interface MappedError {
  body: ApiErrorBody;
  /** True when the server, not the client, is at fault: log it with its stack. */
  serverFault: boolean;
  /** Headers the answer must carry (Retry-After on a 503). */
  headers?: Record<string, string>;
}

/** Seconds a client should wait before retrying while the store is away (a database restart takes a few). */
export const STORE_RETRY_AFTER_SECONDS = 5;

const DOMAIN_STATUS: Record<string, number> = { rule: 422, forbidden: 403, 'not-found': 404 };

const HTTP_CODES: Record<number, string> = {
  400: ApiErrorCodes.VALIDATION_FAILED,
  401: ApiErrorCodes.UNAUTHENTICATED,
  403: ApiErrorCodes.FORBIDDEN,
  404: ApiErrorCodes.NOT_FOUND,
  405: 'METHOD_NOT_ALLOWED',
  406: ApiErrorCodes.NOT_ACCEPTABLE,
  409: ApiErrorCodes.CONCURRENCY_CONFLICT,
  412: ApiErrorCodes.PRECONDITION_FAILED,
  413: ApiErrorCodes.PAYLOAD_TOO_LARGE,
  415: ApiErrorCodes.UNSUPPORTED_MEDIA_TYPE,
  429: ApiErrorCodes.RATE_LIMITED,
};

/** body-parser's error types (they carry `type` and a 4xx `status`). */
const BODY_PARSER: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: ApiErrorCodes.MALFORMED_JSON, message: 'the request body is not valid JSON' },
  'entity.too.large': { status: 413, code: ApiErrorCodes.PAYLOAD_TOO_LARGE, message: 'the request body is too large' },
  'encoding.unsupported': { status: 415, code: ApiErrorCodes.UNSUPPORTED_MEDIA_TYPE, message: 'unsupported content encoding' },
  'charset.unsupported': { status: 415, code: ApiErrorCodes.UNSUPPORTED_MEDIA_TYPE, message: 'unsupported charset' },
  'request.aborted': { status: 400, code: 'REQUEST_ABORTED', message: 'the request was aborted' },
  'request.size.invalid': { status: 400, code: ApiErrorCodes.VALIDATION_FAILED, message: 'request size did not match Content-Length' },
  'stream.encoding.set': { status: 400, code: ApiErrorCodes.VALIDATION_FAILED, message: 'invalid request stream' },
  'parameters.too.many': { status: 413, code: ApiErrorCodes.PAYLOAD_TOO_LARGE, message: 'too many parameters' },
};

const body = (statusCode: number, code: string, message: string, details?: unknown): ApiErrorBody =>
  details === undefined ? { statusCode, code, message } : { statusCode, code, message, details };

const client = (b: ApiErrorBody): MappedError => ({ body: b, serverFault: false });

export const mapError = (error: unknown): MappedError => {
  if (error instanceof ApiError) return client(error.toBody());
  const e = (error ?? {}) as { name?: unknown; code?: unknown; kind?: unknown; message?: unknown; details?: unknown; type?: unknown; status?: unknown };
  const message = typeof e.message === 'string' ? e.message : 'error';

  if (e.name === 'DomainError' && typeof e.kind === 'string' && typeof e.code === 'string') {
    return client(body(DOMAIN_STATUS[e.kind] ?? 422, e.code, message, e.details));
  }
  if (e.name === 'IdempotencyKeyReusedError' && typeof e.code === 'string') {
    return client(body(422, e.code, message, e.details));
  }
  if (e.name === 'ConcurrencyError' || e.code === 'CONCURRENCY_CONFLICT') {
    return client(body(409, ApiErrorCodes.CONCURRENCY_CONFLICT, message));
  }
  if (e.name === 'StaleRevisionError' || e.code === 'STALE_REVISION' || e.code === 'PRECONDITION_FAILED') {
    const details = error as { expected?: unknown; actual?: unknown };
    const extra = details.expected !== undefined ? { expected: String(details.expected), actual: details.actual == null ? null : String(details.actual) } : undefined;
    return client(body(412, ApiErrorCodes.PRECONDITION_FAILED, message, extra));
  }
  if (e.name === 'StoreUnavailableError' || e.code === 'STORE_UNAVAILABLE') {
    // The outcome of a write cut off mid-commit is unknown: it was not acknowledged, and a retry
    // with the same Idempotency-Key answers the first outcome if it did commit. The message names
    // no address: the detail (host, port, driver message) goes to the log only.
    return {
      body: body(503, ApiErrorCodes.STORE_UNAVAILABLE, 'the event store is unavailable; try again shortly / händelselagret är inte tillgängligt just nu; försök igen om en stund'),
      serverFault: true,
      headers: { 'Retry-After': String(STORE_RETRY_AFTER_SECONDS) },
    };
  }
  if (error instanceof HttpException) {
    // Nest wraps body-parser's and Express's own errors; their cause says what really went wrong.
    const cause = error.cause as { type?: unknown } | undefined;
    if (cause && typeof cause.type === 'string' && BODY_PARSER[cause.type]) {
      const m = BODY_PARSER[cause.type];
      return client(body(m.status, m.code, m.message));
    }
    if (cause instanceof URIError) return client(body(400, 'MALFORMED_URL', 'the URL is not correctly percent-encoded'));
    const status = error.getStatus();
    const response = error.getResponse();
    const r = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
    if (typeof r.code === 'string' && typeof r.message === 'string') return client(body(status, r.code, r.message, r.details));
    const msg = typeof r.message === 'string' ? r.message : Array.isArray(r.message) ? r.message.join('; ') : error.message;
    if (status >= 500) return { body: body(500, ApiErrorCodes.INTERNAL, 'internal error'), serverFault: true };
    return client(body(status, HTTP_CODES[status] ?? `HTTP_${status}`, msg));
  }
  if (typeof e.type === 'string' && BODY_PARSER[e.type]) {
    const m = BODY_PARSER[e.type];
    return client(body(m.status, m.code, m.message));
  }
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    return client(body(e.status, HTTP_CODES[e.status] ?? `HTTP_${e.status}`, message));
  }
  return { body: body(500, ApiErrorCodes.INTERNAL, 'internal error'), serverFault: true };
};
