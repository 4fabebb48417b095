import { STATUS_CODES } from 'node:http';
import type { ApiErrorBody } from './api-error';

/** RFC 9457 problem details beside the API's own error members (docs/api.md "Errors"). */
export interface ProblemDetails extends ApiErrorBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
}

/**
 * The code is the problem type (`urn:samsyn:error:OUTSIDE_MANDATE`): an identifier clients can
 * switch on, as stable as the code. `instance` is the request's path only: its query may carry a
 * token (`?access_token=`) and never goes into an answer.
 */
export const withProblemDetails = (body: ApiErrorBody, originalUrl: string | undefined): ProblemDetails => {
  const path = originalUrl?.split('?')[0];
  return {
    ...body,
    type: `urn:samsyn:error:${body.code}`,
    title: STATUS_CODES[body.statusCode] ?? 'Error',
    status: body.statusCode,
    detail: body.message,
    ...(path ? { instance: path } : {}),
  };
};

/** A client that names application/problem+json gets that media type; everyone else JSON as before. */
export const wantsProblemJson = (accept: string | undefined): boolean =>
  accept !== undefined && accept.split(',').some((t) => t.split(';')[0].trim().toLowerCase() === 'application/problem+json');
