import { randomUUID } from 'node:crypto';
import type { HttpResponse as Response, NextFunction } from '../http/express-types';
import type { SamsynRequest } from '../http/samsyn-request';
import type { Logger } from './logger';
import { sanitiseUrl } from './redaction';

const ACCEPTABLE = /^[A-Za-z0-9._:\-]{1,128}$/;
export const CORRELATION_HEADER = 'x-correlation-id';

/** Takes the caller's X-Correlation-Id when it is sane (else mints one), echoes it, logs the request (its URL without credentials). */
export const correlationMiddleware =
  (logger: Logger) =>
  (req: SamsynRequest, res: Response, next: NextFunction): void => {
    const given = req.header(CORRELATION_HEADER);
    req.correlationId = given && ACCEPTABLE.test(given) ? given : randomUUID();
    req.startedAt = process.hrtime.bigint();
    res.setHeader('X-Correlation-Id', req.correlationId);
    // One line per request: when the answer is complete, or when the connection closes first
    // (a client that went away, a live stream that ended) — those are requests too.
    let logged = false;
    const line = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      const ms = Number(process.hrtime.bigint() - (req.startedAt ?? 0n)) / 1e6;
      logger.info(
        {
          correlationId: req.correlationId,
          method: req.method,
          url: sanitiseUrl(req.originalUrl),
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          principal: req.principal?.id,
          ...(aborted ? { aborted: true } : {}),
        },
        'request',
      );
    };
    res.on('finish', () => line(false));
    res.on('close', () => line(!res.writableFinished));
    next();
  };
