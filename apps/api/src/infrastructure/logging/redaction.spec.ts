import { createLogger } from './logger';
import { maskCredentials, sanitiseUrl } from './redaction';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('log redaction', () => {
  it('sanitiseUrl censors every credential parameter and keeps the rest as sent', () => {
    expect(sanitiseUrl(`/events/live?access_token=${JWT}&lastEventId=4`)).toBe('/events/live?access_token=[REDACTED]&lastEventId=4');
    expect(sanitiseUrl('/cb?code=abc&state=s1&id_token=x&TOKEN=y&refresh_token=z')).toBe('/cb?code=[REDACTED]&state=s1&id_token=[REDACTED]&TOKEN=[REDACTED]&refresh_token=[REDACTED]');
    expect(sanitiseUrl('/x?access%5Ftoken=abc&a=b%20c')).toBe('/x?access%5Ftoken=[REDACTED]&a=b%20c');
    expect(sanitiseUrl('/x?token')).toBe('/x?token=[REDACTED]');
    expect(sanitiseUrl('/x?%E0%A4%A=1&password=p')).toBe('/x?%E0%A4%A=1&password=[REDACTED]');
    expect(sanitiseUrl('/catalogue?asOf=2024-01-01')).toBe('/catalogue?asOf=2024-01-01');
    expect(sanitiseUrl('https://user:pw@idp.example/jwks?x=1')).toBe('https://[REDACTED]@idp.example/jwks?x=1');
    // A token anywhere else in the URL (a path segment) is masked too.
    expect(sanitiseUrl(`/processes/${JWT}`)).toBe('/processes/[REDACTED]');
    expect(sanitiseUrl(undefined)).toBeUndefined();
  });

  it('maskCredentials masks tokens and URL credentials, and leaves other text alone', () => {
    expect(maskCredentials('nothing to see, eyJ alone')).toBe('nothing to see, eyJ alone');
    expect(maskCredentials(`Bearer ${JWT} failed`)).toBe('Bearer [REDACTED] failed');
    expect(maskCredentials('connect to postgres://samsyn:hunter2@db:5432/x failed; esdb://admin:changeit@n1:2113')).toBe(
      'connect to postgres://[REDACTED]@db:5432/x failed; esdb://[REDACTED]@n1:2113',
    );
    expect(maskCredentials('mail anna@example.se about http://example.se/a')).toBe('mail anna@example.se about http://example.se/a');
  });

  it('every line of the logger censors credential fields and JWT-shaped text', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (s: string) => void lines.push(s) });
    logger.info({ headers: { authorization: `Bearer ${JWT}`, accept: 'x' }, token: JWT }, 'with fields');
    logger.info({ req: { headers: { authorization: 'Basic abc', cookie: 'sid=1' } } }, 'nested');
    logger.warn({ trace: `at ${JWT}` }, `message with ${JWT}`);
    logger.error(`only a message ${JWT}`);
    logger.info({ config: { jwtSecret: 'super-secret-value', port: 1 } }, 'config');
    logger.error({ url: 'postgres://u:pw-in-url@db/x' }, 'store unreachable');
    logger.error({ err: new Error(`cannot reach postgres://u:pw-in-error@db/x with ${JWT}`) }, 'server fault');
    const all = lines.join('');
    expect(all).not.toContain(JWT);
    expect(all).not.toContain('Basic abc');
    expect(all).not.toContain('sid=1');
    expect(all).not.toContain('super-secret-value');
    expect(all).not.toContain('pw-in-url');
    expect(all).not.toContain('pw-in-error');
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed[0]).toMatchObject({ headers: { authorization: '[REDACTED]', accept: 'x' }, token: '[REDACTED]', msg: 'with fields' });
    expect(parsed[2]).toMatchObject({ trace: 'at [REDACTED]', msg: 'message with [REDACTED]' });
    expect(parsed[4]).toMatchObject({ config: { jwtSecret: '[REDACTED]', port: 1 } });
    expect(parsed[6].err).toMatchObject({ type: 'Error', message: 'cannot reach postgres://[REDACTED]@db/x with [REDACTED]' });
    expect(parsed[6].err.stack).toContain('cannot reach postgres://[REDACTED]@db/x');
  });
});
