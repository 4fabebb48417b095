import type { EventStore } from '@samsyn/event-store';
import type { Logger } from '../infrastructure/logging/logger';

/**
 * A database connection the server cut (PostgreSQL restarting, a failover) is logged here with the
 * driver's detail (host, port); clients get 503 STORE_UNAVAILABLE with no address (docs/database-outages.md).
 */
export const logConnectionLoss =
  (logger: Logger) =>
  (error: Error): void =>
    logger.warn({ err: error }, 'database connection lost; requests get 503 until it is back');

/** Stores that report cut connections (the PostgreSQL store) get the log line; others have none to report. */
export const watchConnectionLoss = (store: EventStore, logger: Logger): void => {
  const s = store as { onConnectionError?: (listener: (e: Error) => void) => unknown };
  if (typeof s.onConnectionError === 'function') s.onConnectionError(logConnectionLoss(logger));
};
