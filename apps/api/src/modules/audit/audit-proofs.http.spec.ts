import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApiApp } from '../../create-api-app';
import { testDependencies, tokenFor, type TestDependencies } from '../../testing/test-dependencies';

describe('audit proofs over a store without a Merkle tree (the port alone)', () => {
  let app: INestApplication;
  let fx: TestDependencies;
  let dir: string;
  let auditor: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-proofs-http-'));
    fx = await testDependencies({ portOnly: true });
    await fx.runtime.application.registerStakeholder({ id: 'ksn', name: 'KSN', kind: 'committee' }, { principal: { id: 'ada', roles: [{ role: 'admin' }] } });
    app = await createApiApp({ ...fx.deps, config: { ...fx.deps.config, dataDir: dir } });
    auditor = `Bearer ${await tokenFor('aud', [{ role: 'auditor' }])}`;
  });
  afterAll(async () => {
    await app.close();
    await fx.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/audit/head', '/audit/proof/inclusion?position=1', '/audit/proof/consistency?from=0&to=1', '/processes/LF-01/evidence'])('GET %s is 501 PROOFS_UNSUPPORTED, with a Swedish message', async (path) => {
    const r = await request(app.getHttpServer()).get(path).set('Authorization', auditor);
    expect(r.status).toBe(501);
    expect(r.body).toMatchObject({ code: 'PROOFS_UNSUPPORTED', details: { sv: expect.any(String) } });
  });

  it('the public key needs no tree: generated on first request into the data directory', async () => {
    const r = await request(app.getHttpServer()).get('/audit/public-key').set('Authorization', auditor);
    expect(r.status).toBe(200);
    expect(r.body.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect((await request(app.getHttpServer()).get('/audit/public-key').set('Authorization', auditor)).body).toEqual(r.body);
  });
});
