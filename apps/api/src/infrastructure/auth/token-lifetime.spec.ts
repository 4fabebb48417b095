import { checkTokenLifetime, parseDurationSeconds, type TokenLifetimePolicy } from './token-lifetime';

const NOW = 1_800_000_000;
const H = 3600;
const policy: TokenLifetimePolicy = { maxLifetimeSeconds: 24 * H, clockToleranceSeconds: 0 };

/** Given a token's time claims, when judged at NOW, then accepted or refused with a code. */
const judged = (claims: Record<string, unknown>, p = policy): string => {
  try {
    checkTokenLifetime(claims, NOW, p);
    return 'accepted';
  } catch (e) {
    return (e as { code: string; statusCode: number }).statusCode + ' ' + (e as { code: string }).code;
  }
};

describe('token lifetime (issue 10 item 21)', () => {
  it.each([
    ['no exp at all', '401 TOKEN_EXPIRY_REQUIRED', { iat: NOW }],
    ['no time claims at all', '401 TOKEN_EXPIRY_REQUIRED', {}],
    ['exp that is not a number', '401 UNAUTHENTICATED', { exp: '9999999999' }],
    ['a 12 h token issued now', 'accepted', { iat: NOW, exp: NOW + 12 * H }],
    ['exactly the bound', 'accepted', { iat: NOW, exp: NOW + 24 * H }],
    ['a 30-day token issued now', '401 TOKEN_LIFETIME_TOO_LONG', { iat: NOW, exp: NOW + 30 * 24 * H }],
    ['a 30-day token on its last day (counted from iat)', '401 TOKEN_LIFETIME_TOO_LONG', { iat: NOW - 29 * 24 * H, exp: NOW + 12 * H }],
    ['counted from nbf when there is no iat', '401 TOKEN_LIFETIME_TOO_LONG', { nbf: NOW - 25 * H, exp: NOW + H }],
    ['the earlier of iat and nbf', '401 TOKEN_LIFETIME_TOO_LONG', { iat: NOW - 20 * H, nbf: NOW + H, exp: NOW + 5 * H }],
    ['no iat nor nbf, exp within the bound', 'accepted', { exp: NOW + 23 * H }],
    ['no iat nor nbf, exp too far ahead', '401 TOKEN_LIFETIME_TOO_LONG', { exp: NOW + 25 * H }],
    ['an iat set in the future to make a long token look short', '401 TOKEN_LIFETIME_TOO_LONG', { iat: NOW + 30 * 24 * H, exp: NOW + 30 * 24 * H + H }],
  ])('%s → %s', (_, expected, claims) => {
    expect(judged(claims)).toBe(expected);
  });

  it('the bound is the configured one, and the clock tolerance only widens "ahead of now"', () => {
    const short: TokenLifetimePolicy = { maxLifetimeSeconds: H, clockToleranceSeconds: 30 };
    expect(judged({ iat: NOW, exp: NOW + 2 * H }, short)).toBe('401 TOKEN_LIFETIME_TOO_LONG');
    expect(judged({ exp: NOW + H + 20 }, short)).toBe('accepted');
    expect(judged({ exp: NOW + H + 40 }, short)).toBe('401 TOKEN_LIFETIME_TOO_LONG');
  });

  it('SAMSYN_MAX_TOKEN_LIFETIME durations', () => {
    expect(parseDurationSeconds('3600', 'X')).toBe(3600);
    expect(parseDurationSeconds('90m', 'X')).toBe(5400);
    expect(parseDurationSeconds('8h', 'X')).toBe(8 * H);
    expect(parseDurationSeconds('1d', 'X')).toBe(24 * H);
    for (const bad of ['', '0', '-5', '1w', '12 hours', 'abc', '1.5h']) expect(() => parseDurationSeconds(bad, 'SAMSYN_MAX_TOKEN_LIFETIME')).toThrow(/SAMSYN_MAX_TOKEN_LIFETIME must be a duration/);
  });
});
