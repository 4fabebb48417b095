import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headPublisher, loadOrCreateSigningKey, signHead, storeProofs } from '@samsyn/audit-proofs';
import { TREE_HEAD_STREAM } from '@samsyn/domain/audit';
import { rewriteHistory, sqliteEventStore } from '@samsyn/store-sqlite';
import { writeScenario } from '@samsyn/projections/testing/scenario';
import { runCli as cli } from './testing/run-cli';

/** Setup writes a history, one fsync per event: generous on a busy machine (never a timing assertion). */
const SETUP_TIMEOUT_MS = 60_000;
jest.setTimeout(SETUP_TIMEOUT_MS);

/** Signed heads at every size 1..n of the store as it is: what the heads outlet would have kept with
 * a head per event. */
async function headsAtEverySize(dir: string): Promise<string> {
  const store = sqliteEventStore({ path: join(dir, 'events.sqlite') });
  try {
    const key = loadOrCreateSigningKey(dir);
    const proofs = storeProofs(store);
    const lines: string[] = [];
    for (let n = 1n; n <= (await proofs.treeSize()); n++) lines.push(JSON.stringify(await proofs.signedHead(key.privateKey, '2026-01-01T00:00:00.000Z', n)));
    return lines.join('\n') + '\n';
  } finally {
    await store.close();
  }
}

async function appendMore(dir: string, n: number): Promise<void> {
  const store = sqliteEventStore({ path: join(dir, 'events.sqlite') });
  for (let i = 0; i < n; i++) await store.append('later', [{ type: 'Later', schemaVersion: 1, data: { i }, metadata: { actor: 'a', occurredAt: '2026-01-01T00:00:00.000Z', correlationId: 'c', causationId: null } }], { expectedRevision: 'any' });
  await store.close();
}

