import { StoreUnavailableError, type EventStore } from '@samsyn/event-store';
import { mapError } from '../errors/error-mapping';
import { HealthController } from './health.controller';
import { withoutAddresses } from './without-addresses';

/** Issue 10 item 18: public answers name no database address, host or file path. */
describe('public answers do not leak where the stores are', () => {
  const headers: Record<string, string> = {};
  const response = () => ({ status: jest.fn(), setHeader: (k: string, v: string) => (headers[k] = v) }) as never;
  const progress = { position: () => 7n };
  const cause = Object.assign(new Error('connect ECONNREFUSED 10.20.30.40:6543'), { code: 'ECONNREFUSED' });
  const down = {
    headPosition: async () => {
      throw new StoreUnavailableError(`PostgreSQL unavailable while reading the PostgreSQL event store: ${cause.message}`, cause);
    },
  } as unknown as EventStore;

  it('/health says "unreachable" only, logs the detail, and asks to retry later', async () => {
    const logged: unknown[] = [];
    const logger = { warn: (o: unknown) => logged.push(o) };
    const report = await new HealthController(down, progress as never, logger as never).health(response());
    expect(report.store).toEqual({ reachable: false, headPosition: null, error: 'unreachable' });
    expect(JSON.stringify(report)).not.toMatch(/10\.20\.30\.40|6543|ECONNREFUSED/);
    expect(headers['Retry-After']).toMatch(/^\d+$/);
    expect(JSON.stringify(logged)).toContain('StoreUnavailableError');
  });

  it('a subscription drop in /health keeps its words, not its addresses', async () => {
    const esdb = {
      headPosition: async () => 7n,
      status: () => ({ subscriptions: 1, drops: 1, lastDrop: { at: '2026-11-24T10:00:00.000Z', reason: 'connection to esdb://es-1.internal:2113?tls=false reset by 10.0.0.7:2113' }, allCaughtUp: false }),
    } as unknown as EventStore;
    const report = await new HealthController(esdb, progress as never).health(response());
    expect(report.subscriptions?.lastDrop).toEqual({ at: '2026-11-24T10:00:00.000Z', reason: 'connection to … reset by …' });
  });

  it('a 503 from a store names no address and carries Retry-After', () => {
    const mapped = mapError(new StoreUnavailableError('PostgreSQL unavailable while appending to x: connect ECONNREFUSED 10.20.30.40:6543', cause));
    expect(mapped.body).toMatchObject({ statusCode: 503, code: 'STORE_UNAVAILABLE' });
    expect(mapped.body.message).not.toMatch(/10\.20|6543|ECONNREFUSED/);
    expect(mapped.headers).toEqual({ 'Retry-After': expect.stringMatching(/^\d+$/) });
  });

  it.each([
    ['connect ECONNREFUSED 127.0.0.1:5432', 'connect ECONNREFUSED …'],
    ['connect ECONNREFUSED ::1:5432', 'connect ECONNREFUSED …'],
    ['connect ECONNREFUSED [fe80::1]:5432', 'connect ECONNREFUSED …'],
    ['getaddrinfo ENOTFOUND db.internal.example', 'getaddrinfo ENOTFOUND …'],
    ['password authentication failed for postgres://samsyn:hemligt@db/samsyn', 'password authentication failed for …'],
    ['SQLITE_CANTOPEN: unable to open /var/lib/samsyn/events.sqlite', 'SQLITE_CANTOPEN: unable to open …'],
    ['connect to dbhost:5432 failed', 'connect to … failed'],
    ['Connection terminated unexpectedly', 'Connection terminated unexpectedly'],
  ])('withoutAddresses(%j) = %j', (text, expected) => expect(withoutAddresses(text)).toBe(expected));
});
