import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { HttpResponse as Response } from '../http/express-types';
import type { SamsynRequest } from '../http/samsyn-request';
import type { Logger } from '../logging/logger';
import { sanitiseUrl } from '../logging/redaction';
import { FALLBACK_RETRY_AFTER_SECONDS } from '../throttling/rate-limited';
import { mapError } from './error-mapping';
import { withProblemDetails, wantsProblemJson } from './problem-details';

const retryAfterOf = (details: unknown): number => {
  const s = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof s === 'number' && Number.isFinite(s) && s >= 1 ? Math.ceil(s) : FALLBACK_RETRY_AFTER_SECONDS;
};

/**
 * Every failure leaves as `{statusCode, code, message, details?}` with RFC 9457's members beside
 * them (`application/problem+json` when asked for); only genuine server faults are 5xx and
 * logged with their stack.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<SamsynRequest>();
    const { body, serverFault, headers } = mapError(exception);
    if (serverFault) {
      this.logger.error({ correlationId: req?.correlationId, err: exception, url: sanitiseUrl(req?.originalUrl) }, 'server fault');
    }
    // Headers the mapping asks for (Retry-After on a 503 while the store is away).
    if (!res.headersSent) for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    if (res.headersSent) {
      res.end();
      return;
    }
    // Every 429 says when to come back, also one whose cause set no Retry-After itself.
    if (body.statusCode === 429 && res.getHeader('Retry-After') === undefined) res.setHeader('Retry-After', String(retryAfterOf(body.details)));
    const problem = withProblemDetails(body, req?.originalUrl);
    if (wantsProblemJson(req?.headers?.accept)) {
      res.setHeader('Content-Type', 'application/problem+json; charset=utf-8');
      res.status(body.statusCode).send(JSON.stringify(problem));
      return;
    }
    res.status(body.statusCode).json(problem);
  }
}
