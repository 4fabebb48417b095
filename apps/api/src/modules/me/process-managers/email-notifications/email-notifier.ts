import type { EventStore, StoredEvent, Subscription } from '@samsyn/event-store';
import { toProjectedEvent } from '@samsyn/projections/projection';
import type { ProjectionStateStore } from '@samsyn/projections/state-store/projection-state-store.port';
import type { Transporter } from 'nodemailer';
import { renderMail } from './mail-templates';
import { emptyDirectory, foldDirectory, NOTIFIER_EVENT_TYPES, type NotificationDirectory } from './notification-directory';
import { mailsFor, type OutgoingMail } from './notification-mails';

export interface EmailNotifierOptions {
  store: EventStore;
  /** Where the notifier keeps its directory with its checkpoint, saved together. */
  state: ProjectionStateStore;
  transport: Transporter;
  from: string;
  /** The web application's origin: links go to `<baseUrl>/app/…`. */
  baseUrl: string;
  /** Backoff between attempts of one mail: initial, doubled up to max. */
  retry?: { initialMs: number; maxMs: number };
  onError?: (error: unknown, mail: OutgoingMail, attempt: number) => void;
}

const STATE_NAME = 'notifier:email';
/** Without mails, the checkpoint is still saved this often, so a restart replays little. */
const SAVE_EVERY = 1000;

/**
 * The e-mail process manager: fed by the store's catch-up subscription (never the in-process event
 * bus) from its own checkpoint. For each event it folds its directory, sends the event's mails in
 * order (retrying each with backoff until the SMTP server takes it) and only then saves the
 * directory with the event's position. A crash between a send and that save sends the mail again
 * on restart, with the same Message-ID: at least once, never lost.
 */
export class EmailNotifier {
  private subscription: Subscription | null = null;
  private stopped = false;
  private wakeSleep: (() => void) | null = null;
  private directory: NotificationDirectory = emptyDirectory();
  private saved: bigint | null = null;
  private unsaved = 0;
  sent = 0;

  constructor(private readonly options: EmailNotifierOptions) {}

  async start(): Promise<void> {
    const { state, position } = await this.options.state.load(STATE_NAME);
    this.directory = (state as NotificationDirectory | null) ?? emptyDirectory();
    this.saved = position;
    this.subscription = this.options.store.subscribe({
      after: position ?? undefined,
      filter: { eventTypes: [...NOTIFIER_EVENT_TYPES] },
      onEvent: (e) => this.handle(e),
      onCaughtUp: (p) => void this.flush(p),
    });
  }

  /** Resolves once the history at start has been handled (its mails sent). */
  get caughtUp(): Promise<void> {
    return this.subscription?.caughtUp ?? Promise.resolve();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeSleep?.();
    await this.subscription?.stop();
  }

  private async handle(stored: StoredEvent): Promise<void> {
    // Stopped while a mail was still undelivered: no later event may move the checkpoint past it.
    if (this.stopped) return;
    const e = toProjectedEvent(stored);
    this.directory = foldDirectory(this.directory, e);
    const mails = mailsFor(this.directory, e);
    for (const mail of mails) {
      if (!(await this.deliver(mail))) return; // stopped mid-retry: neither this event nor its checkpoint counts
    }
    this.unsaved++;
    if (mails.length > 0 || this.unsaved >= SAVE_EVERY) await this.save(e.position);
  }

  private async flush(position: bigint): Promise<void> {
    if (this.unsaved > 0 && !this.stopped) await this.save(position).catch(() => undefined);
  }

  private async save(position: bigint): Promise<void> {
    if (this.saved !== null && position <= this.saved) return;
    await this.options.state.save(STATE_NAME, this.directory, position, this.saved);
    this.saved = position;
    this.unsaved = 0;
  }

  /** Sends until the SMTP server accepts; false when stopped first. */
  private async deliver(mail: OutgoingMail): Promise<boolean> {
    const { initialMs, maxMs } = this.options.retry ?? { initialMs: 1000, maxMs: 300_000 };
    const { subject, text } = renderMail(mail.mail, mail.recipient.language, this.options.baseUrl);
    for (let attempt = 1, wait = initialMs; !this.stopped; attempt++, wait = Math.min(maxMs, wait * 2)) {
      try {
        await this.options.transport.sendMail({
          from: this.options.from,
          to: mail.to,
          subject,
          text,
          messageId: `<samsyn-${mail.id}@samsyn>`,
          headers: { 'X-Samsyn-Notification': mail.mail.template },
        });
        this.sent++;
        return true;
      } catch (error) {
        this.options.onError?.(error, mail, attempt);
        await this.sleep(wait);
      }
    }
    return false;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.wakeSleep = null;
        resolve();
      }, ms);
      this.wakeSleep = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }
}
