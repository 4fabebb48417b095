import * as path from 'node:path';
import { DeliveryLog } from './delivery-log';
import { openWebhookDatabase, type WebhookDatabase } from './webhook-database';
import { WebhookSecretStore } from './webhook-secret-store';

/**
 * `webhooks.sqlite`, opened on first use: a server whose admins never touch webhooks, or a test
 * over fake ports without a data directory, never creates the file.
 */
export class WebhookStorage {
  private opened: { db: WebhookDatabase; secrets: WebhookSecretStore; log: DeliveryLog } | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly logKeep: number,
  ) {}

  private open() {
    if (this.opened === null) {
      const db = openWebhookDatabase(path.join(this.dataDir, 'webhooks.sqlite'));
      this.opened = { db, secrets: new WebhookSecretStore(db), log: new DeliveryLog(db, this.logKeep) };
    }
    return this.opened;
  }

  get secrets(): WebhookSecretStore {
    return this.open().secrets;
  }

  get log(): DeliveryLog {
    return this.open().log;
  }

  close(): void {
    if (this.opened?.db.open) this.opened.db.close();
    this.opened = null;
  }
}
