import { configFromEnv } from '../../../apps/api/src/infrastructure/config/api-config';
import { serve, type RunningServer } from '../../../apps/api/src/main';

/**
 * The real server (`serve`, as `npm start` runs it) for the webhook tests: loopback, no demo, no
 * overdue sweep, receivers on 127.0.0.1 allowed, retries after 20 ms up to 100 ms, and a timeout
 * generous enough that a 2xx arriving late (retried: at least once) is not a duplicate in a test.
 */
export const startWebhookServer = (dir: string, jwtSecret: string, pauseAfterFailures: number): Promise<RunningServer> =>
  serve(
    configFromEnv({
      PORT: '0',
      HOST: '127.0.0.1',
      SAMSYN_DEMO: '0',
      SAMSYN_JWT_SECRET: jwtSecret,
      SAMSYN_OVERDUE_SWEEP_MS: '0',
      SAMSYN_WEBHOOK_ALLOW_PRIVATE: '1',
      SAMSYN_WEBHOOK_TIMEOUT_MS: '2000',
      SAMSYN_WEBHOOK_RETRY_INITIAL_MS: '20',
      SAMSYN_WEBHOOK_RETRY_MAX_MS: '100',
      SAMSYN_WEBHOOK_PAUSE_AFTER_FAILURES: String(pauseAfterFailures),
      SAMSYN_DATA_DIR: dir,
    }),
    { stdout: { write: () => true }, log: { write: () => undefined } },
  );

/** A JSON request to the running server: status, ETag, whether it was an idempotent replay, the text and the parsed body. */
export const callerOf =
  (server: () => RunningServer) =>
  async (method: string, url: string, token: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server().url}${url}`, {
      method,
      headers: { Authorization: token, ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, etag: res.headers.get('etag'), link: res.headers.get('link'), replayed: res.headers.get('idempotent-replayed'), text, body: text ? JSON.parse(text) : null };
  };
