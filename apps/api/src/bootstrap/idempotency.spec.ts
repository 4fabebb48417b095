import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { proposalStream } from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { seedDemo } from '@samsyn/application/demo/seed-demo';
import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';
import { IdempotencyKeyReusedError } from '@samsyn/application/idempotency';
import { samsynApplication, type SamsynApplication } from './samsyn-application';

const submission = (value: string) => ({ baseRevision: 1, rationale: 'r', changes: [{ op: 'add' as const, path: '/steps/mata/description', value }] });
const keyed = (key: string, requestHash: string) => ({ principal: PEOPLE.eva, now: '2026-01-10T10:00:00.000Z', idempotencyKey: key, requestHash });

/** Issue 10 item 8 below HTTP: a keyed submission (whose proposal id the server picks) replays its
 * first answer from the store alone — after a restart too — and a reused key is refused. */
describe('idempotent submissions: replayed from the store, reuse refused', () => {
  let dir: string;
  let store: EventStore;
  let app: SamsynApplication;
  const file = () => path.join(dir, 'events.sqlite');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-idem-'));
    store = sqliteEventStore({ path: file() });
    app = samsynApplication(store);
    await seedDemo(app);
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a retry after a restart answers the first proposal (its id, status, revision), appending nothing', async () => {
    const first = await app.submitProposal('FF-05', submission('x'), keyed('k-restart', 'h1'));
    expect(first.resource.id).not.toBe('');
    await store.close();
    store = sqliteEventStore({ path: file() });
    app = samsynApplication(store);
    const head = await store.headPosition();
    const retry = await app.submitProposal('FF-05', submission('x'), keyed('k-restart', 'h1'));
    expect(retry.replayed).toBe(true);
    expect(retry.resource).toEqual(first.resource);
    expect(retry.revision).toBe(first.revision);
    expect(retry.streamId).toBe(proposalStream(first.resource.id));
    expect(await store.headPosition()).toBe(head);
  });

  it('the same key with another fingerprint is refused before anything is decided', async () => {
    const head = await store.headPosition();
    await expect(app.submitProposal('FF-05', submission('y'), keyed('k-restart', 'h2'))).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    await expect(app.reviewProposal('P-009', { stakeholder: 'utbn', verdict: 'accept', comment: 'x' }, keyed('k-restart', 'h3'))).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await store.headPosition()).toBe(head);
  });

  it('two identical submissions in flight write one proposal and both answer it', async () => {
    const head = (await store.headPosition())!;
    const [a, b] = await Promise.all([
      app.submitProposal('FF-05', submission('z'), keyed('k-race', 'hr')),
      app.submitProposal('FF-05', submission('z'), keyed('k-race', 'hr')),
    ]);
    expect(a.resource.id).toBe(b.resource.id);
    expect(a.resource.status).toBe('submitted');
    expect(b.resource).toEqual(a.resource);
    expect(await store.headPosition()).toBe(head + 1n);
  });
});