describe('samsyn digest, verify --against, prove, public-key', () => {
  let dir: string;
  let saved: { treeSize: number; rootHash: string };
  const file = (name: string) => join(dir, name);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-audit-'));
    const store = sqliteEventStore({ path: file('events.sqlite') });
    await writeScenario(store);
    await store.close();
    expect((await cli(dir, 'public-key', '--out', 'key.pem')).code).toBe(0);
    const d = await cli(dir, 'digest', '--out', 'head.json');
    expect(d.code).toBe(0);
    saved = JSON.parse(readFileSync(file('head.json'), 'utf8'));
    await appendMore(dir, 7);
  }, SETUP_TIMEOUT_MS);
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an honest store extends the saved head: exit 0', async () => {
    const r = await cli(dir, 'verify', '--against', 'head.json', '--public-key', 'key.pem');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^ok: the store \\(${saved.treeSize + 7} events, root [0-9a-f]{64}\\) extends the signed head up to size ${saved.treeSize}`));
  });

  it('the full-rewrite attack (one event changed, every later hash and the stored tree recomputed) passes verify but not verify --against', async () => {
    writeFileSync(file('heads.jsonl'), await headsAtEverySize(dir));
    const attacked = 5n;
    rewriteHistory(file('events.sqlite')).editEventData(attacked, { id: 'VA-01', name: 'Forged decision' });

    expect((await cli(dir, 'verify')).code).toBe(0); // the chain alone is fooled

    const one = await cli(dir, 'verify', '--against', 'head.json', '--public-key', 'key.pem', '--json');
    expect(one.code).toBe(1);
    const report = JSON.parse(one.out);
    expect(report.failures).toEqual(expect.arrayContaining([
      { code: 'HISTORY_REWRITTEN', treeSize: saved.treeSize, firstPosition: 1, lastPosition: saved.treeSize },
      { code: 'CONSISTENCY_PROOF_INVALID', treeSize: saved.treeSize },
    ]));

    // With the heads the outlet kept (one per event here), the rewrite is named at its position.
    const every = await cli(dir, 'verify', '--against', 'heads.jsonl', '--public-key', 'key.pem');
    expect(every.code).toBe(1);
    expect(every.out).toContain(`FAILED: history was rewritten at position ${attacked}:`);
  });

  it('a forged signature, a head signed with another key and a bad file are refused', async () => {
    const head = JSON.parse(readFileSync(file('head.json'), 'utf8'));
    writeFileSync(file('forged.json'), JSON.stringify({ ...head, rootHash: 'ab'.repeat(32) }));
    const forged = await cli(dir, 'verify', '--against', 'forged.json', '--public-key', 'key.pem');
    expect(forged.code).toBe(1);
    expect(forged.out).toContain(`FAILED: the signature of the head of size ${head.treeSize} does not verify with the public key`);

    const other = generateKeyPairSync('ed25519');
    writeFileSync(file('other.json'), JSON.stringify(signHead(other.privateKey, head)));
    expect((await cli(dir, 'verify', '--against', 'other.json', '--public-key', 'key.pem')).code).toBe(1);

    writeFileSync(file('bad.json'), '{"treeSize": -1}');
    const bad = await cli(dir, 'verify', '--against', 'bad.json', '--public-key', 'key.pem');
    expect(bad).toMatchObject({ code: 2, out: '' });
    expect(bad.err).toMatch(/^samsyn: bad.json: head 1: treeSize must be a whole number/);
  });

  it('a truncated log is refused', async () => {
    rewriteHistory(file('events.sqlite')).truncate(BigInt(saved.treeSize - 3));
    const r = await cli(dir, 'verify', '--against', 'head.json', '--public-key', 'key.pem');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`FAILED: the store holds ${saved.treeSize - 3} events but a signed head commits to ${saved.treeSize}: history was truncated`);
  });

  it('a log forked after the saved head is refused by a later head, and placed after the earlier one', async () => {
    // The auditor kept the first head and a later one (taken after the 7 appends).
    expect((await cli(dir, 'digest', '--out', 'later.json')).code).toBe(0);
    const later = JSON.parse(readFileSync(file('later.json'), 'utf8'));
    writeFileSync(file('both.jsonl'), `${JSON.stringify(saved)}\n${JSON.stringify(later)}\n`);
    rewriteHistory(file('events.sqlite')).editEventData(BigInt(saved.treeSize + 2), { i: 'forked' });
    const r = await cli(dir, 'verify', '--against', 'both.jsonl', '--public-key', 'key.pem', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).failures).toContainEqual({ code: 'HISTORY_REWRITTEN', treeSize: later.treeSize, firstPosition: saved.treeSize + 1, lastPosition: later.treeSize });
    expect((await cli(dir, 'verify', '--against', 'head.json', '--public-key', 'key.pem')).code).toBe(0); // the earlier head alone cannot see it
  });

  it('the heads the log published (signed with the key) place a rewrite after the saved head between two of them', async () => {
    const store = sqliteEventStore({ path: file('events.sqlite') });
    const key = loadOrCreateSigningKey(dir);
    const publisher = headPublisher({ store, signingKey: () => key.privateKey, now: () => '2026-01-01T00:00:00.000Z', policy: { everyEvents: 3, everyMs: 0 }, outlets: [] });
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 3; i++) await store.append('more', [{ type: 'More', schemaVersion: 1, data: { round, i }, metadata: { actor: 'a', occurredAt: '2026-01-01T00:00:00.000Z', correlationId: 'c', causationId: null } }], { expectedRevision: 'any' });
      await publisher.tick();
    }
    const sizes = (await store.readStream(TREE_HEAD_STREAM)).map((e) => (e.data as { treeSize: number }).treeSize);
    await store.close();
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    const honest = await cli(dir, 'verify', '--against', 'head.json', '--public-key', 'key.pem');
    expect(honest.out).toContain(`and the ${sizes.length} heads it published`);

    const attacked = sizes[1] + 2; // after the saved head, between the second and third published head
    rewriteHistory(file('events.sqlite')).editEventData(BigInt(attacked), { forged: true });
    const r = await cli(dir, 'verify', '--against', 'head.json', '--public-key', 'key.pem', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).failures).toContainEqual({ code: 'HISTORY_REWRITTEN', treeSize: sizes[2], firstPosition: sizes[1] + 1, lastPosition: sizes[2] });
  });

  it('prove prints the event, its inclusion proof and a signed head; bad positions are one line', async () => {
    const r = await cli(dir, 'prove', '3');
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out);
    expect(p.event.position).toBe('3');
    expect(JSON.parse(p.inclusion.leafInput)).toMatchObject({ position: '3', id: p.event.id, type: p.event.type });
    expect(p.head).toMatchObject({ treeSize: p.inclusion.treeSize, rootHash: p.inclusion.rootHash });
    for (const bad of ['0', 'x', '100000']) {
      const b = await cli(dir, 'prove', bad);
      expect(b.code).toBe(2);
      expect(b.err).toMatch(/^samsyn: /);
    }
  });
});
