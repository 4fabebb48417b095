import compression from 'compression';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRequest, HttpResponse, NextFunction } from './express-types';

/** Below this a compressed answer saves too little to pay for the CPU and the extra header. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

const isEventStream = (res: ServerResponse): boolean => {
  const type = res.getHeader('Content-Type');
  return typeof type === 'string' && /^text\/event-stream\b/i.test(type);
};

/**
 * gzip or brotli as the client's Accept-Encoding asks, with `Vary: Accept-Encoding`, for answers
 * of at least 1 KiB whose type compresses (JSON, CSV, the web app's scripts and styles; not its
 * images). Never the live stream: a compressor holds frames back until its block fills, so
 * `/events/live` would stop delivering each event as it happens. The ETag is left as the route set
 * it (docs/http-edge.md, "Compression" says why it stays strong).
 */
export const compressionMiddleware = (): ((req: HttpRequest, res: HttpResponse, next: NextFunction) => void) =>
  compression({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    filter: (req: IncomingMessage, res: ServerResponse) => !isEventStream(res) && compression.filter(req, res),
  }) as (req: HttpRequest, res: HttpResponse, next: NextFunction) => void;
