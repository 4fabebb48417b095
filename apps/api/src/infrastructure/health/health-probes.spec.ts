import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '@samsyn/event-store';
import request from 'supertest';
import { createApiApp } from '../../create-api-app';
import { testDependencies, type TestDependencies } from '../../testing/test-dependencies';
import type { ProjectionFailureReport, ProjectionProgress } from '../tokens';

const FAILURE: ProjectionFailureReport = { projection: 'catalogue', position: '4', type: 'ProcessRegistered', streamId: 'process-x', error: 'boom', standsAt: '3' };

/** /health/live and /health/ready (docs/api.md): what each says, and 503 with the reason when not ready. */
describe('health probes', () => {
  const apps: INestApplication[] = [];
  const worlds: TestDependencies[] = [];
  /** The real store with its head answered as a test names it (a head, an outage, a hang): the one read the probes ask. */
  const withHead = (headPosition: () => Promise<bigint | null>) => (real: EventStore): EventStore => Object.assign(Object.create(real) as EventStore, { headPosition });
  const at = (head: bigint) => withHead(async () => head);
  const dirs: string[] = [];
  afterAll(async () => {
    for (const a of apps) await a.close();
    for (const f of worlds) await f.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  const start = async (opts: { store?: (real: EventStore) => EventStore; progress?: ProjectionProgress; dataDir?: string; maxLag?: number } = {}) => {
    const fx = await testDependencies();
    worlds.push(fx);
    const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-ready-'));
    dirs.push(dataDir);
    const store = opts.store ? opts.store(fx.deps.store) : fx.deps.store;
    const app = await createApiApp({
      ...fx.deps,
      store,
      progress: opts.progress ?? { position: () => store.headPosition(), failures: () => [] },
      config: { ...fx.deps.config, dataDir, readiness: { maxLag: opts.maxLag ?? 1000 } },
    });
    apps.push(app);
    return { http: () => request(app.getHttpServer()), dataDir };
  };

  it('live: 200 with the process up, and no token needed', async () => {
    const { http } = await start();
    const res = await http().get('/health/live').expect(200);
    expect(res.body).toEqual({ status: 'ok', info: { process: { status: 'up', uptimeSeconds: expect.any(Number) } }, error: {}, details: { process: { status: 'up', uptimeSeconds: expect.any(Number) } } });
  });

  it('ready: 200 with the store, the read models and the data directory in the details; the probe file is gone', async () => {
    const { http, dataDir } = await start({ store: at(1n), progress: { position: () => 1n, failures: () => [] } });
    const res = await http().get('/health/ready').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details).toEqual({
      store: { status: 'up', headPosition: '1' },
      projections: { status: 'up', position: '1', lag: 0, maxLag: 1000 },
      dataDir: { status: 'up', writable: true },
    });
    expect(fs.readdirSync(dataDir)).toEqual([]);
    // /health answers as it did.
    expect((await http().get('/health').expect(200)).body).toMatchObject({ status: 'ok', store: { reachable: true, headPosition: '1' }, projections: { lag: 0 } });
  });

  it('ready: 503 when the store does not answer, saying "unreachable" and never the cause', async () => {
    const down = withHead(() => Promise.reject(new Error('connect ECONNREFUSED 10.1.2.3:5432')));
    const { http } = await start({ store: down, progress: { position: () => 5n } });
    const res = await http().get('/health/ready').expect(503);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.body.status).toBe('error');
    expect(res.body.error.store).toEqual({ status: 'down', error: 'unreachable' });
    expect(res.body.error.projections).toMatchObject({ status: 'down', reason: 'store unreachable' });
    expect(JSON.stringify(res.body)).not.toContain('10.1.2.3');
    // Liveness does not ask the store: an outage must not get the process restarted.
    await http().get('/health/live').expect(200);
  });

  it('ready: a store that hangs fails the check within its bound', async () => {
    const hung = withHead(() => new Promise<bigint>(() => undefined));
    const { http } = await start({ store: hung, progress: { position: () => 1n } });
    const t = Date.now();
    const res = await http().get('/health/ready').expect(503);
    expect(res.body.error.store.error).toBe('unreachable');
    expect(Date.now() - t).toBeLessThan(5000);
  });

  it('ready: 503 when the read models trail the store by more than the bound, 200 at the bound', async () => {
    const behind = await start({ store: at(12n), progress: { position: () => 1n }, maxLag: 10 });
    const res = await behind.http().get('/health/ready').expect(503);
    expect(res.body.error.projections).toEqual({ status: 'down', position: '1', lag: 11, maxLag: 10, reason: 'behind the store' });
    expect(res.body.info.store).toEqual({ status: 'up', headPosition: '12' });
    const atBound = await start({ store: at(12n), progress: { position: () => 2n }, maxLag: 10 });
    await atBound.http().get('/health/ready').expect(200);
  });

  it('ready: 503 when a read model was set aside, with the failure in both languages; /health stays 200 degraded', async () => {
    const { http } = await start({ progress: { position: () => null, failures: () => [FAILURE] } });
    const res = await http().get('/health/ready').expect(503);
    expect(res.body.error.projections).toMatchObject({ status: 'down', reason: 'read model failed', failed: [{ projection: 'catalogue', message: { sv: expect.stringContaining('Läsmodellen'), en: expect.stringContaining('Read model') } }] });
    expect((await http().get('/health').expect(200)).body.status).toBe('degraded');
  });

  it('ready: 503 when the data directory cannot be written, without naming its path', async () => {
    const gone = path.join(os.tmpdir(), `samsyn-ready-gone-${process.pid}`, 'data');
    const { http } = await start({ dataDir: gone });
    const res = await http().get('/health/ready').expect(503);
    expect(res.body.error.dataDir).toEqual({ status: 'down', writable: false });
    expect(res.body.info.store.status).toBe('up');
    expect(JSON.stringify(res.body)).not.toContain(gone);
  });
});
