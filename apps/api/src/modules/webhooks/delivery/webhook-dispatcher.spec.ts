import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { systemClock } from '@samsyn/application/clock';
import { CommandExecutor } from '@samsyn/application/command-executor';
import { SYSTEM_PRINCIPAL, type Principal } from '@samsyn/domain/shared/principal';
import { webhookSubscriptionStream } from '@samsyn/domain/webhook-subscription';
import type { StoredEvent } from '@samsyn/event-store';
import { HistoryWriter } from '@samsyn/projections/testing/history-writer';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { startWebhookReceiver, type WebhookReceiver } from '../../../../../../test/support/webhook-receiver';
import { PauseWebhookSubscriptionCommand } from '../commands/pause-webhook-subscription/pause-webhook-subscription.command';
import { PauseWebhookSubscriptionHandler } from '../commands/pause-webhook-subscription/pause-webhook-subscription.handler';
import { RegisterWebhookSubscriptionCommand } from '../commands/register-webhook-subscription/register-webhook-subscription.command';
import { RegisterWebhookSubscriptionHandler } from '../commands/register-webhook-subscription/register-webhook-subscription.handler';
import { RemoveWebhookSubscriptionCommand } from '../commands/remove-webhook-subscription/remove-webhook-subscription.command';
import { RemoveWebhookSubscriptionHandler } from '../commands/remove-webhook-subscription/remove-webhook-subscription.handler';
import { ResumeWebhookSubscriptionCommand } from '../commands/resume-webhook-subscription/resume-webhook-subscription.command';
import { ResumeWebhookSubscriptionHandler } from '../commands/resume-webhook-subscription/resume-webhook-subscription.handler';
import { RotateWebhookSecretCommand } from '../commands/rotate-webhook-secret/rotate-webhook-secret.command';
import { RotateWebhookSecretHandler } from '../commands/rotate-webhook-secret/rotate-webhook-secret.handler';
import { UpdateWebhookSubscriptionCommand } from '../commands/update-webhook-subscription/update-webhook-subscription.command';
import { UpdateWebhookSubscriptionHandler } from '../commands/update-webhook-subscription/update-webhook-subscription.handler';
import { DeliveryLog } from '../storage/delivery-log';
import { openWebhookDatabase, type WebhookDatabase } from '../storage/webhook-database';
import { WebhookSecretStore } from '../storage/webhook-secret-store';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from '../webhook-settings';
import { WebhookDispatcher } from './webhook-dispatcher';
import { postWebhook } from './webhook-request';
import { deliveryIdOf, verifyWebhookSignature } from './webhook-signature';

const ADA: Principal = { id: 'ada', roles: [{ role: 'admin' }] };
const FAST: WebhookSettings = { ...DEFAULT_WEBHOOK_SETTINGS, allowPrivateAddresses: true, timeoutMs: 1000, retryInitialMs: 20, retryMaxMs: 80, pauseAfterFailures: 1000 };

const until = async (check: () => boolean, what: string, ms = 15_000) => {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};
const pauseFor = (ms: number) => new Promise((r) => setTimeout(r, ms));
const idsOf = (requests: { body: string }[]) => requests.map((r) => (JSON.parse(r.body).event.data as { id: string }).id);

/** One running Samsyn as far as webhooks go: its connection to webhooks.sqlite and its dispatcher. */
interface Instance {
  db: WebhookDatabase;
  log: DeliveryLog;
  secrets: WebhookSecretStore;
  dispatcher: WebhookDispatcher;
  stop(): Promise<void>;
}

