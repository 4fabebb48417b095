import { PEOPLE } from '@samsyn/application/demo/uppsala-registers';
import type { Principal } from '@samsyn/domain/shared';
import { signHs256Token } from '../infrastructure/auth/token-verifier';

export interface DemoToken {
  who: string;
  roles: string;
  token: string;
}

const describe = (p: Principal): string => p.roles.map((r) => ('stakeholder' in r ? `${r.role}:${r.stakeholder}` : r.role)).join(', ') || '(body member)';

/** The demo's people, with one admin+auditor operator who can see and do everything an operator needs. */
export const demoPrincipals = (): Principal[] => {
  const operator: Principal = { id: 'admin', name: 'Demo operator', roles: [{ role: 'admin' }, { role: 'auditor' }] };
  return [operator, ...Object.values(PEOPLE).filter((p) => p.id !== 'admin')];
};

/** A token for each demo person. */
export const demoTokens = async (secret: string, expiresIn = '30d'): Promise<DemoToken[]> =>
  Promise.all(demoPrincipals().map(async (p) => ({ who: p.id, roles: describe(p), token: await signHs256Token({ sub: p.id, name: p.name, roles: p.roles }, secret, expiresIn) })));
