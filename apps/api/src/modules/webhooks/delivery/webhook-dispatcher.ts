import { WEBHOOK_SUBSCRIPTION_EVENT_TYPES } from '@samsyn/domain/webhook-subscription';
import type { StoredEvent, Subscription } from '@samsyn/event-store';
import { SubscriptionWorker, type WorkerDeps } from './subscription-worker';
import { foldRegistry, type RegistryEntry, type WebhookRegistry } from './webhook-registry';

/**
 * Keeps one SubscriptionWorker per active subscription. It follows the subscriptions' own events
 * through the store's catch-up subscription (from the first, every start: they are few), and
 * starts, reconfigures and stops workers as subscriptions are registered, changed, paused, resumed
 * and removed. Changes are applied one at a time, in the order of the log.
 */
export class WebhookDispatcher {
  private readonly registry: WebhookRegistry = new Map();
  private readonly workers = new Map<string, SubscriptionWorker>();
  private subscription: Subscription | null = null;
  private live = false;
  private stopped = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly deps: WorkerDeps) {}

  async start(): Promise<void> {
    this.subscription = this.deps.store.subscribe({
      filter: { eventTypes: [...WEBHOOK_SUBSCRIPTION_EVENT_TYPES] },
      onEvent: (e) => this.onSubscriptionEvent(e),
      onCaughtUp: () => {
        this.live = true;
        for (const id of this.registry.keys()) this.enqueue(id);
      },
      onError: (e) => this.deps.onError?.('*', e),
    });
    await this.subscription.caughtUp;
    await this.queue;
  }

  /** Every subscription seen so far, removed ones too, as its events say (for /metrics). */
  subscriptions(): RegistryEntry[] {
    return [...this.registry.values()];
  }

  /** Resolves once every change seen so far has been applied to the workers. */
  settled(): Promise<void> {
    return this.queue;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.stop();
    await this.queue;
    await Promise.all([...this.workers.values()].map((w) => w.stop()));
    this.workers.clear();
  }

  private onSubscriptionEvent(stored: StoredEvent): void {
    if (!(WEBHOOK_SUBSCRIPTION_EVENT_TYPES as readonly string[]).includes(stored.type)) return;
    const entry = foldRegistry(this.registry, stored);
    if (!entry) return;
    if (stored.type === 'WebhookSecretRotated') this.deps.secrets.keepOnly(entry.state.id!, entry.state.secretRef);
    if (stored.type === 'WebhookSubscriptionRemoved') this.deps.secrets.forget(entry.state.id!);
    if (this.live) this.enqueue(entry.state.id!);
  }

  private enqueue(id: string): void {
    this.queue = this.queue.then(() => this.reconcile(id)).catch((e) => this.deps.onError?.(id, e));
  }

  private async reconcile(id: string): Promise<void> {
    if (this.stopped) return;
    const entry = this.registry.get(id) as RegistryEntry;
    const worker = this.workers.get(id);
    if (entry.state.status !== 'active') {
      this.workers.delete(id);
      await worker?.stop();
      return;
    }
    if (worker?.running) return worker.reconfigure();
    // A worker that paused its subscription itself, which has since been resumed, starts afresh.
    await worker?.stop();
    const started = new SubscriptionWorker(this.deps, entry);
    this.workers.set(id, started);
    started.start();
  }
}
