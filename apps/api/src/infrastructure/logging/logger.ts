import pino, { Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout; every request line carries its correlation id. */
export const createLogger = (level = 'info'): Logger => pino({ level, base: { service: 'samsyn-api' } });
