import { matchesWebhookFilter, webhookSubscriptionStream, type WebhookFailure } from '@samsyn/domain/webhook-subscription';
import type { EventStore, StoredEvent, Subscription } from '@samsyn/event-store';
import { auditEvent } from '@samsyn/projections/audit-log/audit-log';
import type { AttemptOutcome, DeliveryLog, DeliveryTarget } from '../storage/delivery-log';
import type { WebhookSecretStore } from '../storage/webhook-secret-store';
import type { WebhookSettings } from '../webhook-settings';
import { retryDelayMs, shouldPause } from './retry-policy';
import { filterAt, foldRegistry, storeFilterAfter, type RegistryEntry, type WebhookRegistry } from './webhook-registry';
import type { WebhookAnswer, WebhookPost } from './webhook-request';
import { deliveryIdOf, signWebhook } from './webhook-signature';

export interface WorkerDeps {
  store: EventStore;
  log: DeliveryLog;
  secrets: WebhookSecretStore;
  settings: WebhookSettings;
  /** Milliseconds since the epoch; injected, so tests can move time. */
  now: () => number;
  random: () => number;
  post: (p: WebhookPost) => Promise<WebhookAnswer>;
  /** Appends WebhookSubscriptionPaused as the system, with the failure. */
  pause: (subscriptionId: string, failure: WebhookFailure, causeEventId: string) => Promise<unknown>;
  onAttemptFailed?: (target: DeliveryTarget, outcome: AttemptOutcome, failures: number) => void;
  /** After the 2xx is logged and the checkpoint moved past it. */
  onDelivered?: (target: DeliveryTarget, outcome: AttemptOutcome) => void;
  onError?: (subscriptionId: string, error: unknown) => void;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * One subscription's deliveries: a catch-up subscription of the store from the subscription's own
 * checkpoint, one event at a time, so the order holds. An event is posted until a 2xx answers it
 * (then log entry and checkpoint move together), with backoff between attempts; later events wait
 * behind it. Stopped (paused, removed, shutdown) in the middle of a retry, the checkpoint is still
 * before that event: the next start posts it again. Too many failures pause the subscription.
 */
export class SubscriptionWorker {
  private subscription: Subscription | null = null;
  private stopped = false;
  private inFlight: AbortController | null = null;
  private wake: (() => void) | null = null;
  /** The subscription stream's revision `entry` was folded at. */
  private revision: bigint | null = null;
  /** How many filters the store subscription was asked for at start (a new one needs a restart). */
  private filtersAtStart = 0;

  constructor(
    private readonly deps: WorkerDeps,
    private entry: RegistryEntry,
  ) {}

  private get id(): string {
    return this.entry.state.id!;
  }

  /** False once stopped, also when it paused its subscription itself or its store subscription failed. */
  get running(): boolean {
    return !this.stopped;
  }

  start(): void {
    const { log } = this.deps;
    const resumedAt = this.entry.resumedAt;
    if (resumedAt !== null && (log.cursor(this.id)?.resumedAt ?? -1n) < resumedAt) log.resetFailures(this.id, resumedAt);
    const after = log.cursor(this.id)?.position ?? this.entry.registeredAt;
    this.stopped = false;
    this.filtersAtStart = this.entry.filters.length;
    this.subscription = this.deps.store.subscribe({
      after,
      filter: storeFilterAfter(this.entry, after),
      onEvent: (e) => this.handle(e),
      onError: (e) => {
        this.stopped = true;
        this.deps.onError?.(this.id, e);
      },
    });
  }

  /**
   * The subscription changed: its own stream says how (the dispatcher's copy may lag behind what
   * this worker already read). A new URL or secret applies from the next attempt; a new filter
   * restarts the store subscription from the checkpoint, so that events of the new types are read.
   */
  async reconfigure(): Promise<void> {
    await this.refresh();
    if (this.entry.filters.length !== this.filtersAtStart) {
      await this.stop();
      this.start();
    }
  }

  /** Ends at once: an attempt in flight is aborted (so its event is posted again on the next start). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.inFlight?.abort();
    this.wake?.();
    await this.subscription?.stop();
    this.subscription = null;
  }

  private async handle(stored: StoredEvent): Promise<void> {
    if (this.stopped || !(await this.stillActive())) return;
    if (matchesWebhookFilter(filterAt(this.entry, stored.position), stored)) await this.deliver(stored);
  }

  /** Refreshed; when paused or removed since, it stops (the dispatcher drops this worker). */
  private async stillActive(): Promise<boolean> {
    await this.refresh();
    if (this.entry.state.status === 'active') return true;
    this.stopped = true;
    void this.subscription?.stop();
    return false;
  }

