import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { signHs256Token } from '../../apps/api/src/infrastructure/auth/token-verifier';
import type { RunningServer } from '../../apps/api/src/main';
import { verifyWebhookSignature } from '../../apps/api/src/modules/webhooks/delivery/webhook-signature';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { until } from './support/until';
import { callerOf, startWebhookServer } from './support/webhook-server';

/**
 * Issue 14, webhooks, end to end: the real server (`serve`, as `npm start` runs it) with its HTTP
 * routes, a real receiver on loopback, and a restart of the server in the middle of a retry.
 */
jest.setTimeout(60_000);

const SECRET = 'webhooks-e2e-secret-webhooks-e2e-secret-0123';

const idsOf = (requests: { body: string }[]) => requests.map((r) => (JSON.parse(r.body).event.data as { id: string }).id);

describe('E2E: webhooks through the HTTP API, delivered to a real receiver, across a restart', () => {
  let dir: string;
  let server: RunningServer;
  let receiver: WebhookReceiver;
  let admin: string;
  let auditor: string;
  let anna: string;
  let secret: string;

  const start = async () => {
    server = await startWebhookServer(dir, SECRET, 6);
  };
  const call = callerOf(() => server);
  const stakeholder = (id: string) => call('POST', '/stakeholders', admin, { id, name: id.toUpperCase(), kind: 'committee' });
  const subscription = async () => (await call('GET', '/webhooks/arkiv', admin)).body;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-webhooks-e2e-'));
    receiver = await startWebhookReceiver();
    admin = `Bearer ${await signHs256Token({ sub: 'ada', name: 'Ada', roles: [{ role: 'admin' }] }, SECRET, '1h')}`;
    auditor = `Bearer ${await signHs256Token({ sub: 'revisor', name: 'Revisor', roles: [{ role: 'auditor' }] }, SECRET, '1h')}`;
    anna = `Bearer ${await signHs256Token({ sub: 'anna', name: 'Anna', roles: [{ role: 'process-owner', stakeholder: 'ksn' }] }, SECRET, '1h')}`;
    await start();
  });
  afterAll(async () => {
    await server?.close();
    await receiver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an admin registers a subscription and gets its secret once; nobody else may; bad input changes nothing', async () => {
    expect((await call('POST', '/webhooks', anna, { id: 'x', url: receiver.url, filter: { eventTypes: ['StakeholderRegistered'] } })).body.code).toBe('NOT_ALLOWED');
    const refused = await call('POST', '/webhooks', admin, { id: 'x', url: 'ftp://arkiv.uppsala.se/', filter: { eventTypes: ['StakeholderRegistered'] } });
    expect([refused.status, refused.body.code, refused.body.details]).toEqual([422, 'INVALID_INPUT', { field: 'url' }]);
    expect((await call('POST', '/webhooks', admin, { id: 'x', url: receiver.url, filter: { eventTypes: ['Gossip'] } })).body).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'filter' } });
    // A secret is never taken from a client: the server makes one.
    expect((await call('POST', '/webhooks', admin, { id: 'x', url: receiver.url, filter: { eventTypes: ['StakeholderRegistered'] }, secret: 'hunter2' })).status).toBe(400);
    expect((await call('GET', '/webhooks', admin)).body).toEqual([]);

    const created = await call('POST', '/webhooks', admin, { id: 'arkiv', url: receiver.url, filter: { eventTypes: ['StakeholderRegistered'] }, description: 'Arkivets diarium' });
    expect([created.status, created.etag]).toEqual([201, '"0"']);
    expect(created.body).toMatchObject({ id: 'arkiv', url: receiver.url, status: 'active', registeredBy: 'ada', filter: { eventTypes: ['StakeholderRegistered'], streamPrefixes: [] } });
    secret = created.body.secret;
    expect(secret).toMatch(/^whsec_/);
    expect(created.body).not.toHaveProperty('secretRef');
    expect((await call('GET', '/webhooks/arkiv', admin)).text).not.toContain(secret);
    // Auditors read the registration in the audit log; the secret is not there.
    const audit = await call('GET', '/audit/events?type=WebhookSubscriptionRegistered', auditor);
    expect(audit.body.events).toHaveLength(1);
    expect(audit.text).not.toContain(secret);
    // Kept in the data directory's webhooks.sqlite, which is its owner's alone.
    expect((fs.statSync(path.join(dir, 'webhooks.sqlite')).mode & 0o777).toString(8)).toBe('600');
  });

  it('a registration retried with the same Idempotency-Key answers the same subscription and secret, and keeps one secret', async () => {
    const once = { url: `${receiver.url}/other`, filter: { streamPrefixes: ['term-'] } };
    const first = await call('POST', '/webhooks', admin, once, { 'Idempotency-Key': 'reg-1' });
    const again = await call('POST', '/webhooks', admin, once, { 'Idempotency-Key': 'reg-1' });
    expect([first.status, again.status, again.replayed]).toEqual([201, 201, 'true']);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.secret).toBe(first.body.secret);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path.join(dir, 'webhooks.sqlite'), { readonly: true });
    try {
      const kept = (db.prepare('SELECT subscription_id FROM webhook_secret').all() as { subscription_id: string }[]).map((r) => r.subscription_id);
      expect(kept.sort()).toEqual(['arkiv', first.body.id].sort());
    } finally {
      db.close();
    }
    expect((await call('DELETE', `/webhooks/${first.body.id}`, admin)).body.status).toBe('removed');
  });

  it('events written through the API are posted, signed, in order; the reads show the log (admins only)', async () => {
    await stakeholder('ksn');
    await stakeholder('uh');
    await until(() => receiver.accepted().length >= 2, 'two deliveries');
    expect(idsOf(receiver.accepted())).toEqual(['ksn', 'uh']);
    const r = receiver.accepted()[0];
    const signed = { deliveryId: r.headers['samsyn-delivery-id'] as string, timestamp: r.headers['samsyn-timestamp'] as string, signature: r.headers['samsyn-signature'] as string };
    expect(verifyWebhookSignature(secret, signed, r.body, Math.floor(Date.now() / 1000))).toBe(true);

    const one = await call('GET', '/webhooks/arkiv', admin);
    expect(one.etag).toMatch(/^"0-[A-Za-z0-9_-]+"$/);
    expect(one.body).toMatchObject({ status: 'active', paused: null, delivery: { failures: 0, pending: null, lastDeliveredAt: expect.any(String) } });
    const log = await call('GET', '/webhooks/arkiv/deliveries?limit=1', admin);
    expect(log.body).toMatchObject({ subscriptionId: 'arkiv', deliveries: [{ eventType: 'StakeholderRegistered', status: 'delivered', attempts: 1, lastStatus: 204 }] });
    expect(log.body.nextBefore).toBe(log.body.deliveries[0].position);
    // The next page through the Link header (newest first, so `before` the last entry), then the end without one.
    expect(log.link).toBe(`</webhooks/arkiv/deliveries?limit=1&before=${log.body.nextBefore}>; rel="next"`);
    const second = await call('GET', /^<([^>]+)>/.exec(log.link!)![1], admin);
    expect(second.body.deliveries).toHaveLength(1);
    expect(BigInt(second.body.deliveries[0].position) < BigInt(log.body.deliveries[0].position)).toBe(true);
    const rest = await call('GET', `/webhooks/arkiv/deliveries?before=${second.body.deliveries[0].position}`, admin);
    expect([rest.body.deliveries, rest.body.nextBefore, rest.link]).toEqual([[], null, null]);
    expect((await call('GET', '/webhooks/arkiv/deliveries?limit=0', admin)).status).toBe(400);
    for (const url of ['/webhooks', '/webhooks/arkiv', '/webhooks/arkiv/deliveries']) expect((await call('GET', url, anna)).status).toBe(403);
    expect((await call('GET', '/webhooks/nope', admin)).status).toBe(404);
    expect((await call('GET', '/webhooks/nope/deliveries', admin)).status).toBe(404);
  });

  it('a restart of Samsyn in the middle of a retry: nothing acknowledged sent again, nothing lost, in order', async () => {
    receiver.failNext(1000);
    await stakeholder('ifn');
    await stakeholder('skolfast');
    await until(async () => ((await subscription()).delivery.pending?.attempts ?? 0) >= 2, 'a few failed attempts');
    const failing = await subscription();
    expect(failing.delivery).toMatchObject({ failures: expect.any(Number), pending: { status: 'pending', lastStatus: 503, lastError: 'HTTP 503: busy, try later' } });
    await server.close();
    receiver.failNext(0);
    await start();
    await until(() => receiver.firstOfEach().length >= 4, 'the deliveries after the restart');
    await new Promise((r) => setTimeout(r, 200));
    expect(idsOf(receiver.firstOfEach())).toEqual(['ksn', 'uh', 'ifn', 'skolfast']);
    // Acknowledged before the restart: never sent again. At most the request in flight at the stop is repeated, under its id.
    expect(idsOf(receiver.received).filter((id) => id === 'ksn' || id === 'uh')).toEqual(['ksn', 'uh']);
    expect(receiver.accepted().length - receiver.firstOfEach().length).toBeLessThanOrEqual(1);
  });

  it('a subscription that keeps failing is paused and says so; an admin resumes it and it delivers what it missed, in order', async () => {
    receiver.failNext(1000, 500);
    await stakeholder('vard');
    await until(async () => (await subscription()).status === 'paused', 'the pause');
    const paused = await subscription();
    expect(paused.paused).toMatchObject({ reason: 'failing', pausedBy: 'system', failure: { eventType: 'StakeholderRegistered', attempts: 6, lastError: 'HTTP 500: busy, try later' } });
    await stakeholder('omsorg'); // while paused: kept, not lost
    await new Promise((r) => setTimeout(r, 200));
    const attemptsWhilePaused = receiver.received.length;
    receiver.failNext(0);
    const resumed = await call('POST', '/webhooks/arkiv/resume', admin);
    expect([resumed.status, resumed.body.status]).toEqual([200, 'active']);
    await until(() => receiver.firstOfEach().length >= 6, 'the deliveries after the resumption');
    expect(idsOf(receiver.firstOfEach()).slice(4)).toEqual(['vard', 'omsorg']);
    expect(receiver.received.length).toBe(attemptsWhilePaused + 2);
  });

  it('an admin pauses with a note, changes the URL, removes; as of before the pause it was active', async () => {
    const before = await call('GET', '/audit/events?type=WebhookSubscriptionResumed', auditor);
    const pause = await call('POST', '/webhooks/arkiv/pause', admin, { note: 'Mottagaren byggs om' });
    expect(pause.body).toMatchObject({ status: 'paused', paused: { reason: 'admin', note: 'Mottagaren byggs om', pausedBy: 'ada' } });
    expect((await call('POST', '/webhooks/arkiv/pause', anna, {})).body.code).toBe('NOT_ALLOWED');
    const position = before.body.events[0].position;
    const past = await call('GET', `/webhooks/arkiv?asOfPosition=${position}`, admin);
    expect(past.body).toMatchObject({ status: 'active', delivery: null });
    const moved = await call('PATCH', '/webhooks/arkiv', admin, { url: `${receiver.url}/v2` });
    expect(moved.body.url).toBe(`${receiver.url}/v2`);
    const removed = await call('DELETE', '/webhooks/arkiv', admin);
    expect([removed.status, removed.body.status]).toEqual([200, 'removed']);
    expect((await call('DELETE', '/webhooks/arkiv', admin)).body.code).toBe('NOT_FOUND');
    expect((await call('GET', '/webhooks', admin)).body.map((s: { id: string; status: string }) => s.status)).toEqual(['removed', 'removed']);
    await stakeholder('sist');
    await new Promise((r) => setTimeout(r, 200));
    expect(idsOf(receiver.received)).not.toContain('sist');
  });
});
