import type { HttpRequest as Request, HttpResponse as Response, NextFunction } from '../http/express-types';
import type { ApiMetrics } from './metrics';

/** Latency per route template (not per URL, which would explode the label set). */
export const requestMetricsMiddleware =
  (metrics: ApiMetrics) =>
  (req: Request, res: Response, next: NextFunction): void => {
    const end = metrics.requestDuration.startTimer();
    res.on('finish', () => {
      const route = (req.route?.path as string | undefined) ?? 'unmatched';
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
