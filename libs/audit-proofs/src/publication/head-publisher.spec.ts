import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteEventStore, type SqliteEventStore } from '@samsyn/store-sqlite';
import { TREE_HEAD_STREAM } from '@samsyn/domain/audit';
import { verifyHeadSignature } from '../heads/signed-head';
import { verifyAgainstHeads } from '../service/verify-against';
import { fileOutlet } from './head-outlets';
import { headPublisher } from './head-publisher';

// Appends sync to disk one by one: generous on a busy machine (never a timing assertion).
jest.setTimeout(60_000);

const ev = (i: number) => ({ type: 'Tested', schemaVersion: 1, data: { i }, metadata: { actor: 'a', occurredAt: '2026-01-01T00:00:00.000Z', correlationId: 'c', causationId: null } });

describe('Signed head publication (every N events or T minutes, as an event and to a file)', () => {
  let dir: string;
  let store: SqliteEventStore;
  let now: string;
  const key = generateKeyPairSync('ed25519');
  const outlet = () => join(dir, 'out', 'signed-heads.jsonl');
  const publisher = () =>
    headPublisher({ store, signingKey: () => key.privateKey, now: () => now, policy: { everyEvents: 5, everyMs: 10 * 60_000 }, outlets: [fileOutlet(outlet())] });
  const write = async (n: number) => {
    for (let i = 0; i < n; i++) await store.append('s', [ev(i)], { expectedRevision: 'any' });
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-heads-'));
    store = sqliteEventStore({ path: join(dir, 'events.sqlite') });
    now = '2026-03-01T10:00:00.000Z';
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the first head, then after N events, then after T with growth, each in the log and in the file', async () => {
    const p = publisher();
    await write(3);
    expect((await p.tick())?.treeSize).toBe(3);
    expect(await p.tick()).toBeNull(); // its own event is not growth
    await write(4);
    expect(await p.tick()).toBeNull(); // 4 < 5 since the head
    await write(1);
    expect((await p.tick())?.treeSize).toBe(9); // 3 + head + 5
    await write(1);
    now = '2026-03-01T10:11:00.000Z';
    expect((await p.tick())?.treeSize).toBe(11);

    const inLog = await store.readStream(TREE_HEAD_STREAM);
    expect(inLog.map((e) => (e.data as { treeSize: number }).treeSize)).toEqual([3, 9, 11]);
    const inFile = readFileSync(outlet(), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(inFile).toEqual(inLog.map((e) => e.data));
    for (const h of inFile) expect(verifyHeadSignature(key.publicKey, h)).toBe(true);
    // What the outlet kept is what verify --against takes.
    expect((await verifyAgainstHeads(store, inFile, key.publicKey)).ok).toBe(true);
  });

  it('two publishers on one store publish a due head once', async () => {
    await write(2);
    const [a, b] = await Promise.all([publisher().tick(), publisher().tick()]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(await store.readStream(TREE_HEAD_STREAM)).toHaveLength(1);
  });
});
