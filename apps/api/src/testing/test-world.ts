import type { ExecutionOptions } from '@samsyn/application/execution';
import type { SamsynUseCases } from '@samsyn/application/use-cases.port';
import type { Principal } from '@samsyn/domain/shared';

/** The HTTP layer's tests' cast: the principals their tokens name. */
export const WORLD_CAST: Record<string, Principal['roles']> = {
  ada: [{ role: 'admin' }],
  anna: [{ role: 'process-owner', stakeholder: 'ksn' }],
  rita: [{ role: 'reviewer', stakeholder: 'ksn' }],
  ulf: [{ role: 'reviewer', stakeholder: 'uh' }],
};

export interface TestWorld {
  /** Global position of p1's submission (p1's stream revision 0). */
  p1SubmittedAt: bigint;
}

/**
 * A small world through the real use cases, before the tests' clock (TEST_NOW): stakeholders ksn
 * and uh, three bodies, process LF-01 at revision 2 (a consensus change applied), proposal p1 with
 * one review of two, and proposal `late`, whose review deadline has passed with no review.
 */
export const seedTestWorld = async (app: SamsynUseCases): Promise<TestWorld> => {
  const as = (who: string, now: string): ExecutionOptions => ({ principal: { id: who, name: who, roles: WORLD_CAST[who] }, now });
  const admin = as('ada', '2024-03-01T08:00:00.000Z');
  await app.registerStakeholder({ id: 'ksn', name: 'Kommunstyrelsen', kind: 'committee' }, admin);
  await app.registerStakeholder({ id: 'uh', name: 'Uppsalahem', kind: 'company' }, admin);
  await app.establishBody({ id: 'port', name: 'Portfolio', level: 'portfolio', members: ['pia'] }, admin);
  await app.establishBody({ id: 'adm', name: 'Administration', level: 'administration', parent: 'port', members: ['adam'] }, admin);
  await app.establishBody({ id: 'obj', name: 'Object', level: 'object', parent: 'adm', members: ['olle'] }, admin);
  await app.registerProcess(
    {
      id: 'LF-01',
      name: 'Lokalbehovsanalys',
      ownerStakeholder: 'ksn',
      governingBody: 'obj',
      definition: {
        purpose: 'Analyse premises needs',
        participants: ['ksn', 'uh'],
        steps: {
          s1: { name: 'Describe need', performer: 'ksn', order: 1, description: 'What the activity needs' },
          s2: { name: 'Find premises', performer: 'uh', order: 2 },
        },
        handovers: { h1: { from: 's1', to: 's2', artifact: 'needs description' } },
      },
    },
    as('anna', '2024-03-01T09:00:00.000Z'),
  );
  const rename = (path: string, value: string) => [{ op: 'replace' as const, path, value }];
  await app.submitProposal('LF-01', { id: 'p0', baseRevision: 1, changes: rename('/steps/s2/name', 'Find the premises'), rationale: 'wording' }, as('anna', '2024-03-02T09:00:00.000Z'));
  await app.reviewProposal('p0', { stakeholder: 'ksn', verdict: 'accept', comment: 'ok' }, as('rita', '2024-03-03T09:00:00.000Z'));
  await app.reviewProposal('p0', { stakeholder: 'uh', verdict: 'accept', comment: 'ok' }, as('ulf', '2024-03-04T09:00:00.000Z'));
  const p1 = await app.submitProposal('LF-01', { id: 'p1', baseRevision: 2, changes: rename('/steps/s1/name', 'Describe the need'), rationale: 'wording' }, as('anna', '2024-04-01T09:00:00.000Z'));
  await app.reviewProposal('p1', { stakeholder: 'ksn', verdict: 'accept', comment: 'ok' }, as('rita', '2024-04-02T09:00:00.000Z'));
  await app.submitProposal(
    'LF-01',
    { id: 'late', baseRevision: 2, changes: rename('/purpose', 'Analyse the premises needs'), rationale: 'wording', reviewDeadline: '2024-05-01T00:00:00.000Z' },
    as('anna', '2024-04-03T09:00:00.000Z'),
  );
  return { p1SubmittedAt: p1.position };
};
