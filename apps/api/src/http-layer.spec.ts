import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApiApp } from './create-api-app';
import { fakeDependencies, tokenFor } from './testing/fake-ports';

describe('HTTP layer over fake ports', () => {
  let app: INestApplication;
  let fx: ReturnType<typeof fakeDependencies>;
  let admin: string;
  let auditor: string;
  let reviewer: string;
  const http = () => request(app.getHttpServer());

  beforeEach(async () => {
    fx = fakeDependencies();
    app = await createApiApp(fx.deps);
    admin = `Bearer ${await tokenFor('ada', [{ role: 'admin' }])}`;
    auditor = `Bearer ${await tokenFor('aud', [{ role: 'auditor' }])}`;
    reviewer = `Bearer ${await tokenFor('rita', [{ role: 'reviewer', stakeholder: 'ksn' }])}`;
  });
  afterEach(() => app.close());

  it('registers a stakeholder: 201, ETag, the resource, the principal and correlation id passed down', async () => {
    const res = await http().post('/stakeholders').set('Authorization', admin).set('X-Correlation-Id', 'corr-1').send({ id: 'ksn', name: 'KSN', kind: 'committee' });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"0"');
    expect(res.headers['x-correlation-id']).toBe('corr-1');
    expect(res.body).toEqual({ id: 'ksn', name: 'KSN', kind: 'committee', retired: false });
    expect(fx.calls[0].options.principal.id).toBe('ada');
    expect(fx.calls[0].options.correlationId).toBe('corr-1');
  });
});
