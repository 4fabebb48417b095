import { createPublicKey } from 'node:crypto';
import { hashFromHex, verifyConsistency, verifyEventInclusion, verifyHeadSignature, type SignedTreeHead } from '@samsyn/audit-proofs';
import { writeScenario } from '@samsyn/projections/testing/scenario';
import { startE2eApp, type E2eApp } from './support/e2e-app';

/** Setup writes a history, one fsync per event: generous on a busy machine (never a timing assertion). */
const SETUP_TIMEOUT_MS = 60_000;
jest.setTimeout(SETUP_TIMEOUT_MS);

describe('E2E: signed tree heads and Merkle proofs over HTTP', () => {
  let e: E2eApp;
  let aud: string;
  beforeAll(async () => {
    e = await startE2eApp();
    await writeScenario(e.runtime.store);
    aud = await e.bearer('ada', [{ role: 'auditor' }]);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => e.close());
  const get = (path: string) => e.http().get(path).set('Authorization', aud);

  it('a head of the whole store and as of a position, signed with the published key', async () => {
    const key = await get('/audit/public-key');
    expect(key.status).toBe(200);
    expect(key.body).toMatchObject({ algorithm: 'Ed25519', keyId: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const publicKey = createPublicKey(key.body.publicKey);
    const head = (await get('/audit/head')).body as SignedTreeHead;
    expect(head.treeSize).toBe(Number(await e.head()));
    expect(verifyHeadSignature(publicKey, head)).toBe(true);
    const earlier = (await get('/audit/head?asOfPosition=7')).body as SignedTreeHead;
    expect(earlier.treeSize).toBe(7);
    expect(verifyHeadSignature(publicKey, earlier)).toBe(true);
    expect(verifyHeadSignature(publicKey, { ...earlier, rootHash: head.rootHash })).toBe(false);

    const c = await get(`/audit/proof/consistency?from=7&to=${head.treeSize}`);
    expect(c.status).toBe(200);
    expect(verifyConsistency(7n, BigInt(head.treeSize), hashFromHex(earlier.rootHash)!, hashFromHex(head.rootHash)!, c.body.proof.map(hashFromHex))).toBe(true);
  });

  it('an inclusion proof that verifies against the head, for the event it names', async () => {
    const head = (await get('/audit/head')).body as SignedTreeHead;
    const r = await get(`/audit/proof/inclusion?position=4&treeSize=${head.treeSize}`);
    expect(r.status).toBe(200);
    const { event, inclusion } = r.body;
    expect(event.position).toBe('4');
    expect(JSON.parse(inclusion.leafInput)).toMatchObject({ id: event.id, position: '4', type: event.type });
    expect(inclusion.rootHash).toBe(head.rootHash);
    expect(verifyEventInclusion(BigInt(inclusion.leafIndex), BigInt(inclusion.treeSize), inclusion.leafInput, inclusion.proof.map(hashFromHex), hashFromHex(head.rootHash)!)).toBe(true);
  });

  it.each([
    ['/audit/proof/inclusion', 400, 'VALIDATION_FAILED'],
    ['/audit/proof/inclusion?position=abc', 400, 'VALIDATION_FAILED'],
    ['/audit/proof/inclusion?position=99999', 404, 'LEAF_OUT_OF_RANGE'],
    ['/audit/proof/inclusion?position=3&treeSize=2', 404, 'LEAF_OUT_OF_RANGE'],
    ['/audit/proof/inclusion?position=3&treeSize=99999', 400, 'TREE_SIZE_OUT_OF_RANGE'],
    ['/audit/proof/consistency?from=5&to=3', 400, 'TREE_SIZE_OUT_OF_RANGE'],
    ['/audit/proof/consistency?from=1&to=99999', 400, 'TREE_SIZE_OUT_OF_RANGE'],
    ['/audit/proof/consistency?from=-1&to=3', 400, 'VALIDATION_FAILED'],
    ['/audit/head?asOfPosition=99999', 400, 'TREE_SIZE_OUT_OF_RANGE'],
    ['/audit/head?asOfPosition=0', 400, 'VALIDATION_FAILED'],
  ])('GET %s is refused with %i %s, never a 500', async (path, status, code) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(r.body.code).toBe(code);
  });

  it('only auditors and admins', async () => {
    const owner = await e.bearer('olle', [{ role: 'process-owner', stakeholder: 'ksn' }] as never);
    for (const path of ['/audit/public-key', '/audit/head', '/audit/proof/inclusion?position=1', '/audit/proof/consistency?from=1&to=2']) {
      expect((await e.http().get(path).set('Authorization', owner)).status).toBe(403);
    }
  });
});

describe('E2E: the evidence pack over HTTP', () => {
  let e: E2eApp;
  let aud: string;
  beforeAll(async () => {
    e = await startE2eApp();
    await writeScenario(e.runtime.store);
    aud = await e.bearer('ada', [{ role: 'auditor' }]);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => e.close());

  it('GET /processes/:id/evidence is one HTML document with the story and its proofs; unknown is 404', async () => {
    const r = await e.http().get('/processes/VA-01/evidence').set('Authorization', aud);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.text).toMatch(/^<!DOCTYPE html>/);
    const data = JSON.parse(r.text.match(/<script type="application\/json" id="samsyn-evidence">(.*?)<\/script>/s)![1]);
    expect(data.entries.length).toBeGreaterThan(10);
    for (const { event, inclusion } of data.entries) {
      expect(verifyEventInclusion(BigInt(inclusion.leafIndex), BigInt(inclusion.treeSize), inclusion.leafInput, inclusion.proof.map(hashFromHex), hashFromHex(data.head.rootHash)!)).toBe(true);
      expect(JSON.parse(inclusion.leafInput).id).toBe(event.id);
    }
    expect((await e.http().get('/processes/NOPE/evidence').set('Authorization', aud)).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect((await e.http().get('/processes/VA-01/evidence?asOfPosition=999999').set('Authorization', aud)).body).toMatchObject({ statusCode: 400, code: 'TREE_SIZE_OUT_OF_RANGE' });
    expect((await e.http().get('/processes/VA-01/evidence?asOfPosition=x').set('Authorization', aud)).status).toBe(400);
  });
});
