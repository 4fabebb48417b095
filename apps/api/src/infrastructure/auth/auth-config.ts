import { loadRoleMapping, type RoleMapping } from './role-mapping/role-mapping';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, parseDurationSeconds, type TokenLifetimePolicy } from './token-lifetime';

/** How bearer tokens are verified, read from the environment once at start (docs/authentication.md). */
export interface AuthConfig {
  /** SAMSYN_OIDC_ISSUER with SAMSYN_OIDC_CLIENT_ID (and optionally SAMSYN_OIDC_AUDIENCE). */
  oidc?: { issuer: string; clientId: string; audiences: string[] };
  /** SAMSYN_ROLE_MAPPING, already parsed and checked. */
  roleMapping?: { file: string; mapping: RoleMapping };
  /** SAMSYN_MAX_TOKEN_LIFETIME (default 24h) for every token; the clock tolerance of provider tokens. */
  lifetime: TokenLifetimePolicy;
  providerClockToleranceSeconds: number;
}

/** Clocks of a municipal provider and of our host may differ a little; Samsyn's own tokens get none. */
export const PROVIDER_CLOCK_TOLERANCE_SECONDS = 30;

const list = (value: string | undefined): string[] => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** Throws an Error naming the setting for anything that cannot work, so the server refuses to start. */
export const authConfigFromEnv = (env: NodeJS.ProcessEnv): AuthConfig => {
  const issuer = env.SAMSYN_OIDC_ISSUER?.trim() || undefined;
  const clientId = env.SAMSYN_OIDC_CLIENT_ID?.trim() || undefined;
  const audiences = list(env.SAMSYN_OIDC_AUDIENCE);
  if (issuer && !clientId) throw new Error('SAMSYN_OIDC_ISSUER is set but SAMSYN_OIDC_CLIENT_ID is not: the client id is the audience tokens must name');
  if (clientId && !issuer) throw new Error('SAMSYN_OIDC_CLIENT_ID is set but SAMSYN_OIDC_ISSUER is not');
  if (audiences.length > 0 && !issuer) throw new Error('SAMSYN_OIDC_AUDIENCE is set but SAMSYN_OIDC_ISSUER is not');
  if (issuer) {
    let url: URL;
    try {
      url = new URL(issuer);
    } catch {
      throw new Error(`SAMSYN_OIDC_ISSUER must be a URL, got "${issuer}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SAMSYN_OIDC_ISSUER must be an https URL, got "${issuer}"`);
    if (env.SAMSYN_JWKS_URL) throw new Error('set either SAMSYN_OIDC_ISSUER or SAMSYN_JWKS_URL, not both');
  }
  const mappingFile = env.SAMSYN_ROLE_MAPPING?.trim() || undefined;
  if (mappingFile && !issuer && !env.SAMSYN_JWKS_URL) {
    throw new Error('SAMSYN_ROLE_MAPPING maps an identity provider’s claims: it needs SAMSYN_OIDC_ISSUER (or SAMSYN_JWKS_URL)');
  }
  const maxLifetimeSeconds = env.SAMSYN_MAX_TOKEN_LIFETIME ? parseDurationSeconds(env.SAMSYN_MAX_TOKEN_LIFETIME, 'SAMSYN_MAX_TOKEN_LIFETIME') : DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  return {
    oidc: issuer && clientId ? { issuer, clientId, audiences: audiences.length > 0 ? audiences : [clientId] } : undefined,
    roleMapping: mappingFile ? { file: mappingFile, mapping: loadRoleMapping(mappingFile) } : undefined,
    lifetime: { maxLifetimeSeconds, clockToleranceSeconds: 0 },
    providerClockToleranceSeconds: PROVIDER_CLOCK_TOLERANCE_SECONDS,
  };
};
