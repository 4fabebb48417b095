import { LiveEventHub } from '../../apps/api/src/modules/live-events/hub/live-event-hub';
import { startE2eApp, type E2eApp } from './support/e2e-app';
import { listen, openSse, type SseClient } from './support/sse-client';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/** GET /events/live gives each principal what the read routes give it (docs/live-events.md). */
describe('E2E: live events per role', () => {
  let e2e: E2eApp;
  let t: Tokens;
  let port: number;
  const open: SseClient[] = [];
  const sse = async (token: string, headers: Record<string, string> = {}) => {
    const c = await openSse(port, { Authorization: token, ...headers });
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
    port = await listen(e2e.app);
  });
  afterEach(() => open.splice(0).forEach((c) => c.close()));
  afterAll(() => e2e.close());

  const roles = async () => ({
    admin: t.ada,
    auditor: t.aud,
    'auditor and reviewer': await e2e.bearer('revisor', [{ role: 'reviewer', stakeholder: 'ksn' }, { role: 'auditor' }]),
    'process owner': t.anna,
    reviewer: t.rita,
    'no roles': t.olle,
  });

  it('every role: who may read the audit log gets its entries, everyone else a notice of the resource it may read', async () => {
    const tokens = await roles();
    const streams = Object.fromEntries(await Promise.all(Object.entries(tokens).map(async ([who, token]) => [who, await sse(token)] as const)));
    const before = (await e2e.head())!;
    await e2e.http().patch('/stakeholders/ksn').set('Authorization', t.ada).set('Idempotency-Key', 'rename-ksn-live').send({ name: 'KS live' }).expect(200);

    for (const [who, token] of Object.entries(tokens)) {
      const [message] = await streams[who].next(1);
      expect([who, message.id]).toEqual([who, String(before + 1n)]);
      const payload = JSON.parse(message.data!);
      const audit = await e2e.http().get(`/audit/events?after=${before}&limit=1`).set('Authorization', token);
      if (audit.status === 200) {
        expect([who, payload]).toEqual([who, audit.body.events[0]]);
        expect(payload.metadata).toMatchObject({ actor: 'ada', idempotencyKey: expect.stringContaining('rename-ksn-live') });
      } else {
        expect([who, audit.status]).toEqual([who, 403]);
        expect([who, payload]).toEqual([
          who,
          { position: String(before + 1n), type: 'StakeholderRenamed', streamId: 'stakeholder-ksn', revision: expect.any(String), occurredAt: e2e.clock.now(), resource: { kind: 'stakeholder', id: 'ksn' } },
        ]);
        expect(message.data).not.toContain('rename-ksn-live');
        expect(message.data).not.toContain('"ada"');
        // The resource it is told about is one it may read.
        expect((await e2e.http().get('/stakeholders').set('Authorization', token)).status).toBe(200);
      }
    }
    expect(['admin', 'auditor', 'auditor and reviewer'].map((w) => 'metadata' in JSON.parse(streams[w].messages[0].data!))).toEqual([true, true, true]);
  });

  it('a reviewer resuming with Last-Event-ID gets notices of what it missed, never the audit metadata', async () => {
    const head = (await e2e.head())!;
    const resumed = await sse(t.rita, { 'Last-Event-ID': String(head - 3n) });
    const got = await resumed.next(3);
    expect(got.map((m) => m.id)).toEqual([head - 2n, head - 1n, head].map(String));
    for (const m of got) {
      const payload = JSON.parse(m.data!);
      expect(Object.keys(payload).sort()).toEqual(['occurredAt', 'position', 'resource', 'revision', 'streamId', 'type']);
    }
  });

  it('without Last-Event-ID a stream starts at the head: new events only, as docs/api.md says', async () => {
    const fresh = await sse(t.olle);
    const head = (await e2e.head())!;
    await e2e.http().post('/stakeholders').set('Authorization', t.ada).send({ id: 'live-new', name: 'Ny', kind: 'office' }).expect(201);
    const [first] = await fresh.next(1);
    expect(first.id).toBe(String(head + 1n));
    expect(JSON.parse(first.data!)).toMatchObject({ type: 'StakeholderRegistered', resource: { kind: 'stakeholder', id: 'live-new' } });
  });

  it('a Last-Event-ID past the head resumes at the head', async () => {
    const ahead = await sse(t.aud, { 'Last-Event-ID': '9223372036854775807' });
    const head = (await e2e.head())!;
    await e2e.http().patch('/stakeholders/ksn').set('Authorization', t.ada).send({ name: 'KS later' }).expect(200);
    expect((await ahead.next(1))[0].id).toBe(String(head + 1n));
  });
});

