import type { Pool, PoolClient } from 'pg';
import { quoteIdent } from './sql';

type Listener = () => void;

const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 10_000;

/**
 * One LISTEN connection per store, shared by its subscriptions. A NOTIFY is only a wake-up: the
 * subscription then reads from its own position, so a lost notification (listener reconnecting)
 * costs latency, never events; the subscriptions' polling covers the gap.
 */
export class PostgresNotifier {
  private readonly listeners = new Set<Listener>();
  private client: PoolClient | null = null;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  /** Reconnect backoff: doubles per failed attempt up to the cap, back to the start once listening. */
  private retryDelayMs = RETRY_FIRST_MS;
  private closed = false;

  constructor(private readonly pool: Pool, private readonly channel: string) {}

  /** Registers a wake-up; returns the function that removes it. */
  add(listener: Listener): () => void {
    this.listeners.add(listener);
    void this.ensureListening();
    return () => this.listeners.delete(listener);
  }

  /** Resolves once LISTEN is active (or failed; polling then covers). For tests and start-up. */
  ready(): Promise<void> {
    return this.ensureListening();
  }

  private ensureListening(): Promise<void> {
    if (this.closed || this.client) return Promise.resolve();
    this.connecting ??= this.listen().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async listen(): Promise<void> {
    let client: PoolClient | null = null;
    try {
      client = await this.pool.connect();
      client.on('notification', (msg) => {
        if (msg.channel === this.channel) for (const l of [...this.listeners]) l();
      });
      client.on('error', (err) => this.drop(client!, err));
      await client.query(`LISTEN ${quoteIdent(this.channel)}`);
      if (this.closed) {
        client.release(true);
        return;
      }
      this.client = client;
      this.retryDelayMs = RETRY_FIRST_MS;
      // Anything committed while we were not listening is picked up by a wake-up now.
      for (const l of [...this.listeners]) l();
    } catch (err) {
      if (client) this.drop(client, err);
      else this.scheduleRetry();
    }
  }

  private drop(client: PoolClient, err: unknown): void {
    if (this.client === client) this.client = null;
    try {
      client.release(err instanceof Error ? err : true);
    } catch {
      // already released
    }
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    const delay = this.retryDelayMs;
    this.retryDelayMs = Math.min(RETRY_MAX_MS, delay * 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.listeners.size > 0) void this.ensureListening();
    }, delay);
    this.retryTimer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    this.listeners.clear();
    if (client) {
      await client.query(`UNLISTEN ${quoteIdent(this.channel)}`).catch(() => undefined);
      client.release();
    }
  }
}
