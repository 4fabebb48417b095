import type { DeliveryLog } from '../storage/delivery-log';
import { webhookSnapshot } from './webhook-metrics-snapshot';
import type { RegistryEntry } from './webhook-registry';

const entry = (id: string, status: 'active' | 'paused' | 'removed', reason: 'admin' | 'failing' | null = null): RegistryEntry =>
  ({
    state: { id, status, paused: reason ? { reason, note: null, failure: null, pausedBy: 'ada' } : null },
    registeredAt: 1n,
    filters: [],
    resumedAt: null,
  }) as unknown as RegistryEntry;

describe('what /metrics reads of the webhooks', () => {
  it('each subscription with its status and why it is paused, and the log’s pending counts', () => {
    const log = { pendingCounts: () => new Map([['arkiv', 1]]) } as unknown as DeliveryLog;
    expect(webhookSnapshot([entry('arkiv', 'paused', 'failing'), entry('bi', 'active'), entry('gammal', 'removed')], () => log)).toEqual({
      subscriptions: [
        { id: 'arkiv', status: 'paused', pausedReason: 'failing' },
        { id: 'bi', status: 'active', pausedReason: null },
        { id: 'gammal', status: 'removed', pausedReason: null },
      ],
      pending: new Map([['arkiv', 1]]),
    });
  });

  it('without a subscription, webhooks.sqlite is not opened for a scrape', () => {
    const log = jest.fn<DeliveryLog, []>();
    expect(webhookSnapshot([], log)).toEqual({ subscriptions: [], pending: new Map() });
    expect(log).not.toHaveBeenCalled();
  });
});
