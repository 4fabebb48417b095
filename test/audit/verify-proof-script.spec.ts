import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hashFromHex, loadOrCreateSigningKey, storeProofs, verifyConsistency, verifyEventInclusion, verifyHeadSignature, type SignedTreeHead } from '@samsyn/audit-proofs';
import { canonicalJson } from '@samsyn/event-store';
import { rewriteHistory, sqliteEventStore } from '@samsyn/store-sqlite';
import { writeScenario } from '@samsyn/projections/testing/scenario';
import { runCli } from '../../apps/cli/src/testing/run-cli';

/** Setup writes a history, one fsync per event: generous on a busy machine (never a timing assertion). */
const SETUP_TIMEOUT_MS = 60_000;
jest.setTimeout(SETUP_TIMEOUT_MS);

const SCRIPT = resolve(__dirname, '../../docs/verify-proof.py');

/** docs/verify-proof.py (Python standard library + openssl) against our own verifier. */
describe('the independent verifier script agrees with ours', () => {
  let dir: string;
  const file = (n: string) => join(dir, n);
  const script = (...args: string[]) => spawnSync('python3', [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });
  const save = (name: string, value: unknown) => writeFileSync(file(name), JSON.stringify(value));
  const key = () => loadOrCreateSigningKey(dir).publicKey;

  const ours = {
    inclusion(doc: { inclusion: Record<string, never>; head: SignedTreeHead; event: Record<string, unknown> }): boolean {
      const i = doc.inclusion as unknown as { leafIndex: number; treeSize: number; leafInput: string; proof: string[] };
      const content = JSON.parse(i.leafInput);
      const sameEvent = canonicalJson(content.data) === canonicalJson(doc.event.data) && content.id === doc.event.id;
      return sameEvent && i.treeSize === doc.head.treeSize && verifyHeadSignature(key(), doc.head) &&
        verifyEventInclusion(BigInt(i.leafIndex), BigInt(i.treeSize), i.leafInput, i.proof.map((p) => hashFromHex(p)!), hashFromHex(doc.head.rootHash)!);
    },
    consistency(doc: { from: number; to: number; proof: string[] }, old: SignedTreeHead, now: SignedTreeHead): boolean {
      return verifyHeadSignature(key(), old) && verifyHeadSignature(key(), now) &&
        verifyConsistency(BigInt(old.treeSize), BigInt(now.treeSize), hashFromHex(old.rootHash)!, hashFromHex(now.rootHash)!, doc.proof.map((p) => hashFromHex(p)!));
    },
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-script-'));
    const store = sqliteEventStore({ path: file('events.sqlite') });
    await writeScenario(store);
    await store.close();
    expect((await runCli(dir, 'public-key', '--out', 'key.pem')).code).toBe(0);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('inclusion: accepts a proof from samsyn prove; refuses an edited event, a forged path and a forged head', async () => {
    const proved = await runCli(dir, 'prove', '6', '--out', 'proof.json');
    expect(proved.code).toBe(0);
    const doc = JSON.parse(readFileSync(file('proof.json'), 'utf8'));
    const cases: Array<[string, unknown, boolean]> = [
      ['valid', doc, true],
      ['edited event', { ...doc, event: { ...doc.event, data: { forged: true } } }, false],
      ['edited leaf', { ...doc, inclusion: { ...doc.inclusion, leafInput: doc.inclusion.leafInput.replace('"type":', '"forged":1,"type":') } }, false],
      ['forged path', { ...doc, inclusion: { ...doc.inclusion, proof: [('0'.repeat(64)), ...doc.inclusion.proof.slice(1)] } }, false],
      ['forged head', { ...doc, head: { ...doc.head, timestamp: '2020-01-01T00:00:00.000Z' } }, false],
    ];
    for (const [what, value, valid] of cases) {
      save(`${what}.json`, value);
      const r = script('inclusion', `${what}.json`, '--public-key', 'key.pem');
      expect({ what, code: r.status, ours: ours.inclusion(value as never) }).toEqual({ what, code: valid ? 0 : 1, ours: valid });
      expect(r.stdout).toMatch(valid ? /^OK: event at position 6 / : /^FAILED: /);
    }
  });

  it('consistency: accepts a later head that extends a saved one; refuses it once history was rewritten', async () => {
    const store = sqliteEventStore({ path: file('events.sqlite') });
    const signer = loadOrCreateSigningKey(dir);
    const proofs = storeProofs(store);
    const old = await proofs.signedHead(signer.privateKey, '2026-01-01T00:00:00.000Z', 9n);
    const now = await proofs.signedHead(signer.privateKey, '2026-01-02T00:00:00.000Z');
    const proof = await proofs.consistency(9n, BigInt(now.treeSize));
    await store.close();
    save('old.json', old);
    save('now.json', now);
    save('consistency.json', proof);
    const ok = script('consistency', 'consistency.json', '--old', 'old.json', '--new', 'now.json', '--public-key', 'key.pem');
    expect({ code: ok.status, out: ok.stdout.trim() }).toEqual({ code: 0, out: `OK: the signed tree of ${now.treeSize} extends the signed tree of 9` });
    expect(ours.consistency(proof, old, now)).toBe(true);

    rewriteHistory(file('events.sqlite')).editEventData(4n, { forged: true });
    const after = sqliteEventStore({ path: file('events.sqlite') });
    const rewritten = storeProofs(after);
    const nowForged = await rewritten.signedHead(signer.privateKey, '2026-01-03T00:00:00.000Z');
    const forgedProof = await rewritten.consistency(9n, BigInt(nowForged.treeSize));
    await after.close();
    save('now-forged.json', nowForged);
    save('consistency-forged.json', forgedProof);
    const refused = script('consistency', 'consistency-forged.json', '--old', 'old.json', '--new', 'now-forged.json', '--public-key', 'key.pem');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/^FAILED: the tree of \d+ does not extend the tree of 9/);
    expect(ours.consistency(forgedProof, old, nowForged)).toBe(false);
  });
});