describe('webhook delivery against a real HTTP receiver on loopback', () => {
  let dir: string;
  let store: ReturnType<typeof sqliteEventStore>;
  let executor: CommandExecutor;
  let w: HistoryWriter;
  let receiver: WebhookReceiver;
  const instances: Instance[] = [];

  const start = async (settings = FAST): Promise<Instance> => {
    const db = openWebhookDatabase(path.join(dir, 'webhooks.sqlite'));
    const log = new DeliveryLog(db, settings.logKeep);
    const secrets = new WebhookSecretStore(db);
    const pause = new PauseWebhookSubscriptionHandler(executor);
    const dispatcher = new WebhookDispatcher({
      store, log, secrets, settings, now: Date.now, random: () => 0.5, post: postWebhook,
      pause: (id, failure, cause) => pause.execute(new PauseWebhookSubscriptionCommand(id, { reason: 'failing', failure }, { principal: SYSTEM_PRINCIPAL, causationId: cause })),
    });
    await dispatcher.start();
    const instance: Instance = { db, log, secrets, dispatcher, stop: async () => {
      await dispatcher.stop();
      db.close();
    } };
    instances.push(instance);
    return instance;
  };
  const stopAll = async () => {
    for (const i of instances.splice(0)) if (i.db.open) await i.stop();
  };
  const current = () => instances[instances.length - 1];
  const register = async (filter: { eventTypes?: string[]; streamPrefixes?: string[] }, id = 'arkiv') => {
    const r = await new RegisterWebhookSubscriptionHandler(executor, current(), FAST, systemClock).execute(new RegisterWebhookSubscriptionCommand({ id, url: receiver.url, filter }, { principal: ADA }));
    return r.resource as { id: string; secret: string };
  };
  const stakeholder = (id: string) => w.emit(`stakeholder-${id}`, { type: 'StakeholderRegistered', data: { id, name: id.toUpperCase(), kind: 'committee' } });
  const term = (id: string) => w.emit(`term-${id}`, { type: 'TermDefined', data: { id, label: id, definition: `${id} defined` } });
  const subscriptionEvents = () => store.readStream(webhookSubscriptionStream('arkiv'));

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-webhooks-'));
    store = sqliteEventStore({ path: path.join(dir, 'events.sqlite') });
    executor = new CommandExecutor(store, systemClock, randomUUID);
    w = new HistoryWriter(store);
    receiver = await startWebhookReceiver();
  });
  afterEach(async () => {
    await stopAll();
    await store.close();
    await receiver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('posts each matching event once, in order, signed, with a stable delivery id; earlier and other events are not sent', async () => {
    await stakeholder('before'); // appended before the subscription existed
    await start();
    const sub = await register({ eventTypes: ['StakeholderRegistered'] });
    await stakeholder('ksn');
    await term('lokal');
    await stakeholder('uh');
    await stakeholder('ifn');
    await until(() => receiver.accepted().length >= 3, 'three deliveries');
    await pauseFor(150);
    expect(idsOf(receiver.received)).toEqual(['ksn', 'uh', 'ifn']);
    const [first] = receiver.accepted();
    const h = first.headers as Record<string, string>;
    const event = JSON.parse(first.body).event as { id: string; type: string; position: string; data: unknown; metadata: { actor: string } };
    expect(h['content-type']).toBe('application/json');
    expect(h['samsyn-delivery-id']).toBe(deliveryIdOf('arkiv', event.id));
    expect([h['samsyn-event-type'], h['samsyn-event-id'], h['samsyn-event-position'], h['samsyn-subscription-id']]).toEqual(['StakeholderRegistered', event.id, event.position, 'arkiv']);
    expect(sub.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const signed = { deliveryId: h['samsyn-delivery-id'], timestamp: h['samsyn-timestamp'], signature: h['samsyn-signature'] };
    expect(verifyWebhookSignature(sub.secret, signed, first.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhookSignature('whsec_another', signed, first.body, Math.floor(Date.now() / 1000))).toBe(false);
    expect(verifyWebhookSignature(sub.secret, signed, first.body.replace('KSN', 'KSM'), Math.floor(Date.now() / 1000))).toBe(false);
    expect(event).toMatchObject({ type: 'StakeholderRegistered', data: { id: 'ksn', name: 'KSN' }, metadata: { actor: 'admin' } });
    const log = current().log.page('arkiv', 10);
    expect(log.map((d) => [d.eventType, d.status, d.attempts, d.lastStatus])).toEqual([
      ['StakeholderRegistered', 'delivered', 1, 204],
      ['StakeholderRegistered', 'delivered', 1, 204],
      ['StakeholderRegistered', 'delivered', 1, 204],
    ]);
    expect(current().log.summary('arkiv')).toMatchObject({ checkpoint: log[0].position, failures: 0, pending: null });
    expect(log[2].position).toBe(event.position);
  });

  it('a receiver that fails, times out, goes away and comes back: retried with backoff, each delivered once, in order, the log says why', async () => {
    await start();
    await register({ eventTypes: ['StakeholderRegistered'] });
    receiver.hangNext(1); // no answer: the 1 s timeout
    receiver.failNext(2); // then 503 twice
    await stakeholder('ksn');
    await until(() => current().log.page('arkiv', 1)[0]?.status === 'delivered', 'the first delivery');
    expect(receiver.received.map((r) => r.answer)).toEqual(['hung', 503, 503, 204]);
    const [ksn] = current().log.page('arkiv', 1);
    expect(ksn).toMatchObject({ status: 'delivered', attempts: 4, lastStatus: 204, lastError: 'HTTP 503: busy, try later' });

    await receiver.down();
    await stakeholder('uh');
    await stakeholder('ifn');
    await until(() => (current().log.summary('arkiv').pending?.attempts ?? 0) >= 3, 'refused connections');
    const pending = current().log.summary('arkiv');
    expect(pending).toMatchObject({ failures: expect.any(Number), pending: { status: 'pending', lastStatus: null, lastError: expect.stringContaining('ECONNREFUSED') } });
    expect(Date.parse(pending.pending!.nextAttemptAt!)).toBeGreaterThan(Date.parse(pending.pending!.lastAttemptAt));
    await receiver.up();
    await until(() => receiver.accepted().length >= 3, 'the rest after the receiver came back');
    await pauseFor(150);
    expect(idsOf(receiver.accepted())).toEqual(['ksn', 'uh', 'ifn']);
    expect(new Set(receiver.accepted().map((r) => r.headers['samsyn-delivery-id'])).size).toBe(3);
    expect(current().log.summary('arkiv')).toMatchObject({ failures: 0, failingSince: null, pending: null });
  });

  it('keeps failing: paused as failing with the failure said, nothing lost meanwhile; resumed, it delivers from there in order', async () => {
    await start({ ...FAST, pauseAfterFailures: 4 });
    await register({ eventTypes: ['StakeholderRegistered'] });
    receiver.failNext(1000, 500);
    const ksnAt = await stakeholder('ksn');
    await stakeholder('uh');
    let events: StoredEvent[] = [];
    for (const end = Date.now() + 15_000; !events.some((e) => e.type === 'WebhookSubscriptionPaused') && Date.now() < end; await pauseFor(20)) events = await subscriptionEvents();
    const paused = events.find((e) => e.type === 'WebhookSubscriptionPaused')!;
    expect(paused.data).toEqual({
      id: 'arkiv', reason: 'failing', note: null, pausedBy: 'system',
      failure: { position: ksnAt.toString(), eventType: 'StakeholderRegistered', attempts: 4, since: expect.any(String), lastError: 'HTTP 500: busy, try later' },
    });
    const ksnEvent = (await store.readStream('stakeholder-ksn'))[0];
    expect(paused.metadata).toMatchObject({ actor: 'system', causationId: ksnEvent.id });
    await pauseFor(200);
    expect(receiver.received).toHaveLength(4); // paused: no more attempts

    receiver.failNext(0);
    await new ResumeWebhookSubscriptionHandler(executor).execute(new ResumeWebhookSubscriptionCommand('arkiv', { principal: ADA }));
    await until(() => receiver.accepted().length >= 2, 'the deliveries after the resumption');
    expect(idsOf(receiver.accepted())).toEqual(['ksn', 'uh']);
    // The log entry is written after the receiver's answer arrives: wait for it, not only for the receiver.
    await until(() => current().log.page('arkiv', 5).length >= 2, 'the second delivery in the log');
    expect(current().log.page('arkiv', 5).map((d) => [d.status, d.attempts])).toEqual([['delivered', 1], ['delivered', 5]]);
  });

  it('Samsyn restarted in the middle of a retry: nothing acknowledged is sent again, nothing is lost, the order holds', async () => {
    const first = await start();
    await register({ eventTypes: ['StakeholderRegistered'] });
    await stakeholder('ksn');
    await until(() => receiver.accepted().length >= 1, 'the acknowledged delivery');
    receiver.failNext(1000);
    await stakeholder('uh');
    await stakeholder('ifn');
    await until(() => receiver.received.length >= 4, 'a few failed attempts');
    await first.stop(); // down while "uh" is being retried
    receiver.failNext(0);
    await start();
    await until(() => receiver.firstOfEach().length >= 3, 'the rest after the restart');
    await pauseFor(200);
    expect(idsOf(receiver.firstOfEach())).toEqual(['ksn', 'uh', 'ifn']);
    // Acknowledged before the restart: never sent again. At most the request in flight at the stop is repeated, under its id.
    expect(idsOf(receiver.received).filter((id) => id === 'ksn')).toHaveLength(1);
    expect(receiver.accepted().length - receiver.firstOfEach().length).toBeLessThanOrEqual(1);
    const uh = current().log.page('arkiv', 5).find((d) => d.position === (receiver.firstOfEach()[1].headers['samsyn-event-position'] as string))!;
    // The failed attempts logged before the restart count too (the one in flight at the stop is aborted, not logged).
    expect(uh.attempts).toBeGreaterThanOrEqual(3);
  });

  it('a stop while a receiver has the request but has not answered: posted again after the restart with the same delivery id (at least once)', async () => {
    const first = await start({ ...FAST, timeoutMs: 10_000 });
    await register({ eventTypes: ['StakeholderRegistered'] });
    receiver.hangNext(1);
    await stakeholder('ksn');
    await until(() => receiver.received.length >= 1, 'the request in flight');
    await first.stop();
    await start();
    await until(() => receiver.accepted().length >= 1, 'the delivery after the restart');
    expect(receiver.received.map((r) => r.answer)).toEqual(['hung', 204]);
    expect(receiver.received[0].headers['samsyn-delivery-id']).toBe(receiver.received[1].headers['samsyn-delivery-id']);
  });

  it('a new filter applies to events appended after it, a rotated secret signs the next delivery, a removal ends deliveries and erases the secret', async () => {
    await start();
    const sub = await register({ eventTypes: ['StakeholderRegistered'] });
    await stakeholder('ksn');
    await until(() => receiver.accepted().length >= 1, 'the first delivery');
    await new UpdateWebhookSubscriptionHandler(executor, FAST).execute(new UpdateWebhookSubscriptionCommand('arkiv', { filter: { eventTypes: ['TermDefined'] } }, { principal: ADA }));
    await stakeholder('uh');
    await term('lokal');
    await until(() => receiver.accepted().length >= 2, 'the term');
    expect(idsOf(receiver.accepted())).toEqual(['ksn', 'lokal']);

    const rotated = (await new RotateWebhookSecretHandler(executor, current(), systemClock).execute(new RotateWebhookSecretCommand('arkiv', { principal: ADA }))).resource as { secret: string };
    expect(rotated.secret).not.toBe(sub.secret);
    await term('plan');
    await until(() => receiver.accepted().length >= 3, 'the delivery after the rotation');
    const third = receiver.accepted()[2];
    const signed = { deliveryId: third.headers['samsyn-delivery-id'] as string, timestamp: third.headers['samsyn-timestamp'] as string, signature: third.headers['samsyn-signature'] as string };
    const now = Math.floor(Date.now() / 1000);
    expect([verifyWebhookSignature(rotated.secret, signed, third.body, now), verifyWebhookSignature(sub.secret, signed, third.body, now)]).toEqual([true, false]);

    await new RemoveWebhookSubscriptionHandler(executor).execute(new RemoveWebhookSubscriptionCommand('arkiv', { principal: ADA }));
    await term('sist');
    const secretsKept = () => (current().db.prepare('SELECT COUNT(*) AS n FROM webhook_secret').get() as { n: number }).n;
    await until(() => secretsKept() === 0, 'the secret erased');
    await pauseFor(200);
    expect(receiver.accepted()).toHaveLength(3);
  });

  it('refuses loopback and private addresses at connect time unless allowed, also behind a name', async () => {
    const post = (url: string, allowPrivateAddresses: boolean) => postWebhook({ url, headers: {}, body: '{}', timeoutMs: 2000, allowPrivateAddresses });
    expect(await post(receiver.url, false)).toEqual({ ok: false, status: null, error: '127.0.0.1 is a loopback, private or reserved address' });
    expect(await post(`http://localhost:${receiver.port}/hooks`, false)).toMatchObject({ ok: false, error: 'localhost resolves to a loopback, private or reserved address' });
    expect(receiver.received).toHaveLength(0);
    expect(await post(`http://localhost:${receiver.port}/hooks`, true)).toEqual({ ok: true, status: 204 });
  });
});
