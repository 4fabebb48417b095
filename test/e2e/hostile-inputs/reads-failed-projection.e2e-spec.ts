import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { allProjections } from '@samsyn/projections/all-projections';
import type { AnyProjection } from '@samsyn/projections/projection';
import { openRuntime } from '../../../apps/api/src/bootstrap/samsyn-runtime';
import { startE2eApp, type E2eApp } from '../support/e2e-app';
import { watched } from './reads.health-watch';

/** A read model with a fault: it throws on the stakeholder `boom`, after changing its state. */
const fragile: AnyProjection = {
  name: 'fragile',
  version: 1,
  initialState: () => ({ ids: [] as string[] }),
  apply: (s: { ids: string[] }, e) => {
    if (e.type !== 'StakeholderRegistered') return s;
    s.ids.push(e.data.id);
    if (e.data.id === 'boom') throw new Error('cannot fold boom');
    return s;
  },
};

describe('E2E hostile inputs: a read model whose projection throws on an event (issue 10, item 2)', () => {
  let e2e: E2eApp;
  let base: string;
  let admin: string;

  beforeAll(async () => {
    e2e = await startE2eApp({}, undefined, undefined, { projections: [fragile, ...allProjections()] });
    const server = e2e.app.getHttpServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    admin = await e2e.bearer('ada', [{ role: 'admin' }]);
  });
  afterAll(() => e2e.close());

  it('the server keeps serving every other read model, and /health says which read model stopped at which event', async () => {
    for (const id of ['a', 'boom', 'b']) {
      const r = await watched(base, '/stakeholders', { method: 'POST', token: admin, body: { id, name: id.toUpperCase(), kind: 'office' } });
      expect(r.status).toBe(201);
    }
    const boomAt = (await e2e.runtime.store.readStream('stakeholder-boom'))[0].position.toString();
    const health = await watched(base, '/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      status: 'degraded',
      store: { reachable: true },
      projections: {
        lag: 0,
        failed: [
          {
            projection: 'fragile',
            position: boomAt,
            type: 'StakeholderRegistered',
            streamId: 'stakeholder-boom',
            error: 'cannot fold boom',
            message: { sv: expect.stringContaining('Läsmodellen fragile'), en: expect.stringContaining(`stopped at event ${boomAt}`) },
          },
        ],
      },
    });
    const stakeholders = await watched(base, '/stakeholders', { token: admin });
    expect((stakeholders.body as { id: string }[]).map((s) => s.id)).toEqual(['a', 'b', 'boom']);
    expect((await watched(base, '/stakeholders/boom/history', { token: admin })).status).toBe(200);
    await e2e.runtime.runner.restored();
    expect(e2e.runtime.runner.state('fragile')).toEqual({ ids: ['a'] });
  });

  it('the server still starts on that store, and reports the same failure', async () => {
    await e2e.runtime.runner.stop(); // saves what is due, as a shutdown would
    const store = sqliteEventStore({ path: path.join(e2e.dir, 'events.sqlite') });
    const restarted = await openRuntime({ store, clock: e2e.clock, projectionsPath: path.join(e2e.dir, 'projections.sqlite'), projections: [fragile, ...allProjections()] });
    try {
      expect(restarted.runner.failures().map((f) => [f.projection, f.streamId])).toEqual([['fragile', 'stakeholder-boom']]);
      expect(((await restarted.queries.stakeholders()) as unknown[]).length).toBe(3);
    } finally {
      await restarted.close();
    }
  });
});
