import { startE2eApp, type E2eApp } from './support/e2e-app';
import { buildWorld, tokensFor, type Tokens } from './support/world';

/** Errors readable as RFC 9457 problem details, beside the API's own members. */
describe('E2E: problem details', () => {
  let e2e: E2eApp;
  let t: Tokens;
  beforeAll(async () => {
    e2e = await startE2eApp();
    t = await tokensFor(e2e);
    await buildWorld(e2e, t);
  });
  afterAll(() => e2e?.close());

  it('a domain refusal carries type, title, status, detail and instance beside statusCode, code, message', async () => {
    const res = await e2e.http().post('/processes/LF-01/proposals?access_token=secret').set('Authorization', t.anna).send({ baseRevision: 1, changes: [{ op: 'remove', path: '/steps/nope' }], rationale: 'x' });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({ statusCode: 422, code: 'PATCH_DOES_NOT_APPLY', type: 'urn:samsyn:error:PATCH_DOES_NOT_APPLY', title: 'Unprocessable Entity', status: 422, instance: '/processes/LF-01/proposals' });
    expect(res.body.detail).toBe(res.body.message);
    expect(JSON.stringify(res.body)).not.toMatch(/secret/);
  });

  it('Accept: application/problem+json gets that media type, for validation, auth and not-found alike', async () => {
    const bad = await e2e.http().post('/stakeholders').set('Authorization', t.ada).set('Accept', 'application/problem+json').send({ id: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const body = JSON.parse(bad.text);
    expect(body).toMatchObject({ type: 'urn:samsyn:error:VALIDATION_FAILED', status: 400, title: 'Bad Request', code: 'VALIDATION_FAILED' });
    expect(Array.isArray(body.details)).toBe(true);
    const unauth = await e2e.http().get('/catalogue').set('Accept', 'application/problem+json, application/json;q=0.5');
    expect(unauth.status).toBe(401);
    expect(unauth.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(unauth.text)).toMatchObject({ status: 401, type: 'urn:samsyn:error:UNAUTHENTICATED' });
    const missing = await e2e.http().get('/processes/NOPE').set('Authorization', t.aud);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, type: 'urn:samsyn:error:NOT_FOUND', instance: '/processes/NOPE' });
  });
});
