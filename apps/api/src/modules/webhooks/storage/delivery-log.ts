import { positionKey, positionOf, type WebhookDatabase } from './webhook-database';

/** One event for one subscription. */
export interface DeliveryTarget {
  subscriptionId: string;
  position: bigint;
  deliveryId: string;
  eventId: string;
  eventType: string;
  streamId: string;
}

/** What one attempt came to. */
export interface AttemptOutcome {
  at: string;
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** Where a subscription stands: the last event it delivered, and its current run of failures. */
export interface DeliveryCursor {
  /** null: nothing delivered yet (deliveries start after the registration). */
  position: bigint | null;
  failures: number;
  failingSince: string | null;
  /** The last resumption the run of failures was reset for. */
  resumedAt: bigint | null;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'skipped';

export interface DeliveryEntry {
  deliveryId: string;
  position: string;
  eventId: string;
  eventType: string;
  streamId: string;
  /** `pending` while it is retried (or its subscription is paused on it); `skipped` when a filter change passed it. */
  status: DeliveryStatus;
  attempts: number;
  firstAttemptAt: string;
  lastAttemptAt: string;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  /** The last failure's error (kept once delivered: it says why it took several attempts). */
  lastError: string | null;
  lastDurationMs: number | null;
  deliveredAt: string | null;
}

type Row = Record<string, string | number | null>;

const entryOf = (r: Row): DeliveryEntry => ({
  deliveryId: r.delivery_id as string,
  position: positionOf(r.position as string).toString(),
  eventId: r.event_id as string,
  eventType: r.event_type as string,
  streamId: r.stream_id as string,
  status: r.status as DeliveryStatus,
  attempts: r.attempts as number,
  firstAttemptAt: r.first_attempt_at as string,
  lastAttemptAt: r.last_attempt_at as string,
  nextAttemptAt: r.next_attempt_at as string | null,
  lastStatus: r.last_status as number | null,
  lastError: r.last_error as string | null,
  lastDurationMs: r.last_duration_ms as number | null,
  deliveredAt: r.delivered_at as string | null,
});

/**
 * Each subscription's checkpoint and delivery log, in one SQLite file so that a delivery's log
 * entry and the checkpoint past it are written in one transaction: after a restart the log and the
 * checkpoint agree, and the checkpoint has moved only past answers in 2xx.
 */
export class DeliveryLog {
  private readonly stmt;
  private readonly failureTx;
  private readonly deliveredTx;

  constructor(db: WebhookDatabase, private readonly keep: number) {
    this.stmt = {
      cursor: db.prepare('SELECT position, failures, failing_since, resumed_at FROM webhook_cursor WHERE subscription_id = ?'),
      attempt: db.prepare(`
        INSERT INTO webhook_delivery (subscription_id, position, delivery_id, event_id, event_type, stream_id, status, attempts, first_attempt_at, last_attempt_at, next_attempt_at, last_status, last_error, last_duration_ms, delivered_at)
        VALUES (@subscriptionId, @position, @deliveryId, @eventId, @eventType, @streamId, @status, 1, @at, @at, @nextAttemptAt, @lastStatus, @lastError, @durationMs, @deliveredAt)
        ON CONFLICT (subscription_id, position) DO UPDATE SET status = excluded.status, attempts = attempts + 1, last_attempt_at = excluded.last_attempt_at,
          next_attempt_at = excluded.next_attempt_at, last_status = excluded.last_status,
          last_error = CASE WHEN excluded.status = 'delivered' THEN last_error ELSE excluded.last_error END,
          last_duration_ms = excluded.last_duration_ms, delivered_at = excluded.delivered_at`),
      failed: db.prepare(`
        INSERT INTO webhook_cursor (subscription_id, position, failures, failing_since) VALUES (?, NULL, 1, ?)
        ON CONFLICT (subscription_id) DO UPDATE SET failures = failures + 1, failing_since = COALESCE(failing_since, excluded.failing_since)`),
      delivered: db.prepare(`
        INSERT INTO webhook_cursor (subscription_id, position, failures, failing_since) VALUES (?, ?, 0, NULL)
        ON CONFLICT (subscription_id) DO UPDATE SET position = excluded.position, failures = 0, failing_since = NULL`),
      passed: db.prepare("UPDATE webhook_delivery SET status = 'skipped', next_attempt_at = NULL WHERE subscription_id = ? AND status = 'pending' AND position < ?"),
      prune: db.prepare(`
        DELETE FROM webhook_delivery WHERE subscription_id = ? AND status <> 'pending' AND position <= (
          SELECT position FROM webhook_delivery WHERE subscription_id = ? AND status <> 'pending' ORDER BY position DESC LIMIT 1 OFFSET ?)`),
      reset: db.prepare(`
        INSERT INTO webhook_cursor (subscription_id, position, failures, failing_since, resumed_at) VALUES (?, NULL, 0, NULL, ?)
        ON CONFLICT (subscription_id) DO UPDATE SET failures = 0, failing_since = NULL, resumed_at = excluded.resumed_at`),
      page: db.prepare('SELECT * FROM webhook_delivery WHERE subscription_id = ? AND position < ? ORDER BY position DESC LIMIT ?'),
      pending: db.prepare("SELECT * FROM webhook_delivery WHERE subscription_id = ? AND status = 'pending' ORDER BY position ASC LIMIT 1"),
      pendingCounts: db.prepare("SELECT subscription_id, COUNT(*) AS n FROM webhook_delivery WHERE status = 'pending' GROUP BY subscription_id"),
      lastDelivered: db.prepare("SELECT delivered_at FROM webhook_delivery WHERE subscription_id = ? AND status = 'delivered' ORDER BY position DESC LIMIT 1"),
    };
    this.failureTx = db.transaction((t: DeliveryTarget, o: AttemptOutcome, nextAttemptAt: string | null) => {
      this.stmt.attempt.run(this.row(t, o, 'pending', nextAttemptAt));
      this.stmt.failed.run(t.subscriptionId, o.at);
    });
    this.deliveredTx = db.transaction((t: DeliveryTarget, o: AttemptOutcome) => {
      const at = positionKey(t.position);
      this.stmt.attempt.run(this.row(t, o, 'delivered', null));
      this.stmt.delivered.run(t.subscriptionId, at);
      this.stmt.passed.run(t.subscriptionId, at);
      this.stmt.prune.run(t.subscriptionId, t.subscriptionId, this.keep);
    });
  }

