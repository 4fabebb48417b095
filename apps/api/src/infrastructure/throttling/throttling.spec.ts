import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApiApp } from '../../create-api-app';
import { testDependencies, tokenFor, type TestDependencies } from '../../testing/test-dependencies';
import type { ApiConfig } from '../config/api-config';

/** Issue 10, item 13: writes limited per principal and per address, failed sign-ins throttled, Retry-After on every 429. */
// Each test starts an app or two; on a busy machine that takes seconds (no timing is asserted).
jest.setTimeout(60_000);

describe('rate limits at the HTTP edge', () => {
  let app: INestApplication | undefined;
  const opened: TestDependencies[] = [];
  afterEach(async () => {
    await app?.close();
    app = undefined;
    for (const fx of opened.splice(0)) await fx.close();
  });

  const start = async (config: Omit<Partial<ApiConfig>, 'http'> & { http?: Partial<ApiConfig['http']> }) => {
    const fx = await testDependencies();
    opened.push(fx);
    fx.deps.config = { ...fx.deps.config, ...config, http: { ...fx.deps.config.http, ...config.http } };
    // Each test talks to its own app only, even if an earlier one is still winding down.
    const own = await createApiApp(fx.deps);
    app = own;
    return { http: () => request(own.getHttpServer()), fx };
  };
  const admin = async (sub: string) => `Bearer ${await tokenFor(sub, [{ role: 'admin' }])}`;
  const register = (http: () => request.Agent | ReturnType<typeof request>, token: string, id: string, forwardedFor?: string) => {
    const req = http().post('/stakeholders').set('Authorization', token);
    if (forwardedFor) req.set('X-Forwarded-For', forwardedFor);
    return req.send({ id, name: id, kind: 'committee' });
  };
  const retryAfter = (res: request.Response): number => Number(res.headers['retry-after']);

  it('per principal: counted across every write route; the 429 says when to retry', async () => {
    const { http } = await start({ writeRateLimit: { limit: 2, ttlMs: 60_000, perAddress: 100 } });
    const ada = await admin('ada');
    await register(http, ada, 'ksn').expect(201);
    await http().patch('/stakeholders/ksn').set('Authorization', ada).send({ name: 'K2' }).expect(200);
    const third = await http().post('/stakeholders/ksn/retire').set('Authorization', ada).send({ reason: 'r' });
    expect([third.status, third.body.code, third.body.details.scope]).toEqual([429, 'RATE_LIMITED', 'principal']);
    expect(retryAfter(third)).toBeGreaterThanOrEqual(1);
    expect(retryAfter(third)).toBeLessThanOrEqual(60);
    expect(third.body.details.retryAfterSeconds).toBe(retryAfter(third));
    // Another principal has its own budget.
    await register(http, await admin('bo'), 'uh').expect(201);
  });

  it('per client address: many principals from one address cannot write past it', async () => {
    const { http, fx } = await start({ writeRateLimit: { limit: 100, ttlMs: 60_000, perAddress: 3 } });
    for (const sub of ['a1', 'a2', 'a3']) await register(http, await admin(sub), `s-${sub}`).expect(201);
    const fourth = await register(http, await admin('a4'), 's-a4');
    expect([fourth.status, fourth.body.code, fourth.body.details.scope]).toEqual([429, 'RATE_LIMITED', 'address']);
    expect(retryAfter(fourth)).toBeGreaterThanOrEqual(1);
    expect(fx.calls).toHaveLength(3);
  });

  it('X-Forwarded-For counts only with SAMSYN_TRUST_PROXY naming the proxy', async () => {
    const trusting = await start({ writeRateLimit: { limit: 100, ttlMs: 60_000, perAddress: 1 }, http: { trustProxy: 'loopback' } });
    await register(trusting.http, await admin('p1'), 'x1', '203.0.113.5').expect(201);
    await register(trusting.http, await admin('p2'), 'x2', '203.0.113.6').expect(201);
    expect((await register(trusting.http, await admin('p3'), 'x3', '203.0.113.5')).status).toBe(429);
    await app!.close();

    // Without it a client could name any address it likes: the header is ignored.
    const plain = await start({ writeRateLimit: { limit: 100, ttlMs: 60_000, perAddress: 1 } });
    await register(plain.http, await admin('p1'), 'x1', '203.0.113.5').expect(201);
    expect((await register(plain.http, await admin('p2'), 'x2', '203.0.113.6')).status).toBe(429);
  });

  it('failed sign-ins: past the limit an address gets 429 TOO_MANY_FAILED_SIGN_INS with Retry-After, other addresses do not', async () => {
    const { http } = await start({ http: { trustProxy: 'loopback', authFailureLimit: { limit: 3, ttlMs: 60_000 } } });
    const from = (ip: string) => ({ 'X-Forwarded-For': ip });
    const attempts = [undefined, 'Bearer not.a.jwt', 'Basic abc'];
    for (const auth of attempts) {
      const req = http().get('/catalogue').set(from('198.51.100.7'));
      expect((await (auth ? req.set('Authorization', auth) : req)).status).toBe(401);
    }
    const blocked = await http().get('/catalogue').set(from('198.51.100.7')).set('Authorization', 'Bearer not.a.jwt');
    expect([blocked.status, blocked.body.code]).toEqual([429, 'TOO_MANY_FAILED_SIGN_INS']);
    expect(retryAfter(blocked)).toBeGreaterThanOrEqual(1);
    expect(retryAfter(blocked)).toBeLessThanOrEqual(60);
    // The block holds for the address whatever it sends, so guessing on gives nothing away.
    expect((await http().get('/catalogue').set(from('198.51.100.7')).set('Authorization', await admin('ada'))).status).toBe(429);
    // Another address, and public routes, are untouched.
    expect((await http().get('/catalogue').set(from('198.51.100.8')).set('Authorization', 'Bearer not.a.jwt')).status).toBe(401);
    expect((await http().get('/catalogue').set(from('198.51.100.8')).set('Authorization', await admin('ada'))).status).toBe(200);
    expect((await http().get('/health').set(from('198.51.100.7'))).status).toBe(200);
  });

  it('successful requests do not use up the failed sign-in budget', async () => {
    const { http } = await start({ http: { authFailureLimit: { limit: 2, ttlMs: 60_000 } } });
    const ada = await admin('ada');
    for (let i = 0; i < 5; i++) await http().get('/catalogue').set('Authorization', ada).expect(200);
    expect((await http().get('/catalogue')).status).toBe(401);
    expect((await http().get('/catalogue').set('Authorization', ada)).status).toBe(200);
  });
});
