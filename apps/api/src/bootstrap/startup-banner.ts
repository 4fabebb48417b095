import type { AddressInfo } from 'node:net';
import type { ApiConfig } from '../infrastructure/config/api-config';
import { maskCredentials, sanitiseUrl } from '../infrastructure/logging/redaction';
import { DEMO_TOKEN_HOURS, type DemoToken } from './demo-tokens';

/** The URL a person on this machine can open: a wildcard address becomes localhost; IPv6 in brackets. */
export const baseUrlOf = (address: AddressInfo): string => {
  const wildcard = address.address === '::' || address.address === '0.0.0.0';
  const host = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
};

export interface BannerInput {
  config: ApiConfig;
  address: AddressInfo;
  /** Only when this start loaded the demo into an empty store: the demo's people, signed for a short while. */
  demoTokens?: DemoToken[];
  /** Tokens are HS256 with a local secret (else verified against the JWKS URL or the OpenID provider). */
  localSecret: boolean;
  /** How tokens are verified, in one sentence (configured-verifier.ts), shown when there is no local secret. */
  verification?: string;
}

/**
 * What `npm start` prints once it listens. Tokens appear only right after the demo was loaded in
 * this start, marked as demo tokens with a short lifetime: a server with real data never prints a
 * credential (issue 10, item 7; docs/logging-and-tokens.md).
 */
export const startupBanner = ({ config, address, demoTokens, localSecret, verification }: BannerInput): string => {
  const base = baseUrlOf(address);
  const listening = address.address === '::' || address.address === '0.0.0.0' ? 'all interfaces' : address.address;
  const lines = [
    '',
    `Samsyn API    ${base}   (listening on ${listening}, port ${address.port}; store: ${config.store}, data: ${config.dataDir})`,
    `OpenAPI docs  ${base}/docs   (document: ${base}/docs-json)`,
    `Health        ${base}/health   Metrics: ${base}/metrics`,
    `Web app       ${base}/app/   (a browser opening ${base}/ is sent there)`,
  ];
  if (demoTokens && demoTokens.length > 0) {
    lines.push(
      '',
      `DEMO tokens for the demo data just loaded, valid ${DEMO_TOKEN_HOURS} hours — for trying Samsyn only, never for real data.`,
      `DEMO-token för demodata som just lästes in, giltiga i ${DEMO_TOKEN_HOURS} timmar — bara för att prova Samsyn, aldrig för riktiga data.`,
      '(Authorization: Bearer <token>)',
    );
    for (const t of demoTokens) lines.push(`  ${t.who.padEnd(10)} ${t.roles}`, `    ${t.token}`);
    lines.push('', `Try: curl -H "Authorization: Bearer <the admin token>" ${base}/catalogue`);
  }
  if (localSecret) lines.push('', 'Mint a token / skapa en token: samsyn token --sub anna --name "Anna" --role process-owner:ksn');
  else lines.push('', verification ? maskCredentials(verification) : `Tokens are verified against ${sanitiseUrl(config.jwksUrl)}.`);
  return lines.join('\n') + '\n\n';
};
