import type { ArgumentsHost } from '@nestjs/common';
import pino from 'pino';
import { FALLBACK_RETRY_AFTER_SECONDS } from '../throttling/rate-limited';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { ApiError } from './api-error';

/** A response that records what the filter does to it. */
const recordingResponse = () => {
  const headers: Record<string, string> = {};
  const sent: { status?: number; body?: unknown } = {};
  const res = {
    headersSent: false,
    getHeader: (n: string) => headers[n.toLowerCase()],
    setHeader: (n: string, v: string) => void (headers[n.toLowerCase()] = v),
    status(code: number) {
      sent.status = code;
      return res;
    },
    json(body: unknown) {
      sent.body = body;
      return res;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => ({ correlationId: 'c' }) }) } as unknown as ArgumentsHost;
  return { res, headers, sent, host };
};

describe('AllExceptionsFilter: every 429 carries Retry-After', () => {
  const filter = new AllExceptionsFilter(pino({ level: 'silent' }));

  it('uses details.retryAfterSeconds when the cause gave one', () => {
    const r = recordingResponse();
    filter.catch(new ApiError(429, 'TOO_MANY_STREAMS', 'x', { retryAfterSeconds: 7.2 }), r.host);
    expect([r.sent.status, r.headers['retry-after']]).toEqual([429, '8']);
  });

  it('falls back to a fixed delay for a 429 that names none, and keeps a header already set', () => {
    const bare = recordingResponse();
    filter.catch(new ApiError(429, 'TOO_MANY_STREAMS', 'x'), bare.host);
    expect(bare.headers['retry-after']).toBe(String(FALLBACK_RETRY_AFTER_SECONDS));
    const set = recordingResponse();
    set.res.setHeader('Retry-After', '3');
    filter.catch(new ApiError(429, 'RATE_LIMITED', 'x'), set.host);
    expect(set.headers['retry-after']).toBe('3');
  });

  it('other statuses get no Retry-After', () => {
    const r = recordingResponse();
    filter.catch(new ApiError(400, 'VALIDATION_FAILED', 'x'), r.host);
    expect(r.headers['retry-after']).toBeUndefined();
  });
});