describe('the evidence pack checks on its own', () => {
  let dir: string;
  let marks: Record<string, bigint>;
  const file = (n: string) => join(dir, n);
  const script = (...args: string[]) => spawnSync('python3', [SCRIPT, ...args], { cwd: dir, encoding: 'utf8' });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-pack-'));
    const store = sqliteEventStore({ path: file('events.sqlite') });
    marks = (await writeScenario(store)).marks;
    await store.close();
    expect((await runCli(dir, 'public-key', '--out', 'key.pem')).code).toBe(0);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('samsyn evidence writes the story with a proof per entry; the script accepts it and refuses an edited entry', async () => {
    const r = await runCli(dir, 'evidence', 'VA-01', '--out', 'pack.html');
    expect(r.code).toBe(0);
    const html = readFileSync(file('pack.html'), 'utf8');
    for (const heading of ['Bevispaket', 'Evidence pack', 'Granskning', 'Eskalerat', 'Beslut', 'Harmoniseringsstatus över tid', 'Bilaga: inklusionsbevis', '@media print']) expect(html).toContain(heading);
    const ok = script('evidence', 'pack.html', '--public-key', 'key.pem');
    expect({ code: ok.status, out: ok.stdout }).toEqual({ code: 0, out: expect.stringMatching(/^OK: all \d+ entries are in the signed tree of \d+/) });

    // Someone edits a motivation in the pack's data: the leaf no longer matches.
    const forged = html.replace(/("motivation":")([^"]*)(")/, '$1Forged$3');
    expect(forged).not.toBe(html);
    writeFileSync(file('forged.html'), forged);
    const refused = script('evidence', 'forged.html', '--public-key', 'key.pem');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/^FAILED: entry at position \d+: the event's data is not what the leaf commits to/);

    expect((await runCli(dir, 'evidence', 'NO-SUCH')).code).toBe(2);
    const early = await runCli(dir, 'evidence', 'VA-01', '--as-of', String(marks.revision2), '--out', 'early.html');
    expect(early).toMatchObject({ code: 0, out: '' });
    expect(script('evidence', 'early.html', '--public-key', 'key.pem').stdout).toMatch(new RegExp(`^OK: all \\d+ entries are in the signed tree of ${marks.revision2} `));
    expect(readFileSync(file('early.html'), 'utf8')).not.toContain('"type":"ProposalDecided"'); // decided after revision 2
  });
});
