import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { signHs256Token } from '../../apps/api/src/infrastructure/auth/token-verifier';
import type { RunningServer } from '../../apps/api/src/main';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { until } from './support/until';
import { callerOf, startWebhookServer } from './support/webhook-server';

/**
 * Issue 14, webhook delivery metrics on /metrics (docs/webhooks.md "Metrics"), end to end: the real
 * server, a real receiver on loopback that fails and comes back, a pause by Samsyn and by an admin,
 * a restart; and the scrape as Prometheus' own checker reads it.
 */
jest.setTimeout(60_000);

const SECRET = 'webhook-metrics-e2e-secret-0123456789abcdef';

/** One sample of the scrape: its value, or undefined when the series is not there. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};
const delivered = (id: string) => `samsyn_webhook_deliveries_total{subscription="${id}",outcome="delivered"}`;
const failed = (id: string) => `samsyn_webhook_deliveries_total{subscription="${id}",outcome="failed"}`;
const pending = (id: string) => `samsyn_webhook_pending_deliveries{subscription="${id}"}`;
const paused = (reason: 'admin' | 'failing') => `samsyn_webhook_paused_subscriptions{reason="${reason}"}`;

describe('E2E: webhook delivery metrics on /metrics, against a real receiver', () => {
  let dir: string;
  let server: RunningServer;
  let receiver: WebhookReceiver;
  let admin: string;

  const start = async () => {
    server = await startWebhookServer(dir, SECRET, 5);
  };
  const api = callerOf(() => server);
  const call = (method: string, url: string, body?: unknown) => api(method, url, admin, body);
  const scrape = async () => (await fetch(`${server.url}/metrics`)).text();
  const stakeholder = (id: string) => call('POST', '/stakeholders', { id, name: id.toUpperCase(), kind: 'committee' });
  const failedAtReceiver = () => receiver.received.filter((r) => r.answer !== 204).length;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-webhook-metrics-'));
    receiver = await startWebhookReceiver();
    admin = `Bearer ${await signHs256Token({ sub: 'ada', name: 'Ada', roles: [{ role: 'admin' }] }, SECRET, '1h')}`;
    await start();
  });
  afterAll(async () => {
    await server?.close();
    await receiver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('before any subscription: no delivery series, no paused subscription', async () => {
    const text = await scrape();
    expect(text).toMatch(/^# TYPE samsyn_webhook_deliveries_total counter$/m);
    expect(text).not.toMatch(/^samsyn_webhook_deliveries_total\{/m);
    expect([sample(text, paused('admin')), sample(text, paused('failing'))]).toEqual([0, 0]);
  });

  it('a registered subscription has both outcomes at 0 and nothing pending', async () => {
    expect((await call('POST', '/webhooks', { id: 'arkiv', url: receiver.url, filter: { eventTypes: ['StakeholderRegistered'] } })).status).toBe(201);
    const text = await scrape();
    expect([sample(text, delivered('arkiv')), sample(text, failed('arkiv')), sample(text, pending('arkiv'))]).toEqual([0, 0, 0]);
  });

  it('a receiver that fails: failed attempts count as they happen and the delivery is pending; when it comes back, delivered, nothing pending', async () => {
    receiver.failNext(1000);
    await stakeholder('ksn');
    await until(async () => (sample(await scrape(), failed('arkiv')) ?? 0) >= 2, 'two failed attempts');
    expect(sample(await scrape(), pending('arkiv'))).toBe(1);
    receiver.failNext(0);
    await until(async () => sample(await scrape(), delivered('arkiv')) === 1, 'the delivery');
    const text = await scrape();
    expect(sample(text, pending('arkiv'))).toBe(0);
    // Every failed answer the receiver gave, and no other, was counted.
    expect(sample(text, failed('arkiv'))).toBe(failedAtReceiver());
  });

  it('a subscription paused by Samsyn after 5 failures counts as paused (failing), its event pending — also after a restart, whose counters start at 0', async () => {
    const before = sample(await scrape(), failed('arkiv'))!;
    receiver.failNext(1000, 500);
    await stakeholder('uh');
    await until(async () => sample(await scrape(), paused('failing')) === 1, 'the pause');
    let text = await scrape();
    expect([sample(text, failed('arkiv')), sample(text, pending('arkiv')), sample(text, paused('admin'))]).toEqual([before + 5, 1, 0]);

    await server.close();
    await start();
    text = await scrape();
    expect([sample(text, paused('failing')), sample(text, pending('arkiv'))]).toEqual([1, 1]);
    expect([sample(text, delivered('arkiv')), sample(text, failed('arkiv'))]).toEqual([0, 0]);

    receiver.failNext(0);
    expect((await call('POST', '/webhooks/arkiv/resume')).status).toBe(200);
    await until(async () => sample(await scrape(), delivered('arkiv')) === 1, 'the delivery after the resumption');
    text = await scrape();
    expect([sample(text, paused('failing')), sample(text, pending('arkiv'))]).toEqual([0, 0]);
  });

  it("paused by an admin counts under admin; a removed subscription keeps its counters and leaves the pending gauge; promtool accepts the scrape", async () => {
    expect((await call('POST', '/webhooks/arkiv/pause', { note: 'Mottagaren byggs om' })).status).toBe(200);
    await until(async () => sample(await scrape(), paused('admin')) === 1, 'the admin pause');
    expect((await call('DELETE', '/webhooks/arkiv')).status).toBe(200);
    await until(async () => sample(await scrape(), pending('arkiv')) === undefined, 'the removal');
    const text = await scrape();
    expect([sample(text, paused('admin')), sample(text, delivered('arkiv'))]).toEqual([0, 1]);
    // promtool exits non-zero and names each problem on stderr; execFileSync throws with it (installed where the suite runs, as for metrics-promtool.spec.ts).
    expect(() => execFileSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow();
  });
});
