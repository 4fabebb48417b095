import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';
import type { Principal } from '@samsyn/domain/shared';
import { signHs256Token } from '../infrastructure/auth/token-verifier';

export interface DemoToken {
  who: string;
  roles: string;
  token: string;
}

const describe = (p: Principal): string => p.roles.map((r) => ('stakeholder' in r ? `${r.role}:${r.stakeholder}` : r.role)).join(', ') || '(body member)';

/** Demo tokens are printed to a terminal: short-lived, so one left in a scroll-back or a log is soon
 * worthless; within the default SAMSYN_MAX_TOKEN_LIFETIME (24 h), since a token past it is refused. */
export const DEMO_TOKEN_HOURS = 8;
export const DEMO_TOKEN_LIFETIME_SECONDS = DEMO_TOKEN_HOURS * 3600;

/** The demo's people, with one admin+auditor operator who can see and do everything an operator needs. */
export const demoPrincipals = (): Principal[] => {
  const operator: Principal = { id: 'admin', name: 'Demo operator', roles: [{ role: 'admin' }, { role: 'auditor' }] };
  return [operator, ...Object.values(PEOPLE).filter((p) => p.id !== 'admin')];
};

/** A token for each demo person. */
export const demoTokens = async (secret: string, lifetimeSeconds = DEMO_TOKEN_LIFETIME_SECONDS): Promise<DemoToken[]> =>
  Promise.all(demoPrincipals().map(async (p) => ({ who: p.id, roles: describe(p), token: await signHs256Token({ sub: p.id, name: p.name, roles: p.roles }, secret, `${lifetimeSeconds}s`) })));
