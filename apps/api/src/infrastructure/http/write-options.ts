import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { ExecutionOptions } from '@samsyn/application/application.port';
import { ApiError, ApiErrorCodes } from '../errors/api-error';
import type { SamsynRequest } from './samsyn-request';

export const MAX_IDEMPOTENCY_KEY = 200;

const invalidHeader = (header: string, why: string): ApiError =>
  new ApiError(400, ApiErrorCodes.VALIDATION_FAILED, `invalid ${header} header: ${why}`, [{ field: header, errors: [why] }]);

/** `"7"` → 7n. A list or a weak tag cannot name one stream revision; `*` asks nothing. */
export const parseIfMatch = (value: string | undefined): bigint | undefined => {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === '*') return undefined;
  const m = /^"(\d{1,19})"$/.exec(v) ?? /^(\d{1,19})$/.exec(v);
  if (!m) throw invalidHeader('If-Match', 'expected one strong ETag such as "3"');
  return BigInt(m[1]);
};

export const parseIdempotencyKey = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  if (value.length === 0) throw invalidHeader('Idempotency-Key', 'must not be empty');
  if (value.length > MAX_IDEMPOTENCY_KEY) throw invalidHeader('Idempotency-Key', `must be at most ${MAX_IDEMPOTENCY_KEY} characters`);
  return value;
};

const single = (req: SamsynRequest, name: string): string | undefined => {
  const v = req.headers[name];
  if (Array.isArray(v)) throw invalidHeader(name, 'must be sent once');
  return v;
};

/**
 * The ExecutionOptions of a write, from the request: the authenticated principal, the correlation
 * id, If-Match, and the Idempotency-Key scoped to principal + method + path so that one client's
 * key can never replay another client's (or another route's) answer.
 */
export const executionOptionsOf = (req: SamsynRequest): ExecutionOptions => {
  if (!req.principal) throw new ApiError(401, ApiErrorCodes.UNAUTHENTICATED, 'a bearer token is required');
  const ifMatch = parseIfMatch(single(req, 'if-match'));
  const key = parseIdempotencyKey(single(req, 'idempotency-key'));
  const options: ExecutionOptions = { principal: req.principal, correlationId: req.correlationId, causationId: null };
  if (ifMatch !== undefined) options.ifMatch = ifMatch;
  if (key !== undefined) options.idempotencyKey = `${req.principal.id}:${req.method}:${req.path}:${key}`;
  return options;
};

export const WriteOptions = createParamDecorator((_: unknown, ctx: ExecutionContext): ExecutionOptions =>
  executionOptionsOf(ctx.switchToHttp().getRequest<SamsynRequest>()),
);

/** OpenAPI: the headers every write understands. */
export const ApiWriteHeaders = (): MethodDecorator =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: 'the stream revision the write was based on, e.g. "3"; stale → 412' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'up to 200 characters; a retry with the same key returns the first answer and appends nothing' }),
    ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'echoed back and recorded in the events’ metadata' }),
  );
