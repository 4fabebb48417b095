import type { Principal } from '@samsyn/domain/shared';
import type { E2eApp } from './e2e-app';

/** The cast of the end-to-end tests: one principal per role, and the members of the three bodies. */
export const CAST: Record<string, Principal['roles']> = {
  ada: [{ role: 'admin' }],
  aud: [{ role: 'auditor' }],
  anna: [{ role: 'process-owner', stakeholder: 'ksn' }],
  uno: [{ role: 'process-owner', stakeholder: 'uh' }],
  rita: [{ role: 'reviewer', stakeholder: 'ksn' }],
  ulf: [{ role: 'reviewer', stakeholder: 'uh' }],
  tina: [{ role: 'reviewer', stakeholder: 'utbn' }],
  olle: [],
  adam: [],
  pia: [],
  nobody: [],
};

export type Tokens = Record<keyof typeof CAST, string>;

export const tokensFor = async (e2e: E2eApp): Promise<Tokens> =>
  Object.fromEntries(await Promise.all(Object.entries(CAST).map(async ([sub, roles]) => [sub, await e2e.bearer(sub, roles)]))) as Tokens;

export const DEFINITION = {
  purpose: 'Analyse premises needs',
  participants: ['ksn', 'uh', 'utbn'],
  steps: {
    s1: { name: 'Describe need', performer: 'ksn', order: 1 },
    s2: { name: 'Find premises', performer: 'uh', order: 2 },
    s3: { name: 'Move in', performer: 'utbn', order: 3 },
  },
  handovers: { h1: { from: 's1', to: 's2', artifact: 'needs description' } },
};

/** Registers, bodies, a term, a system and process LF-01, all through the HTTP API. */
export const buildWorld = async (e2e: E2eApp, t: Tokens): Promise<void> => {
  const ok = async (method: 'post' | 'put', url: string, token: string, body: object) => {
    const res = await e2e.http()[method](url).set('Authorization', token).send(body);
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  for (const [id, name, kind] of [
    ['ksn', 'Kommunstyrelsen', 'committee'],
    ['uh', 'Uppsalahem', 'company'],
    ['utbn', 'Utbildningsnämnden', 'committee'],
  ]) {
    await ok('post', '/stakeholders', t.ada, { id, name, kind });
  }
  await ok('post', '/bodies', t.ada, { id: 'port', name: 'Portfolio', level: 'portfolio', members: ['pia'] });
  await ok('post', '/bodies', t.ada, { id: 'adm', name: 'Administration', level: 'administration', parent: 'port', members: ['adam'] });
  await ok('post', '/bodies', t.ada, { id: 'obj', name: 'Object', level: 'object', parent: 'adm', members: ['olle'] });
  await ok('post', '/terms', t.ada, { id: 'lokal', label: 'Lokal', definition: 'A room or building used by an organisation' });
  await ok('post', '/systems', t.ada, { id: 'fastsys', name: 'Fastighetssystem', ownerStakeholder: 'ksn', governingBody: 'obj' });
  await ok('post', '/processes', t.anna, { id: 'LF-01', name: 'Lokalbehovsanalys', ownerStakeholder: 'ksn', governingBody: 'obj', definition: DEFINITION });
};
