import { createHash } from 'node:crypto';
import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { ExecutionOptions } from '@samsyn/application/execution';
import { ApiError, ApiErrorCodes } from '../errors/api-error';
import type { SamsynRequest } from './samsyn-request';

export const MAX_IDEMPOTENCY_KEY = 200;

const invalidHeader = (header: string, why: string): ApiError =>
  new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, `invalid ${header} header: ${why}`, [{ field: header, errors: [why] }]);

/** `"7"` → 7n, and a read's `"7-<digest>"` (readEtag) → 7n: the precondition is on the stream
 * revision. A list or a weak tag cannot name one stream revision; `*` asks nothing. */
export const parseIfMatch = (value: string | undefined): bigint | undefined => {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === '*') return undefined;
  const m = /^"(\d{1,19})(?:-[A-Za-z0-9_-]{1,64})?"$/.exec(v) ?? /^(\d{1,19})$/.exec(v);
  if (!m) throw invalidHeader('If-Match', 'expected one strong ETag such as "3"');
  return BigInt(m[1]);
};

export const parseIdempotencyKey = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  if (value.trim().length === 0) throw invalidHeader('Idempotency-Key', 'must not be empty');
  if (value.length > MAX_IDEMPOTENCY_KEY) throw invalidHeader('Idempotency-Key', `must be at most ${MAX_IDEMPOTENCY_KEY} characters`);
  return value;
};

/** One header's one value. Node joins repeated headers it does not know into one string
 * ("a, b"), so a repeat is found in `headersDistinct`, which keeps every line apart. */
const single = (req: SamsynRequest, name: string): string | undefined => {
  const lines = req.headersDistinct?.[name];
  const v = req.headers[name];
  if ((lines && lines.length > 1) || Array.isArray(v)) throw invalidHeader(name, 'must be sent once');
  return v;
};

/** Keys sorted at every level, so the same body sent with its fields in another order is the same request. */
const canonical = (_key: string, value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, (value as Record<string, unknown>)[k]]))
    : value;

/** A keyed write's fingerprint: method, path and body. A retry must match it; another request with the key is refused. */
export const requestFingerprint = (req: SamsynRequest): string => {
  let body: string;
  try {
    body = JSON.stringify(req.body ?? null, canonical) ?? 'null';
  } catch {
    throw invalidHeader('Idempotency-Key', 'the request body cannot be fingerprinted');
  }
  return createHash('sha256').update(`${req.method}\n${req.originalUrl}\n${body}`).digest('hex');
};

/**
 * The ExecutionOptions of a write, from the request: the authenticated principal, the correlation
 * id, If-Match, and the Idempotency-Key scoped to the principal, so that one client's key can never
 * replay another client's answer, with the request's fingerprint: the key names one request of
 * that principal, and the same key on another route, target or body is refused (422).
 */
export const executionOptionsOf = (req: SamsynRequest): ExecutionOptions => {
  if (!req.principal) throw new ApiError(401, ApiErrorCodes.UNAUTHENTICATED, 'a bearer token is required');
  const ifMatch = parseIfMatch(single(req, 'if-match'));
  const key = parseIdempotencyKey(single(req, 'idempotency-key'));
  // No causationId: the application gives each command its own id, its events' cause.
  const options: ExecutionOptions = { principal: req.principal, correlationId: req.correlationId };
  if (ifMatch !== undefined) options.ifMatch = ifMatch;
  if (key !== undefined) {
    // Encoded so that no principal id with a ':' can make another principal's scope.
    options.idempotencyKey = `${encodeURIComponent(req.principal.id)}:${key}`;
    options.requestHash = requestFingerprint(req);
  }
  return options;
};

export const WriteOptions = createParamDecorator((_: unknown, ctx: ExecutionContext): ExecutionOptions =>
  executionOptionsOf(ctx.switchToHttp().getRequest<SamsynRequest>()),
);

/** OpenAPI: the headers every write understands. */
export const ApiWriteHeaders = (): MethodDecorator =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: 'the stream revision the write was based on, e.g. "3"; stale → 412' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'once, up to 200 characters; a retry with the same key returns the first answer and appends nothing; the same key on another request: 422 IDEMPOTENCY_KEY_REUSED' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'echoed back and recorded in the events’ metadata' }),
  );
