import type { EventStore } from '@samsyn/event-store';
import { createMetrics } from '../metrics/metrics';
import { HealthController } from './health.controller';

const response = () => ({ status: jest.fn() }) as never;

describe('subscription drops in /health and /metrics', () => {
  const plain = { headPosition: async () => 7n } as unknown as EventStore;
  const withDrops = {
    headPosition: async () => 7n,
    status: () => ({ subscriptions: 2, drops: 3, lastDrop: { at: '2026-11-24T10:00:00.000Z', reason: 'connection reset' }, allCaughtUp: true }),
  } as unknown as EventStore;
  const progress = { position: () => 7n };

  it('a store without server-side subscriptions reports none', async () => {
    const report = await new HealthController(plain, progress as never).health(response());
    expect(report.subscriptions).toBeUndefined();
    expect(report.status).toBe('ok');
  });

  it('an EventStoreDB-like store shows its drops and last drop in /health', async () => {
    const report = await new HealthController(withDrops, progress as never).health(response());
    expect(report.subscriptions).toEqual({ subscriptions: 2, drops: 3, lastDrop: { at: '2026-11-24T10:00:00.000Z', reason: 'connection reset' }, allCaughtUp: true });
  });

  it('and as samsyn_subscription_drops_total in /metrics', async () => {
    const metrics = createMetrics(async () => 0, () => 3);
    expect(await metrics.registry.metrics()).toMatch(/samsyn_subscription_drops_total 3/);
  });
});
