import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import nodemailer from 'nodemailer';
import type { SamsynEvent } from '@samsyn/projections/projection';
import { sqliteProjectionStateStore } from '@samsyn/projections/state-store/sqlite-projection-state-store';
import { HistoryWriter } from '@samsyn/projections/testing/history-writer';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { startSmtpSink, type SmtpSink } from '../../../../../../../test/support/smtp-sink';
import { EmailNotifier } from './email-notifier';

const until = async (check: () => boolean, what: string, ms = 20_000) => {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const prefs = (principal: string, roles: unknown[], kinds: string[], language: 'sv' | 'en' = 'sv', email = true): SamsynEvent =>
  ({ type: 'NotificationPreferencesSet', data: { principal, kinds, email, language, roles } }) as SamsynEvent;
const address = (principal: string, a: string): SamsynEvent => ({ type: 'EmailAddressRegistered', data: { principal, address: a, registeredBy: 'ada' } });
const submitted = (id: string): SamsynEvent => ({
  type: 'ProposalSubmitted',
  data: {
    id, processId: 'LF-01', kind: 'change', submittedBy: 'anna', submitterStakeholder: 'ksn', stakeholder: null, baseRevision: 1, changes: [], rationale: 'r',
    requiredLevel: 'administration', reviewers: ['ksn', 'uh'], governingBody: 'obj', reviewDeadline: '2025-02-01T00:00:00.000Z', submittedAt: '2025-01-10T09:00:00.000Z',
  },
});
const escalated = (id: string): SamsynEvent => ({ type: 'ProposalEscalated', data: { id, fromBody: null, toBody: 'obj', toLevel: 'object', reason: 'rejected-in-review', by: 'system', motivation: 'm' } });

describe('e-mail notifications against a real SMTP server on loopback', () => {
  let dir: string;
  let smtp: SmtpSink;
  let store: ReturnType<typeof sqliteEventStore>;
  let w: HistoryWriter;
  const notifiers: EmailNotifier[] = [];
  const states: ReturnType<typeof sqliteProjectionStateStore>[] = [];

  const startNotifier = async (retry = { initialMs: 20, maxMs: 100 }) => {
    const state = sqliteProjectionStateStore({ path: path.join(dir, 'notifications.sqlite') });
    states.push(state);
    const transport = nodemailer.createTransport(smtp.url, { ignoreTLS: true } as never);
    const n = new EmailNotifier({ store, state, transport, from: 'Samsyn <samsyn@uppsala.se>', baseUrl: 'https://samsyn.uppsala.se/', retry });
    notifiers.push(n);
    await n.start();
    return n;
  };

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-mail-'));
    smtp = await startSmtpSink();
    store = sqliteEventStore({ path: path.join(dir, 'events.sqlite') });
    w = new HistoryWriter(store);
    await w.emit('body-obj', { type: 'GovernanceBodyEstablished', data: { id: 'obj', name: 'Objektstyrgruppen', level: 'object', parent: null, members: ['olle'] } });
    await w.emit('process-LF-01', {
      type: 'ProcessRegistered',
      data: { id: 'LF-01', name: 'Lokalbehovsanalys', owner: { principal: 'anna', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition: { purpose: 'p', participants: ['ksn', 'uh'], steps: {}, handovers: {} } },
    });
    await w.emit('recipient-rita', prefs('rita', [{ role: 'reviewer', stakeholder: 'ksn' }], ['review']));
    await w.emit('recipient-rita', address('rita', 'rita@uppsala.se'));
    await w.emit('recipient-ulf', prefs('ulf', [{ role: 'reviewer', stakeholder: 'uh' }], ['review'], 'en'));
    await w.emit('recipient-ulf', address('ulf', 'ulf@uppsalahem.se'));
    await w.emit('recipient-olle', prefs('olle', [], ['decision', 'review']));
    await w.emit('recipient-olle', address('olle', 'olle@uppsala.se'));
    // Anna wants her proposals' news, but no e-mail: she is told nothing by mail.
    await w.emit('recipient-anna', prefs('anna', [{ role: 'process-owner', stakeholder: 'ksn' }], ['own-proposal'], 'sv', false));
    await w.emit('recipient-anna', address('anna', 'anna@uppsala.se'));
  });
  afterEach(async () => {
    for (const n of notifiers.splice(0)) await n.stop();
    for (const s of states.splice(0)) s.close();
    await store.close();
    await smtp.close();
  });

  it('a submitted proposal mails each reviewer that wants it, in its language, with a link to the web application', async () => {
    await startNotifier();
    await w.emit('proposal-P-1', submitted('P-1'));
    await until(() => smtp.received.length >= 2, 'two mails');
    const byTo = Object.fromEntries(smtp.received.map((m) => [m.to[0], m]));
    expect(Object.keys(byTo).sort()).toEqual(['rita@uppsala.se', 'ulf@uppsalahem.se']);
    expect(byTo['rita@uppsala.se'].subject).toBe('Yttrande begärt: P-1 (LF-01)');
    expect(byTo['rita@uppsala.se'].raw).toContain('https://samsyn.uppsala.se/app/proposals/P-1');
    expect(byTo['ulf@uppsalahem.se'].subject).toBe('Review requested: P-1 (LF-01)');
    // olle asked for reviews too, but reviews for no organisation; anna turned e-mail off.
    await w.emit('proposal-P-1', escalated('P-1'));
    await until(() => smtp.received.length >= 3, 'the decision mail');
    expect(smtp.received[2]).toMatchObject({ to: ['olle@uppsala.se'], subject: 'Beslut begärt: P-1 (LF-01)' });
    expect(smtp.received[2].raw).toContain('utanf'); // outside the mandate, said in Swedish
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.received).toHaveLength(3);
  });

  it('a server that refuses for a while: retried with backoff, delivered once each, in order', async () => {
    smtp.failNext(3);
    await startNotifier();
    await w.emit('proposal-P-1', submitted('P-1'));
    await w.emit('proposal-P-1', escalated('P-1'));
    await until(() => smtp.received.length >= 3, 'three mails');
    expect(smtp.refusedCount()).toBe(3);
    expect(smtp.received.map((m) => m.subject)).toEqual(['Yttrande begärt: P-1 (LF-01)', 'Review requested: P-1 (LF-01)', 'Beslut begärt: P-1 (LF-01)']);
  });

  it('a restart in the middle of a retry: nothing acknowledged is sent again, nothing is lost, same Message-ID', async () => {
    const first = await startNotifier({ initialMs: 50, maxMs: 50 });
    await w.emit('proposal-P-1', submitted('P-1'));
    await until(() => smtp.received.length >= 2, 'the review mails');
    smtp.failNext(1000);
    await w.emit('proposal-P-1', escalated('P-1'));
    await until(() => smtp.refusedCount() >= 2, 'a few refusals');
    await first.stop(); // Samsyn goes down while the decision mail is being retried
    smtp.failNext(0);
    await startNotifier();
    await until(() => smtp.received.length >= 3, 'the decision mail after the restart');
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.received.map((m) => m.to[0])).toEqual(['rita@uppsala.se', 'ulf@uppsalahem.se', 'olle@uppsala.se']);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(3);
    expect(smtp.received[2].messageId).toMatch(/^<samsyn-\d+-olle@samsyn>$/);
  });
});
