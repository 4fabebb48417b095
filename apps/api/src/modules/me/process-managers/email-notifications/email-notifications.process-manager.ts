import * as path from 'node:path';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventStore } from '@samsyn/event-store';
import { sqliteProjectionStateStore, type SqliteProjectionStore } from '@samsyn/projections/state-store/sqlite-projection-state-store';
import nodemailer from 'nodemailer';
import type { ApiConfig } from '../../../../infrastructure/config/api-config';
import type { Logger } from '../../../../infrastructure/logging/logger';
import { API_CONFIG, EVENT_STORE, LOGGER } from '../../../../infrastructure/tokens';
import { EmailNotifier } from './email-notifier';

/** Starts the e-mail notifier when SAMSYN_SMTP_URL is set; its checkpoint lives in the data directory. */
@Injectable()
export class EmailNotificationsProcessManager implements OnApplicationBootstrap, OnModuleDestroy {
  private notifier: EmailNotifier | null = null;
  private state: SqliteProjectionStore | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const n = this.config.notifications;
    if (!n?.smtpUrl) return;
    this.state = sqliteProjectionStateStore({ path: path.join(this.config.dataDir, 'notifications.sqlite') });
    this.notifier = new EmailNotifier({
      store: this.store,
      state: this.state,
      transport: nodemailer.createTransport(n.smtpUrl),
      from: n.mailFrom,
      baseUrl: n.publicUrl,
      onError: (error, mail, attempt) =>
        this.logger.warn({ err: error, mail: mail.id, template: mail.mail.template, attempt }, 'an e-mail notification was not accepted; retrying'),
    });
    await this.notifier.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.notifier?.stop();
    this.state?.close();
  }
}
