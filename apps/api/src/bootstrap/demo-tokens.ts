import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';
import type { Principal } from '@samsyn/domain/shared';
import { signHs256Token } from '../infrastructure/auth/token-verifier';

export interface DemoToken {
  who: string;
  roles: string;
  token: string;
}

const describe = (p: Principal): string => p.roles.map((r) => ('stakeholder' in r ? `${r.role}:${r.stakeholder}` : r.role)).join(', ') || '(body member)';

/** Demo tokens are printed to a terminal: short-lived, so one left in a scroll-back or a log is soon worthless. */
export const DEMO_TOKEN_HOURS = 8;
export const DEMO_TOKEN_LIFETIME = `${DEMO_TOKEN_HOURS}h`;

/** Tokens for the demo's people, and one admin+auditor token that can see and do everything an operator needs. */
export const demoTokens = async (secret: string, expiresIn: string | number = DEMO_TOKEN_LIFETIME): Promise<DemoToken[]> => {
  const operator: Principal = { id: 'admin', name: 'Demo operator', roles: [{ role: 'admin' }, { role: 'auditor' }] };
  const people = [operator, ...Object.values(PEOPLE).filter((p) => p.id !== 'admin')];
  return Promise.all(people.map(async (p) => ({ who: p.id, roles: describe(p), token: await signHs256Token({ sub: p.id, name: p.name, roles: p.roles }, secret, expiresIn) })));
};
