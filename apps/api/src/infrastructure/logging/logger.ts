import pino, { type DestinationStream, type Logger } from 'pino';
import { maskCredentials, REDACT_PATHS, REDACTED } from './redaction';

export type { Logger };

const serialiseError = (e: unknown): unknown => {
  const s = pino.stdSerializers.err(e as Error) as unknown as Record<string, unknown> | undefined;
  if (!s || typeof s !== 'object') return s;
  for (const key of ['message', 'stack'] as const) if (typeof s[key] === 'string') s[key] = maskCredentials(s[key] as string);
  return s;
};

/**
 * JSON lines on stdout (or the given destination); every request line carries its correlation id.
 * Credentials are censored from every line (redaction.ts): named fields by pino's redact, and
 * JWT-shaped text and URL credentials in messages, top-level string fields and errors' messages and stacks.
 */
export const createLogger = (level = 'info', destination?: DestinationStream): Logger =>
  pino(
    {
      level,
      base: { service: 'samsyn-api' },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      // An error's message or stack can quote what it failed on (a URL, a connection string).
      serializers: { err: serialiseError },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => {
            if (typeof a === 'string') return maskCredentials(a);
            if (a !== null && typeof a === 'object' && !(a instanceof Error)) {
              let copy: Record<string, unknown> | undefined;
              for (const [k, v] of Object.entries(a)) {
                if (typeof v !== 'string') continue;
                const m = maskCredentials(v);
                if (m !== v) (copy ??= { ...(a as Record<string, unknown>) })[k] = m;
              }
              return copy ?? a;
            }
            return a;
          });
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
