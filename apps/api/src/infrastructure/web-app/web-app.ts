import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { HttpRequest as Request, HttpResponse as Response } from '../http/express-types';
import type { Logger } from '../logging/logger';

/** The application's pages live under this prefix; the API's paths have none, so the two never collide. */
export const WEB_APP_PREFIX = '/app';

interface WebResponse extends Response {
  redirect(status: number, url: string): void;
  sendFile(file: string): void;
}

const wantsHtml = (req: Request): boolean => /\btext\/html\b/i.test(req.header('accept') ?? '');

/**
 * Serves the built web application under /app/ (static files; any other /app/… page gets
 * index.html, the client's router takes it from there) and sends browsers asking for `/` there.
 * Nothing else is touched: every other path, whatever it accepts, reaches the API.
 * Without a build the API still runs, says so in the log, and /app/ answers 503 with the reason.
 */
export const mountWebApp = (app: NestExpressApplication, dir: string | undefined, logger: Logger): void => {
  app.use((req: Request, res: WebResponse, next: () => void) => {
    if (req.path === '/' && (req.method === 'GET' || req.method === 'HEAD') && wantsHtml(req)) {
      res.redirect(302, `${WEB_APP_PREFIX}/`);
      return;
    }
    next();
  });

  if (!dir) {
    logger.warn('the web application is not built (run `npm run build`); the API runs without it');
    app.use(WEB_APP_PREFIX, (_req: Request, res: WebResponse) => {
      res.status(503).json({ statusCode: 503, code: 'WEB_APP_NOT_BUILT', message: 'the web application is not built: run `npm run build`' });
    });
    return;
  }

  // Hashed file names never change content: cache them for a year; index.html is always revalidated.
  // Fingerprinted files never change: cacheable for a year. They carry no data, so the API's
  // `no-store` (set before, cache-control.middleware.ts) is replaced for them alone.
  app.useStaticAssets(path.join(dir, 'assets'), {
    prefix: `${WEB_APP_PREFIX}/assets/`,
    immutable: true,
    maxAge: '365d',
    fallthrough: false,
    index: false,
    setHeaders: (res: { setHeader(name: string, value: string): void }) => res.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
  });
  app.useStaticAssets(dir, { prefix: `${WEB_APP_PREFIX}/`, index: false, maxAge: 0 });
  const index = path.join(dir, 'index.html');
  app.use(WEB_APP_PREFIX, (req: Request, res: WebResponse, next: () => void) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
};