describe('E2E: live events, a client too far behind', () => {
  it('gets a reset frame at the head instead of the history, then the live events', async () => {
    const e2e = await startE2eApp({ liveStreams: { perPrincipal: 5, total: 50, heartbeatMs: 0, maxCatchUp: 2 } });
    try {
      const admin = await e2e.bearer('ada', [{ role: 'admin' }]);
      for (const id of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']) await e2e.http().post('/stakeholders').set('Authorization', admin).send({ id, name: id, kind: 'office' }).expect(201);
      const port = await listen(e2e.app);
      const head = (await e2e.head())!;
      const client = await openSse(port, { Authorization: await e2e.bearer('olle'), 'Last-Event-ID': '0' });
      try {
        const [reset] = await client.next(1);
        expect(reset).toEqual({ event: 'reset', id: String(head), data: JSON.stringify({ position: String(head) }) });
        await e2e.http().post('/stakeholders').set('Authorization', admin).send({ id: 'a7', name: 'a7', kind: 'office' }).expect(201);
        const [, live] = await client.next(2);
        expect(live.id).toBe(String(head + 1n));
      } finally {
        client.close();
      }
    } finally {
      await e2e.close();
    }
  });
});

describe('E2E: live events, heartbeats and HEAD', () => {
  it('an idle stream gets heartbeat comments; HEAD answers the stream’s head without holding a stream', async () => {
    const e2e = await startE2eApp({ liveStreams: { perPrincipal: 1, total: 10, heartbeatMs: 50 } });
    try {
      const port = await listen(e2e.app);
      const token = await e2e.bearer('olle');
      const head = await e2e.http().head('/events/live').set('Authorization', token);
      expect([head.status, head.headers['content-type']]).toEqual([200, 'text/event-stream; charset=utf-8']);
      const client = await openSse(port, { Authorization: token });
      try {
        expect(client.headers['cache-control']).toBe('no-store');
        const deadline = Date.now() + 10_000;
        while (client.comments < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        expect(client.comments).toBeGreaterThanOrEqual(3);
        expect(client.messages).toEqual([]);
        // Its one slot is this stream (HEAD took none).
        expect((await openSse(port, { Authorization: token })).status).toBe(429);
      } finally {
        client.close();
      }
    } finally {
      await e2e.close();
    }
  });

  it('app.close() with a stream open ends it and resolves', async () => {
    const e2e = await startE2eApp();
    const port = await listen(e2e.app);
    const client = await openSse(port, { Authorization: await e2e.bearer('olle') });
    await e2e.close();
    await client.ended;
    expect(client.status).toBe(200);
  });

  it('once shutting down, a new stream is refused with 503 SHUTTING_DOWN and Retry-After', async () => {
    const e2e = await startE2eApp();
    try {
      const port = await listen(e2e.app);
      await e2e.app.get(LiveEventHub).onModuleDestroy();
      const refused = await openSse(port, { Authorization: await e2e.bearer('olle') });
      expect([refused.status, refused.headers['retry-after'], JSON.parse(refused.body).code]).toEqual([503, '5', 'SHUTTING_DOWN']);
    } finally {
      await e2e.close();
    }
  });
});
