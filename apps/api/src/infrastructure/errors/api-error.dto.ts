import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { ANY_JSON } from '../swagger/definition.schema';

/** The error body, for the OpenAPI document. */
export class ApiErrorDto {
  @ApiProperty({ example: 422 }) statusCode: number;
  @ApiProperty({ example: 'OUTSIDE_MANDATE', description: 'stable machine-readable code' }) code: string;
  @ApiProperty({ example: 'the body cannot decide a portfolio-level proposal' }) message: string;
  @ApiPropertyOptional({ ...ANY_JSON, description: 'field errors for 400 ([{field, errors}]); rule specifics for 422' }) details?: unknown;
}

const err = (status: number, description: string) => ApiResponse({ status, description, type: ApiErrorDto });

const COMMON = [err(401, 'UNAUTHENTICATED: no or invalid bearer token'), err(429, 'RATE_LIMITED (writes per principal or address), TOO_MANY_FAILED_SIGN_INS; Retry-After says when to retry')];

/** Every failure a write can answer with. */
export const ApiWriteErrors = (): MethodDecorator =>
  applyDecorators(
    err(400, 'VALIDATION_FAILED (field errors in details), MALFORMED_JSON, JSON_TOO_DEEP'),
    ...COMMON,
    err(403, 'FORBIDDEN (auditors are read-only), NOT_ALLOWED, NOT_A_BODY_MEMBER, NOT_THE_SUBMITTER'),
    err(404, 'NOT_FOUND'),
    err(409, 'CONCURRENCY_CONFLICT: another writer won the race'),
    err(412, 'PRECONDITION_FAILED: If-Match names a stale revision'),
    err(413, 'PAYLOAD_TOO_LARGE'),
    err(422, 'a domain rule refused: OUTSIDE_MANDATE, ALREADY_REVIEWED, NOT_A_PARTICIPANT, PROPOSAL_CLOSED, PATCH_DOES_NOT_APPLY, PATCH_TOO_LARGE, DEFINITION_TOO_LARGE, STAKEHOLDER_RETIRED, …; IDEMPOTENCY_KEY_REUSED (the key of another request)'),
  );

export const ApiReadErrors = (opts: { notFound?: boolean; auditOnly?: boolean } = {}): MethodDecorator =>
  applyDecorators(
    err(400, 'VALIDATION_FAILED: bad query (asOf, asOfPosition, filters)'),
    ...COMMON,
    ...(opts.auditOnly ? [err(403, 'FORBIDDEN: auditor or admin only')] : []),
    ...(opts.notFound ? [err(404, 'NOT_FOUND')] : []),
  );
