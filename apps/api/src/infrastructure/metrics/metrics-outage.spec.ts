import { StoreUnavailableError } from '@samsyn/event-store';
import { createMetrics } from './metrics';

describe('/metrics while the store is away (issue 10 item 3)', () => {
  it('answers, with the projection lag unknown (NaN), instead of failing the scrape', async () => {
    const metrics = createMetrics(async () => {
      throw new StoreUnavailableError('PostgreSQL unavailable while reading: connect ECONNREFUSED 10.0.0.7:5432');
    });
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^samsyn_projection_lag_events NaN$/im);
    expect(text).toMatch(/process_cpu_user_seconds_total/);
  });
});
