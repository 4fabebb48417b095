import { randomUUID } from 'node:crypto';
import { pinoHttp } from 'pino-http';
import type { HttpResponse as Response, NextFunction } from '../http/express-types';
import type { SamsynRequest } from '../http/samsyn-request';
import type { Logger } from './logger';
import { sanitiseUrl } from './redaction';

const ACCEPTABLE = /^[A-Za-z0-9._:\-]{1,128}$/;
export const CORRELATION_HEADER = 'x-correlation-id';

/**
 * The request log through pino-http (docs/logging-and-tokens.md): it takes the caller's
 * X-Correlation-Id when it is sane (else mints one) as the request id, echoes it, and writes one
 * line per request when the answer is complete or the connection closes first (a client that
 * went away, a live stream that ended: those are requests too). The line is built here, not by
 * pino-http's serializers, so that no header (Authorization, Cookie) and no query credential
 * can reach it: the URL is logged without credentials, and the logger's redaction still applies.
 */
export const correlationMiddleware = (logger: Logger): ((req: SamsynRequest, res: Response, next: NextFunction) => void) => {
  const line = (req: SamsynRequest, res: Response, aborted: boolean) => {
    const ms = Number(process.hrtime.bigint() - (req.startedAt ?? 0n)) / 1e6;
    return {
      method: req.method,
      url: sanitiseUrl(req.originalUrl),
      status: res.statusCode,
      ms: Math.round(ms * 10) / 10,
      principal: req.principal?.id,
      ...(aborted ? { aborted: true } : {}),
    };
  };
  const http = pinoHttp<SamsynRequest, Response>({
    logger,
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'correlationId' },
    genReqId: (req, res) => {
      const given = req.headers[CORRELATION_HEADER];
      req.correlationId = typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
      req.startedAt = process.hrtime.bigint();
      res.setHeader('X-Correlation-Id', req.correlationId);
      return req.correlationId;
    },
    // As before pino-http: every request at info, a 5xx too (the exceptions filter logs its error).
    customLogLevel: () => 'info',
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request',
    customSuccessObject: (req, res) => line(req, res, !res.writableFinished),
    customErrorObject: (req, res) => line(req, res, !res.writableFinished),
  });
  return (req, res, next) => http(req, res, next);
};
