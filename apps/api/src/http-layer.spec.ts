import type { INestApplication } from '@nestjs/common';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SignJWT } from 'jose';
import request from 'supertest';
import { createApiApp } from './create-api-app';
import { loadOrCreateJwtSecret } from './infrastructure/auth/jwt-secret';
import { parseRoleSpec, principalFromClaims } from './infrastructure/auth/principal-claims';
import { signHs256Token } from './infrastructure/auth/token-verifier';
import { wantsCsv } from './infrastructure/http/report-format';
import { parseIfMatch } from './infrastructure/http/write-options';
import { overdueProposalIds } from './modules/proposals/process-managers/escalate-overdue/overdue-proposals';
import { OverdueReviewProcessManager } from './modules/proposals/process-managers/escalate-overdue/overdue-review.process-manager';
import { ConcurrencyError } from '@samsyn/event-store';
import { testDependencies, tokenFor, type TestDependencies } from './testing/test-dependencies';
import { seedTestWorld, type TestWorld } from './testing/test-world';

describe('HTTP layer over the real application (store in memory)', () => {
  let app: INestApplication;
  let fx: TestDependencies;
  let admin: string;
  let auditor: string;
  let reviewer: string;
  const http = () => request(app.getHttpServer());

  /** The world the reads and proposal writes need (testing/test-world.ts), read models caught up. */
  const world = async (): Promise<TestWorld> => {
    const w = await seedTestWorld(fx.runtime.application);
    await fx.caughtUp();
    return w;
  };

  beforeEach(async () => {
    fx = await testDependencies();
    app = await createApiApp(fx.deps);
    admin = `Bearer ${await tokenFor('ada', [{ role: 'admin' }])}`;
    auditor = `Bearer ${await tokenFor('aud', [{ role: 'auditor' }])}`;
    reviewer = `Bearer ${await tokenFor('rita', [{ role: 'reviewer', stakeholder: 'ksn' }])}`;
  });
  afterEach(async () => {
    await app.close();
    await fx.close();
  });

  it('registers a stakeholder: 201, ETag, the resource, the principal and correlation id passed down', async () => {
    const res = await http().post('/stakeholders').set('Authorization', admin).set('X-Correlation-Id', 'corr-1').send({ id: 'ksn', name: 'KSN', kind: 'committee' });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"0"');
    expect(res.headers['x-correlation-id']).toBe('corr-1');
    // The stakeholder as GET /stakeholders/ksn shows it, not the decider's state (issue 17).
    expect(res.body).toEqual({ id: 'ksn', name: 'KSN', kind: 'committee', retired: false, retiredReason: null, registeredAt: expect.any(String) });
    expect(res.headers.location).toBe('/stakeholders/ksn');
    expect(fx.calls[0].options.principal.id).toBe('ada');
    expect(fx.calls[0].options.correlationId).toBe('corr-1');
  });

  it('mints a correlation id when none (or a strange one) is sent', async () => {
    const res = await http().get('/stakeholders').set('Authorization', admin).set('X-Correlation-Id', 'bad id with spaces');
    expect(res.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('authentication', () => {
    it.each([
      ['no header', undefined],
      ['not bearer', 'Basic abc'],
      ['garbage', 'Bearer not.a.jwt'],
    ])('401 UNAUTHENTICATED for %s', async (_, header) => {
      const req = http().get('/catalogue');
      const res = await (header ? req.set('Authorization', header) : req);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    });

    it('401 for a token signed with another secret, and for an expired one', async () => {
      const other = await signHs256Token({ sub: 'x', roles: [] }, 'another-secret-another-secret-another-secret', '1h');
      expect((await http().get('/catalogue').set('Authorization', `Bearer ${other}`)).status).toBe(401);
      const expired = await signHs256Token({ sub: 'x', roles: [] }, 'test-secret-test-secret-test-secret-0123456789', Math.floor(Date.now() / 1000) - 10);
      const res = await http().get('/catalogue').set('Authorization', `Bearer ${expired}`);
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/expired/);
    });

    it('401 TOKEN_EXPIRY_REQUIRED for a token without exp, TOKEN_LIFETIME_TOO_LONG for a 30-day one (issue 10 item 21)', async () => {
      const key = new TextEncoder().encode('test-secret-test-secret-test-secret-0123456789');
      const noExp = await new SignJWT({ roles: [{ role: 'admin' }] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuedAt().sign(key);
      const res = await http().get('/catalogue').set('Authorization', `Bearer ${noExp}`);
      expect([res.status, res.body.code]).toEqual([401, 'TOKEN_EXPIRY_REQUIRED']);
      expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
      const month = await signHs256Token({ sub: 'x', roles: [] }, 'test-secret-test-secret-test-secret-0123456789', '30d');
      expect((await http().get('/catalogue').set('Authorization', `Bearer ${month}`)).body.code).toBe('TOKEN_LIFETIME_TOO_LONG');
    });

    it('401 for a token whose roles claim is malformed', async () => {
      const bad = await signHs256Token({ sub: 'x', roles: [{ role: 'overlord' } as never] }, 'test-secret-test-secret-test-secret-0123456789', '1h');
      expect((await http().get('/catalogue').set('Authorization', `Bearer ${bad}`)).body.code).toBe('UNAUTHENTICATED');
    });

    it('health, metrics and the OpenAPI document need no token', async () => {
      expect((await http().get('/health')).status).toBe(200);
      const metrics = await http().get('/metrics');
      expect(metrics.status).toBe(200);
      expect(metrics.text).toContain('samsyn_http_request_duration_seconds');
      expect(metrics.text).toContain('samsyn_projection_lag_events');
      expect((await http().get('/docs-json')).status).toBe(200);
      expect((await http().get('/docs')).status).toBe(200);
    });
  });

  describe('coarse authorization', () => {
    it('an auditor may read but not write', async () => {
      expect((await http().get('/catalogue').set('Authorization', auditor)).status).toBe(200);
      const res = await http().post('/stakeholders').set('Authorization', auditor).send({ id: 'ksn', name: 'KSN', kind: 'committee' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
      expect(fx.calls).toHaveLength(0);
    });

    it('/audit/* needs auditor or admin', async () => {
      expect((await http().get('/audit/events').set('Authorization', reviewer)).status).toBe(403);
      expect((await http().get('/audit/verify').set('Authorization', reviewer)).status).toBe(403);
      expect((await http().get('/audit/events').set('Authorization', auditor)).status).toBe(200);
      expect((await http().get('/audit/verify').set('Authorization', admin)).body).toMatchObject({ ok: true });
    });

    it("the domain's refusal becomes 403 with its code", async () => {
      const res = await http().post('/stakeholders').set('Authorization', reviewer).send({ id: 'ksn', name: 'KSN', kind: 'committee' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('NOT_ALLOWED');
    });
  });

  describe('errors', () => {
    const post = (body: unknown) => http().post('/stakeholders').set('Authorization', admin).send(body as object);

    it('400 VALIDATION_FAILED with field errors; unknown fields are refused', async () => {
      const res = await post({ id: 'ksn', name: '', kind: 'tribe', extra: 1 });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const fields = res.body.details.map((d: { field: string }) => d.field).sort();
      expect(fields).toEqual(['extra', 'kind', 'name']);
    });

    it('400 MALFORMED_JSON for a body that is not JSON', async () => {
      const res = await http().post('/stakeholders').set('Authorization', admin).set('Content-Type', 'application/json').send('{"id": ');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('MALFORMED_JSON');
    });

    it('413 PAYLOAD_TOO_LARGE over the body limit', async () => {
      const res = await post({ id: 'ksn', name: 'x'.repeat(1_100_000), kind: 'committee' });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('422 for a rule, 404 for a missing aggregate, 409 for a lost race, 500 INTERNAL only for a fault', async () => {
      await post({ id: 'taken', name: 'T', kind: 'company' }).expect(201);
      expect((await post({ id: 'taken', name: 'T', kind: 'company' })).body).toMatchObject({ statusCode: 422, code: 'ALREADY_EXISTS' });
      expect((await http().patch('/stakeholders/ghost').set('Authorization', admin).send({ name: 'G' })).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
      fx.failNext('registerStakeholder', new ConcurrencyError('stakeholder-racing', 'no-stream', 0n));
      expect((await post({ id: 'racing', name: 'R', kind: 'company' })).body).toMatchObject({ statusCode: 409, code: 'CONCURRENCY_CONFLICT' });
      fx.failNext('registerStakeholder', new Error('a bug'));
      const boom = await post({ id: 'boom', name: 'B', kind: 'company' });
      expect(boom.body).toEqual({ statusCode: 500, code: 'INTERNAL', message: 'internal error', type: 'urn:samsyn:error:INTERNAL', title: 'Internal Server Error', status: 500, detail: 'internal error', instance: expect.any(String) });
    });

    it('404 NOT_FOUND for an unknown route and for a missing read-model row', async () => {
      expect((await http().get('/nowhere').set('Authorization', admin)).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
      expect((await http().get('/processes/XX-99').set('Authorization', admin)).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    });

    it('nested JSON Patch operations are validated', async () => {
      const res = await http()
        .post('/processes/LF-01/proposals')
        .set('Authorization', admin)
        .send({ baseRevision: 1, rationale: 'r', changes: [{ op: 'replace', path: 'steps/s1' }, { op: 'move', path: '/a' }, { op: 'jump', path: '/a' }] });
      expect(res.status).toBe(400);
      const fields = res.body.details.map((d: { field: string }) => d.field).sort();
      expect(fields).toEqual(['changes.0.path', 'changes.0.value', 'changes.1.from', 'changes.2.op']);
    });

    it('a replace with value null is a valid operation', async () => {
      await world();
      // No definition field may be null, so the patch removes the field after nulling it.
      const res = await http()
        .post('/processes/LF-01/proposals')
        .set('Authorization', `Bearer ${await tokenFor('anna', [{ role: 'process-owner', stakeholder: 'ksn' }])}`)
        .send({ baseRevision: 2, rationale: 'r', changes: [{ op: 'replace', path: '/steps/s1/description', value: null }, { op: 'remove', path: '/steps/s1/description' }] });
      expect(res.status).toBe(201);
    });

    it('a definition with the wrong shape is a 400 naming the problem', async () => {
      const res = await http()
        .post('/processes')
        .set('Authorization', admin)
        .send({ id: 'LF-09', name: 'n', ownerStakeholder: 'ksn', governingBody: 'b', definition: { purpose: 1, participants: ['ksn'], steps: { s1: { name: 'x', performer: 'ksn' } }, handovers: {} } });
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe('definition');
      expect(res.body.details[0].errors[0]).toMatch(/purpose must be a string.*order must be a number/);
    });
  });

  describe('ETag, If-Match, Idempotency-Key', () => {
    it('If-Match is passed down; a stale one is 412 PRECONDITION_FAILED', async () => {
      await http().post('/stakeholders').set('Authorization', admin).send({ id: 'ksn', name: 'KSN', kind: 'committee' });
      const ok = await http().patch('/stakeholders/ksn').set('Authorization', admin).set('If-Match', '"0"').send({ name: 'K2' });
      expect(ok.status).toBe(200);
      expect(ok.headers.etag).toBe('"1"');
      const stale = await http().patch('/stakeholders/ksn').set('Authorization', admin).set('If-Match', '"0"').send({ name: 'K3' });
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
    });

    it('a malformed If-Match is 400', async () => {
      const res = await http().patch('/stakeholders/ksn').set('Authorization', admin).set('If-Match', 'W/"1"').send({ name: 'K' });
      expect(res.status).toBe(400);
      expect(parseIfMatch('"12"')).toBe(12n);
      expect(parseIfMatch('*')).toBeUndefined();
    });

    it('Idempotency-Key is scoped to the principal and carries the request fingerprint; too long is 400', async () => {
      await http().post('/stakeholders').set('Authorization', admin).set('Idempotency-Key', 'k1').send({ id: 'ksn', name: 'KSN', kind: 'committee' });
      expect(fx.calls[0].options.idempotencyKey).toBe('ada:k1');
      expect(fx.calls[0].options.requestHash).toMatch(/^[0-9a-f]{64}$/);
      const long = await http().post('/stakeholders').set('Authorization', admin).set('Idempotency-Key', 'k'.repeat(201)).send({ id: 'a', name: 'A', kind: 'committee' });
      expect(long.status).toBe(400);
      expect(long.body.details[0].field).toBe('Idempotency-Key');
    });

    it('a replay answers the same status and body, flagged, without appending', async () => {
      const send = () => http().post('/stakeholders').set('Authorization', admin).set('Idempotency-Key', 'same').send({ id: 'ksn', name: 'KSN', kind: 'committee' });
      const first = await send();
      const again = await send();
      expect(again.status).toBe(first.status);
      expect(again.body).toEqual(first.body);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(await fx.store.readAll()).toHaveLength(1);
    });

    it('single-resource reads carry the stream revision, then a digest of the body, as ETag', async () => {
      // p1's stream: its submission and one review.
      const { p1SubmittedAt } = await world();
      const res = await http().get('/proposals/p1').set('Authorization', reviewer);
      expect(res.headers.etag).toMatch(/^"1-[\w-]{16}"$/);
      const past = await http().get(`/proposals/p1?asOfPosition=${p1SubmittedAt}`).set('Authorization', reviewer);
      expect(past.headers.etag).toMatch(/^"0-[\w-]{16}"$/);
    });
  });

  describe('reads', () => {
    it('asOf and asOfPosition reach the read model; bad values are 400', async () => {
      await http().get('/catalogue?asOf=2024-05-01T12:00:00Z').set('Authorization', reviewer).expect(200);
      await http().get('/catalogue?asOfPosition=42').set('Authorization', reviewer).expect(200);
      expect(fx.queries.asOfs.slice(-2)).toEqual([{ instant: '2024-05-01T12:00:00.000Z' }, { position: 42n }]);
      for (const q of ['asOf=yesterday', 'asOfPosition=-1', 'asOfPosition=1.5', 'asOf=2024-01-01T00:00:00Z&asOfPosition=1', 'unknown=1']) {
        const res = await http().get(`/catalogue?${q}`).set('Authorization', reviewer);
        expect([q, res.status, res.body.code]).toEqual([q, 400, 'VALIDATION_FAILED']);
      }
    });

    it('a stakeholder history page: after and limit reach the read model; without them, no page; bad values are 400', async () => {
      await world();
      await http().get('/stakeholders/ksn/history').set('Authorization', reviewer).expect(200);
      await http().get('/stakeholders/ksn/history?after=42&limit=100').set('Authorization', reviewer).expect(200);
      await http().get('/stakeholders/ksn/history?limit=1000').set('Authorization', reviewer).expect(200);
      await http().get('/stakeholders/ksn/history?after=0&asOfPosition=7').set('Authorization', reviewer).expect(200);
      // One entry more than the page is asked for: it says whether the Link to a next page is sent.
      expect(fx.queries.pages).toEqual([{ after: 42n, limit: 101 }, { limit: 1001 }, { after: 0n }]);
      expect(fx.queries.asOfs.slice(-1)).toEqual([{ position: 7n }]);
      for (const q of ['limit=0', 'limit=1001', 'limit=x', 'after=-1', 'after=1.5', 'page=2']) {
        const res = await http().get(`/stakeholders/ksn/history?${q}`).set('Authorization', reviewer);
        expect([q, res.status, res.body.code]).toEqual([q, 400, 'VALIDATION_FAILED']);
      }
    });

    it('bigints leave as strings', async () => {
      // No read model answers a bigint (they keep positions as strings): this one read is replaced.
      fx.queries.catalogue = async () => [{ id: 'LF-01', headRevision: 1n }] as never;
      const res = await http().get('/catalogue').set('Authorization', reviewer);
      expect(res.body).toEqual([{ id: 'LF-01', headRevision: '1' }]);
    });

    it('revision numbers in paths are validated', async () => {
      await world();
      expect((await http().get('/processes/LF-01/revisions/0').set('Authorization', reviewer)).status).toBe(400);
      expect((await http().get('/processes/LF-01/revisions/1').set('Authorization', reviewer)).headers.etag).toMatch(/^"1-[\w-]{16}"$/);
      expect((await http().get('/processes/LF-01/diff?from=1').set('Authorization', reviewer)).status).toBe(400);
      expect((await http().get('/processes/LF-01/diff?from=1&to=2').set('Authorization', reviewer)).body).toMatchObject({ from: 1, to: 2 });
    });

    it('reports answer CSV for ?format=csv and for Accept: text/csv', async () => {
      const a = await http().get('/reports/harmonization?format=csv').set('Authorization', reviewer);
      expect(a.headers['content-type']).toMatch(/^text\/csv/);
      const b = await http().get('/reports/harmonization').set('Authorization', reviewer).set('Accept', 'text/csv');
      expect(b.text).toBe(a.text);
      await world();
      const { escalationRate } = (await fx.queries.governanceReport()) as { escalationRate: unknown };
      expect((await http().get('/reports/governance').set('Authorization', reviewer)).body).toMatchObject({ escalationRate });
      expect(wantsCsv(undefined, 'application/json, text/csv')).toBe(false);
      expect(wantsCsv(undefined, 'text/csv;q=0.9')).toBe(true);
    });
  });

  it('the rate limit answers 429 RATE_LIMITED on writes only', async () => {
    await app.close();
    await fx.close();
    fx = await testDependencies();
    fx.deps.config.writeRateLimit = { limit: 2, ttlMs: 60_000 };
    app = await createApiApp(fx.deps);
    for (const id of ['a', 'b']) await http().post('/stakeholders').set('Authorization', admin).send({ id, name: id, kind: 'committee' }).expect(201);
    const third = await http().post('/stakeholders').set('Authorization', admin).send({ id: 'c', name: 'c', kind: 'committee' });
    expect(third.status).toBe(429);
    expect(third.body.code).toBe('RATE_LIMITED');
    for (let i = 0; i < 4; i++) await http().get('/stakeholders').set('Authorization', admin).expect(200);
  });

  it('security headers are set (helmet)', async () => {
    const res = await http().get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('the overdue sweep escalates proposals past their deadline with reviews missing', async () => {
    // `late` is a real proposal past its deadline; the board the sweep reads lists two that are not.
    await world();
    fx.queries.proposals = async () => [
      { id: 'late', status: 'submitted', reviewDeadline: '2024-05-01T00:00:00Z', awaitingReviewFrom: ['ksn'] },
      { id: 'early', status: 'submitted', reviewDeadline: '2024-07-01T00:00:00Z', awaitingReviewFrom: ['ksn'] },
      { id: 'done', status: 'submitted', reviewDeadline: '2024-05-01T00:00:00Z', awaitingReviewFrom: [] },
    ] as never;
    const outcome = await app.get(OverdueReviewProcessManager).sweep();
    expect(outcome.escalated).toEqual(['late']);
    expect(fx.calls.map((c) => [c.method, c.args[0], c.options.now])).toEqual([['escalateOverdue', 'late', '2024-06-01T00:00:00.000Z']]);
  });
});

describe('auth helpers', () => {
  it('role specs and claims', () => {
    expect(parseRoleSpec('reviewer:ksn')).toEqual({ role: 'reviewer', stakeholder: 'ksn' });
    expect(parseRoleSpec('auditor')).toEqual({ role: 'auditor' });
    expect(() => parseRoleSpec('reviewer')).toThrow();
    expect(() => parseRoleSpec('admin:ksn')).toThrow();
    expect(principalFromClaims({ sub: 'a', name: 'A', roles: [{ role: 'admin' }] })).toEqual({ id: 'a', name: 'A', roles: [{ role: 'admin' }] });
    expect(() => principalFromClaims({ roles: [] })).toThrow();
  });

  it('generates the secret once, mode 0600', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-secret-'));
    const first = loadOrCreateJwtSecret(dir);
    expect(first.created).toBe(true);
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600);
    const second = loadOrCreateJwtSecret(dir);
    expect(second).toEqual({ ...first, created: false });
  });

  it('the overdue filter reads reviews when the board has no awaiting list', () => {
    const rows = [{ id: 'p', status: 'submitted', reviewDeadline: '2024-01-01T00:00:00Z', version: 2, reviewers: ['a', 'b'], reviews: [{ stakeholder: 'a', version: 2 }, { stakeholder: 'b', version: 1 }] }];
    expect(overdueProposalIds(rows, '2024-02-01T00:00:00Z')).toEqual(['p']);
    expect(overdueProposalIds(rows, '2023-12-01T00:00:00Z')).toEqual([]);
  });
});
