import type { WebhookDatabase } from './webhook-database';

/**
 * The subscriptions' secrets, outside the event store: events are kept for ever and exported to
 * auditors, while a secret must be erasable (removal, rotation) and read by the dispatcher alone.
 * Each secret is kept under a random reference that the subscription's events name.
 */
export class WebhookSecretStore {
  private readonly putStmt;
  private readonly getStmt;
  private readonly dropRef;
  private readonly dropOthers;
  private readonly dropAll;

  constructor(db: WebhookDatabase) {
    this.putStmt = db.prepare('INSERT OR REPLACE INTO webhook_secret (ref, subscription_id, secret, created_at) VALUES (?, ?, ?, ?)');
    this.getStmt = db.prepare('SELECT secret FROM webhook_secret WHERE ref = ?');
    this.dropRef = db.prepare('DELETE FROM webhook_secret WHERE ref = ?');
    this.dropOthers = db.prepare('DELETE FROM webhook_secret WHERE subscription_id = ? AND ref <> ?');
    this.dropAll = db.prepare('DELETE FROM webhook_secret WHERE subscription_id = ?');
  }

  put(subscriptionId: string, ref: string, secret: string, at: string): void {
    this.putStmt.run(ref, subscriptionId, secret, at);
  }

  get(ref: string): string | null {
    return (this.getStmt.get(ref) as { secret: string } | undefined)?.secret ?? null;
  }

  /** A reference no event came to name (the write was refused or replayed). */
  discard(ref: string): void {
    this.dropRef.run(ref);
  }

  /** After a rotation: only the secret in use stays. */
  keepOnly(subscriptionId: string, ref: string): void {
    this.dropOthers.run(subscriptionId, ref);
  }

  /** After a removal: the subscription's secrets are erased. */
  forget(subscriptionId: string): void {
    this.dropAll.run(subscriptionId);
  }
}
