import type { HttpRequest, HttpResponse, NextFunction } from './express-types';

/**
 * Every answer starts as `Cache-Control: no-store` (docs/http-edge.md, "Caching"): answers are
 * per principal (roles decide what a read shows) and the API's users share workstations, so no
 * browser or proxy may keep a copy. Conditional requests still work: a client that keeps its own
 * copy sends `If-None-Match` with the ETag it was given and gets `304` (no-store forbids caches
 * from storing, not clients from revalidating). Public /health and /metrics must be fresh too.
 * A route that wants otherwise sets its own header, which replaces this one.
 */
export const cacheControlMiddleware = () => (_req: HttpRequest, res: HttpResponse, next: NextFunction): void => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
