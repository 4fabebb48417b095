import type { Body, CatalogueEntry, Proposal } from '../../../lib/types';
import { composeMyWork } from './my-work';

const p = (over: Partial<Proposal>): Proposal => ({ id: 'P', processId: 'FF-01', status: 'submitted', heldBy: null, awaitingReviewFrom: [], submittedBy: 'eva', ...over }) as Proposal;
const body = (id: string, members: string[]): Body => ({ id, name: id, level: 'object', parent: null, members });
const entry = (status: Record<string, string>): CatalogueEntry => ({ id: 'EK-01', participants: Object.keys(status), status }) as unknown as CatalogueEntry;

describe('my work', () => {
  it('collects what waits for a reviewer, a body member and a submitter, and the adoptions not recorded', () => {
    const proposals = [
      p({ id: 'P-1', awaitingReviewFrom: ['ksn', 'utbn'] }),
      p({ id: 'P-2', status: 'escalated', heldBy: 'objekt-lokal' }),
      p({ id: 'P-3', status: 'conflicted', submittedBy: 'bjorn' }),
      p({ id: 'P-4', status: 'applied', submittedBy: 'bjorn' }),
      p({ id: 'P-5', status: 'escalated', heldBy: 'portfolj-va' }),
    ];
    const work = composeMyWork({
      sub: 'bjorn',
      roles: [{ role: 'reviewer', stakeholder: 'ksn' }],
      proposals,
      bodies: [body('objekt-lokal', ['bjorn']), body('portfolj-va', ['maria'])],
      catalogue: [entry({ ksn: 'behind', utbn: 'not-adopted' }), entry({ ksn: 'harmonized' })],
    });
    expect(work.toReview.map((x) => [x.proposal.id, x.stakeholder])).toEqual([['P-1', 'ksn']]);
    expect(work.toDecide.map((x) => x.proposal.id)).toEqual(['P-2']);
    expect(work.mine.map((x) => x.id)).toEqual(['P-3']);
    expect(work.adoptions.map((a) => [a.stakeholder, a.status])).toEqual([['ksn', 'behind']]);
    expect(work.total).toBe(4);
  });

  it('an auditor with no organisation has nothing waiting', () => {
    const work = composeMyWork({ sub: 'revisor', roles: [{ role: 'auditor' }], proposals: [p({ awaitingReviewFrom: ['ksn'] })], bodies: [], catalogue: [entry({ ksn: 'behind' })] });
    expect(work.total).toBe(0);
  });
});