  private row(t: DeliveryTarget, o: AttemptOutcome, status: DeliveryStatus, nextAttemptAt: string | null) {
    return {
      subscriptionId: t.subscriptionId,
      position: positionKey(t.position),
      deliveryId: t.deliveryId,
      eventId: t.eventId,
      eventType: t.eventType,
      streamId: t.streamId,
      status,
      at: o.at,
      nextAttemptAt,
      lastStatus: o.status,
      lastError: o.error,
      durationMs: o.durationMs,
      deliveredAt: status === 'delivered' ? o.at : null,
    };
  }

  cursor(subscriptionId: string): DeliveryCursor | null {
    const r = this.stmt.cursor.get(subscriptionId) as Row | undefined;
    if (!r) return null;
    return {
      position: r.position === null ? null : positionOf(r.position as string),
      failures: r.failures as number,
      failingSince: r.failing_since as string | null,
      resumedAt: r.resumed_at === null ? null : positionOf(r.resumed_at as string),
    };
  }

  /** A failed attempt: logged, and the subscription's run of failures grows. The checkpoint stays. */
  recordFailure(target: DeliveryTarget, outcome: AttemptOutcome, nextAttemptAt: string | null): DeliveryCursor {
    this.failureTx.immediate(target, outcome, nextAttemptAt);
    return this.cursor(target.subscriptionId)!;
  }

  /** A 2xx: logged as delivered and the checkpoint moved past it, together. */
  recordDelivered(target: DeliveryTarget, outcome: AttemptOutcome): void {
    this.deliveredTx.immediate(target, outcome);
  }

  /** A resumed subscription gets a fresh run: its failures before the pause no longer count. */
  resetFailures(subscriptionId: string, resumedAt: bigint): void {
    this.stmt.reset.run(subscriptionId, positionKey(resumedAt));
  }

  /** Newest first, strictly before `before` (a global position). */
  page(subscriptionId: string, limit: number, before?: bigint): DeliveryEntry[] {
    const upTo = before === undefined ? '~' : positionKey(before);
    return (this.stmt.page.all(subscriptionId, upTo, limit) as Row[]).map(entryOf);
  }

  /** Pending entries per subscription (for /metrics): those not yet acknowledged by a 2xx. */
  pendingCounts(): Map<string, number> {
    return new Map((this.stmt.pendingCounts.all() as { subscription_id: string; n: number }[]).map((r) => [r.subscription_id, r.n]));
  }

  summary(subscriptionId: string): { checkpoint: string | null; failures: number; failingSince: string | null; lastDeliveredAt: string | null; pending: DeliveryEntry | null } {
    const c = this.cursor(subscriptionId);
    const pending = this.stmt.pending.get(subscriptionId) as Row | undefined;
    const last = this.stmt.lastDelivered.get(subscriptionId) as { delivered_at: string } | undefined;
    return {
      checkpoint: c?.position?.toString() ?? null,
      failures: c?.failures ?? 0,
      failingSince: c?.failingSince ?? null,
      lastDeliveredAt: last?.delivered_at ?? null,
      pending: pending ? entryOf(pending) : null,
    };
  }
}
