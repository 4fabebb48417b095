import { decodeJwt } from 'jose';
import { hs256Verifier } from '../infrastructure/auth/token-verifier';
import { DEMO_TOKEN_LIFETIME_SECONDS, demoTokens } from './demo-tokens';

describe('demo tokens', () => {
  const secret = 'demo-secret-demo-secret-demo-secret-demo-secret';

  it('are accepted by the server under the default lifetime bound (a 30-day token no longer would be)', async () => {
    const tokens = await demoTokens(secret);
    expect(tokens.length).toBeGreaterThan(1);
    for (const t of tokens) {
      const { iat, exp } = decodeJwt(t.token);
      expect(exp! - iat!).toBe(DEMO_TOKEN_LIFETIME_SECONDS);
      await expect(hs256Verifier(secret).verify(t.token)).resolves.toMatchObject({ id: t.who });
    }
  });

  it('follow a shorter configured bound', async () => {
    const [t] = await demoTokens(secret, 1800);
    await expect(hs256Verifier(secret, { lifetime: { maxLifetimeSeconds: 1800, clockToleranceSeconds: 0 } }).verify(t.token)).resolves.toMatchObject({ id: 'admin' });
  });
});
