import { decodeJwt } from 'jose';
import { startOidcProvider } from './oidc-provider';

// Each sign-in is several HTTP round trips and the world is built over HTTP: generous on a loaded machine.
jest.setTimeout(60_000);

describe('the test OpenID provider', () => {
  it('a native loopback client may be redirected to any port; access tokens are JWTs for the client id with the account’s groups', async () => {
    const op = await startOidcProvider({ accounts: { anna: { claims: { name: 'Anna', groups: ['g1'] } } }, redirectUris: ['http://127.0.0.1/app/callback'], applicationType: 'native' });
    try {
      const tokens = await op.signIn('anna', { redirectUri: 'http://127.0.0.1:45678/app/callback' });
      expect(decodeJwt(tokens.accessToken)).toMatchObject({ iss: op.issuer, aud: op.clientId, sub: 'anna', groups: ['g1'], name: 'Anna' });
      expect(decodeJwt(tokens.idToken)).toMatchObject({ aud: op.clientId, groups: ['g1'] });
      const cors = await fetch(`${op.issuer}/token`, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:45678', 'access-control-request-method': 'POST' } });
      expect(cors.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:45678');
    } finally {
      await op.close();
    }
  });
});
