import type { EventStore } from '@samsyn/event-store';
import { HealthController } from './health.controller';

const response = () => ({ status: jest.fn() }) as never;

describe('/health and a read model set aside', () => {
  const store = { headPosition: async () => 9n } as unknown as EventStore;
  const failure = { projection: 'stakeholder-history', position: '7', type: 'StakeholderRegistered', streamId: 'stakeholder-x', error: 'boom', standsAt: '6' };

  it('given a failed projection, the report is degraded and names the read model and the event, in Swedish and English', async () => {
    const res = { status: jest.fn() };
    const report = await new HealthController(store, { position: () => 9n, failures: () => [failure] }).health(res as never);
    expect(report.status).toBe('degraded');
    expect(report.projections.failed).toEqual([{ ...failure, message: { sv: expect.stringContaining('stakeholder-history'), en: expect.stringContaining('event 7 (StakeholderRegistered in stakeholder-x)') } }]);
    // degraded, not down: the server still answers every other read
    expect(res.status).not.toHaveBeenCalled();
  });

  it('given none, ok and no failed list', async () => {
    const report = await new HealthController(store, { position: () => 9n, failures: () => [] }).health(response());
    expect(report.status).toBe('ok');
    expect(report.projections.failed).toBeUndefined();
  });
});
