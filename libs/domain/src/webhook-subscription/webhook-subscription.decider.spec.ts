import { ErrorCodes, SYSTEM_PRINCIPAL, type Principal } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import type { PauseWebhookSubscription, RegisterWebhookSubscription, UpdateWebhookSubscription, WebhookSubscriptionCommand } from './webhook-subscription.commands';
import { webhookSubscriptionDecider } from './webhook-subscription.decider';
import type { WebhookFailure, WebhookSubscriptionEvent } from './webhook-subscription.events';
import { matchesWebhookFilter } from './webhook-filter';
import { webhookSubscriptionStream } from './webhook-subscription.stream';

const spec = DeciderSpecification.for(webhookSubscriptionDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const ADA: Principal = { id: 'ada', roles: [{ role: 'admin' }] };
const ANNA: Principal = { id: 'anna', roles: [{ role: 'process-owner', stakeholder: 'ksn' }] };
const as = (principal: Principal) => ({ principal, now: NOW });

const register = (data: Partial<RegisterWebhookSubscription['data']> = {}, principal = ADA): RegisterWebhookSubscription => ({
  type: 'RegisterWebhookSubscription',
  data: { id: 'arkiv', url: 'https://arkiv.uppsala.se/samsyn', filter: { eventTypes: ['ProcessRevised'] }, secretRef: 'ref-1', allowPrivateAddresses: false, ...data },
  context: as(principal),
});
const update = (data: Partial<UpdateWebhookSubscription['data']>, principal = ADA): UpdateWebhookSubscription => ({
  type: 'UpdateWebhookSubscription',
  data: { id: 'arkiv', allowPrivateAddresses: false, ...data },
  context: as(principal),
});
const command = (type: 'ResumeWebhookSubscription' | 'RemoveWebhookSubscription', principal = ADA): WebhookSubscriptionCommand => ({ type, data: { id: 'arkiv' }, context: as(principal) });
const adminPause = (note?: string, principal = ADA): PauseWebhookSubscription => ({ type: 'PauseWebhookSubscription', data: { id: 'arkiv', reason: 'admin', note }, context: as(principal) });
const failure: WebhookFailure = { position: '42', eventType: 'ProcessRevised', attempts: 20, since: '2026-03-01T08:00:00.000Z', lastError: 'HTTP 503' };
const failingPause = (principal: Principal = SYSTEM_PRINCIPAL, f: unknown = failure): PauseWebhookSubscription =>
  ({ type: 'PauseWebhookSubscription', data: { id: 'arkiv', reason: 'failing', failure: f }, context: as(principal) }) as PauseWebhookSubscription;

const registered: WebhookSubscriptionEvent = {
  type: 'WebhookSubscriptionRegistered',
  data: { id: 'arkiv', url: 'https://arkiv.uppsala.se/samsyn', filter: { eventTypes: ['ProcessRevised'], streamPrefixes: [] }, description: null, secretRef: 'ref-1', registeredBy: 'ada' },
};
const paused: WebhookSubscriptionEvent = { type: 'WebhookSubscriptionPaused', data: { id: 'arkiv', reason: 'failing', note: null, failure, pausedBy: 'system' } };
const removed: WebhookSubscriptionEvent = { type: 'WebhookSubscriptionRemoved', data: { id: 'arkiv', removedBy: 'ada' } };

describe('WebhookSubscription decider', () => {
  describe('register', () => {
    it('an admin registers a URL, a filter and the reference of its secret (never the secret)', () => spec.given([]).when(register()).then([registered]));
    it('keeps the URL in normal form, the filter entries once each, the description trimmed', () =>
      spec
        .given([])
        .when(register({ url: ' HTTPS://Arkiv.Uppsala.se/a b ', filter: { eventTypes: ['ProcessRevised', 'ProcessRevised'], streamPrefixes: ['process-LF'] }, description: '  Arkivet  ' }))
        .thenEvents((e) => expect(e[0].data).toMatchObject({ url: 'https://arkiv.uppsala.se/a%20b', filter: { eventTypes: ['ProcessRevised'], streamPrefixes: ['process-LF'] }, description: 'Arkivet' })));
    it('refuses anyone but an admin', () => spec.given([]).when(register({}, ANNA)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses an id already taken, also by a removed subscription', () => {
      spec.given([registered]).when(register()).thenThrows(ErrorCodes.ALREADY_EXISTS);
      spec.given([registered, removed]).when(register()).thenThrows(ErrorCodes.ALREADY_EXISTS);
    });
    it.each([
      ['ftp://arkiv.uppsala.se/', 'http or https'],
      ['https://user:pw@arkiv.uppsala.se/', 'credentials'],
      ['https://arkiv.uppsala.se/#x', 'fragment'],
      ['not a url', 'absolute URL'],
      ['', 'non-empty'],
      [`https://arkiv.uppsala.se/${'x'.repeat(2048)}`, 'at most 2048'],
      ['http://127.0.0.1:8080/hook', 'private'],
      ['http://localhost/hook', 'private'],
      ['http://10.1.2.3/hook', 'private'],
      ['http://169.254.169.254/latest/meta-data', 'private'],
      ['http://[::1]/hook', 'private'],
      ['http://[::ffff:192.168.0.1]/hook', 'private'],
      ['http://2130706433/hook', 'private'], // 127.0.0.1 written as a number
    ])('refuses the URL %p (%s)', (url, why) => spec.given([]).when(register({ url })).thenThrows(ErrorCodes.INVALID_INPUT, why));
    it('allows loopback and private addresses when the server does', () =>
      spec.given([]).when(register({ url: 'http://127.0.0.1:8080/hook', allowPrivateAddresses: true })).thenEvents((e) => expect(e[0].data).toMatchObject({ url: 'http://127.0.0.1:8080/hook' })));
    it.each([
      [{}, 'needs eventTypes, streamPrefixes or both'],
      [{ eventTypes: ['NoSuchEvent'] }, 'unknown event type NoSuchEvent'],
      [{ eventTypes: ['WebhookSubscriptionPaused'] }, 'never delivered'],
      [{ streamPrefixes: ['webhook-subscription-'] }, 'never delivered'],
      [{ streamPrefixes: [''] }, '1 to 200'],
      [{ eventTypes: 'ProcessRevised' }, 'array'],
      [{ eventTypes: Array.from({ length: 51 }, () => 'ProcessRevised') }, 'at most 50'],
    ])('refuses the filter %p', (filter, why) => spec.given([]).when(register({ filter: filter as never })).thenThrows(ErrorCodes.INVALID_INPUT, why));
    it('refuses a missing secret reference and a description too long', () => {
      spec.given([]).when(register({ secretRef: '' })).thenThrows(ErrorCodes.INVALID_INPUT, 'secretRef');
      spec.given([]).when(register({ description: 'x'.repeat(501) })).thenThrows(ErrorCodes.INVALID_INPUT, 'description');
    });
  });

  describe('update and rotate', () => {
    it('records the URL, filter and description as they now are', () =>
      spec.given([registered]).when(update({ url: 'https://ny.uppsala.se/hook' })).then([
        { type: 'WebhookSubscriptionUpdated', data: { id: 'arkiv', url: 'https://ny.uppsala.se/hook', filter: registered.data.filter as never, description: null, updatedBy: 'ada' } },
      ]));
    it('appends nothing when nothing changes', () => spec.given([registered]).when(update({ url: 'https://arkiv.uppsala.se/samsyn', filter: { eventTypes: ['ProcessRevised'] } })).then([]));
    it('refuses an update that names nothing, a bad URL, a non-admin, an unknown or removed subscription', () => {
      spec.given([registered]).when(update({})).thenThrows(ErrorCodes.INVALID_INPUT, 'give url, filter or description');
      spec.given([registered]).when(update({ url: 'http://192.168.1.1/' })).thenThrows(ErrorCodes.INVALID_INPUT, 'private');
      spec.given([registered]).when(update({ url: 'https://x.se/' }, ANNA)).thenThrows(ErrorCodes.NOT_ALLOWED);
      spec.given([]).when(update({ url: 'https://x.se/' })).thenThrows(ErrorCodes.NOT_FOUND);
      spec.given([registered, removed]).when(update({ url: 'https://x.se/' })).thenThrows(ErrorCodes.NOT_FOUND);
    });
    it('rotates the secret to a new reference', () =>
      spec.given([registered]).when({ type: 'RotateWebhookSecret', data: { id: 'arkiv', secretRef: 'ref-2' }, context: as(ADA) }).then([
        { type: 'WebhookSecretRotated', data: { id: 'arkiv', secretRef: 'ref-2', rotatedBy: 'ada' } },
      ]));
  });

  describe('pause, resume, remove', () => {
    it('an admin pauses with a note', () =>
      spec.given([registered]).when(adminPause(' Mottagaren byggs om ')).then([
        { type: 'WebhookSubscriptionPaused', data: { id: 'arkiv', reason: 'admin', note: 'Mottagaren byggs om', failure: null, pausedBy: 'ada' } },
      ]));
    it('the dispatcher, as the system, pauses a failing subscription and says why', () => spec.given([registered]).when(failingPause()).then([paused]));
    it('nobody else may claim it is failing, not even an admin', () => {
      spec.given([registered]).when(failingPause(ADA)).thenThrows(ErrorCodes.NOT_ALLOWED);
      spec.given([registered]).when(adminPause(undefined, ANNA)).thenThrows(ErrorCodes.NOT_ALLOWED);
      spec.given([registered]).when(adminPause(undefined, SYSTEM_PRINCIPAL)).thenThrows(ErrorCodes.NOT_ALLOWED);
    });
    it('refuses a failure that does not say what failed', () =>
      spec.given([registered]).when(failingPause(SYSTEM_PRINCIPAL, { ...failure, attempts: 0 })).thenThrows(ErrorCodes.INVALID_INPUT, 'failure'));
    it('refuses an unknown reason', () =>
      spec.given([registered]).when({ ...adminPause(), data: { id: 'arkiv', reason: 'bored' } } as never).thenThrows(ErrorCodes.INVALID_INPUT, 'reason'));
    it('pausing a paused subscription appends nothing', () => spec.given([registered, paused]).when(adminPause()).then([]));
    it('an admin resumes a paused one; resuming an active one appends nothing', () => {
      spec.given([registered, paused]).when(command('ResumeWebhookSubscription')).then([{ type: 'WebhookSubscriptionResumed', data: { id: 'arkiv', resumedBy: 'ada' } }]);
      spec.given([registered]).when(command('ResumeWebhookSubscription')).then([]);
      spec.given([registered, paused]).when(command('ResumeWebhookSubscription', ANNA)).thenThrows(ErrorCodes.NOT_ALLOWED);
    });
    it('an admin removes it; after that it is gone for every command', () => {
      spec.given([registered, paused]).when(command('RemoveWebhookSubscription')).then([removed]);
      spec.given([registered, removed]).when(command('RemoveWebhookSubscription')).thenThrows(ErrorCodes.NOT_FOUND);
      spec.given([registered, removed]).when(command('ResumeWebhookSubscription')).thenThrows(ErrorCodes.NOT_FOUND);
      spec.given([registered, removed]).when(adminPause()).thenThrows(ErrorCodes.NOT_FOUND);
      spec.given([registered]).when(command('RemoveWebhookSubscription', ANNA)).thenThrows(ErrorCodes.NOT_ALLOWED);
    });
    it('refuses a command without an id', () => spec.given([]).when({ type: 'RemoveWebhookSubscription', data: { id: ' ' }, context: as(ADA) }).thenThrows(ErrorCodes.INVALID_INPUT, 'id'));
  });

  it('folds status and why it is paused', () => {
    const s = [registered, paused].reduce(webhookSubscriptionDecider.evolve, webhookSubscriptionDecider.initialState());
    expect(s).toMatchObject({ id: 'arkiv', status: 'paused', secretRef: 'ref-1', paused: { reason: 'failing', failure } });
    expect(webhookSubscriptionDecider.evolve(s, { type: 'WebhookSubscriptionResumed', data: { id: 'arkiv', resumedBy: 'ada' } })).toMatchObject({ status: 'active', paused: null });
  });

  it('a filter matches by type and prefix together, never the subscriptions’ own stream', () => {
    const f = { eventTypes: ['ProcessRevised'], streamPrefixes: ['process-LF'] };
    expect(matchesWebhookFilter(f, { type: 'ProcessRevised', streamId: 'process-LF-01' })).toBe(true);
    expect(matchesWebhookFilter(f, { type: 'ProcessRevised', streamId: 'process-VA-01' })).toBe(false);
    expect(matchesWebhookFilter(f, { type: 'ProcessRegistered', streamId: 'process-LF-01' })).toBe(false);
    expect(matchesWebhookFilter({ eventTypes: [], streamPrefixes: ['w'] }, { type: 'WebhookSubscriptionPaused', streamId: webhookSubscriptionStream('x') })).toBe(false);
  });
});