  /**
   * The subscription as its own stream says now, before each event: the dispatcher follows the
   * changes on another subscription of the store, which may lag behind this one, and an event
   * appended after a filter change must meet the new filter.
   */
  private async refresh(): Promise<void> {
    const streamId = webhookSubscriptionStream(this.id);
    const revision = await this.deps.store.streamRevision(streamId);
    if (revision === this.revision) return;
    const registry: WebhookRegistry = new Map();
    for (const e of await this.deps.store.readStream(streamId)) foldRegistry(registry, e);
    this.entry = registry.get(this.id) ?? this.entry;
    this.revision = revision;
  }

  private async deliver(stored: StoredEvent): Promise<void> {
    const { log, settings, now } = this.deps;
    const id = this.id;
    const target: DeliveryTarget = {
      subscriptionId: id,
      position: stored.position,
      deliveryId: deliveryIdOf(id, stored.id),
      eventId: stored.id,
      eventType: stored.type,
      streamId: stored.streamId,
    };
    // The same bytes on every attempt; only the timestamp and so the signature change.
    const body = JSON.stringify({ deliveryId: target.deliveryId, subscriptionId: id, event: auditEvent(stored) });
    while (!this.stopped) {
      // Paused or removed meanwhile (by an admin): nothing more is posted; a new URL or secret is taken.
      if (!(await this.stillActive())) return;
      const started = now();
      const answer = await this.attempt(target, body, started);
      // Aborted by stop(): not an answer of the receiver, and nothing to log.
      if (!answer.ok && this.stopped) return;
      const outcome: AttemptOutcome = { at: iso(started), status: answer.status, error: answer.ok ? null : answer.error, durationMs: Math.max(0, now() - started) };
      if (answer.ok) {
        log.recordDelivered(target, outcome);
        this.deps.onDelivered?.(target, outcome);
        return;
      }
      const before = log.cursor(id);
      const failures = (before?.failures ?? 0) + 1;
      const failingSince = before?.failingSince ?? outcome.at;
      let wait = retryDelayMs(failures, settings, this.deps.random);
      const pauseNow = shouldPause(failures, failingSince, now(), settings);
      log.recordFailure(target, outcome, pauseNow ? null : iso(now() + wait));
      this.deps.onAttemptFailed?.(target, outcome, failures);
      if (pauseNow) {
        try {
          await this.deps.pause(id, { position: stored.position.toString(), eventType: stored.type, attempts: failures, since: failingSince, lastError: outcome.error ?? '' }, stored.id);
          this.stopped = true;
          void this.subscription?.stop(); // from inside its handler: returns at once
          return;
        } catch (error) {
          // The pause could not be recorded (the store away?): keep trying, at the longest interval.
          this.deps.onError?.(id, error);
          wait = settings.retryMaxMs;
        }
      }
      await this.sleep(wait);
    }
  }

  private async attempt(target: DeliveryTarget, body: string, startedMs: number): Promise<WebhookAnswer> {
    const secret = this.deps.secrets.get(this.entry.state.secretRef);
    if (secret === null) return { ok: false, status: null, error: 'this server keeps no secret for the subscription: rotate it (POST /webhooks/:id/rotate-secret)' };
    const timestamp = Math.floor(startedMs / 1000).toString();
    this.inFlight = new AbortController();
    try {
      return await this.deps.post({
        url: this.entry.state.url,
        body,
        timeoutMs: this.deps.settings.timeoutMs,
        allowPrivateAddresses: this.deps.settings.allowPrivateAddresses,
        signal: this.inFlight.signal,
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Samsyn-Webhooks/1',
          'Samsyn-Delivery-Id': target.deliveryId,
          'Samsyn-Subscription-Id': target.subscriptionId,
          'Samsyn-Event-Id': target.eventId,
          'Samsyn-Event-Type': target.eventType,
          'Samsyn-Event-Position': target.position.toString(),
          'Samsyn-Timestamp': timestamp,
          'Samsyn-Signature': signWebhook(secret, target.deliveryId, timestamp, body),
        },
      });
    } finally {
      this.inFlight = null;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
