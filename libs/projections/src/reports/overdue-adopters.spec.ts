import type { CatalogueEntry, CatalogueState } from '../catalogue/catalogue.projection';
import { overdueAdopters } from './harmonization-report';

const entry = (over: Partial<CatalogueEntry>): CatalogueEntry => ({
  id: 'VA-01',
  name: 'Leasing in',
  owner: { principal: 'kalle', stakeholder: 'ksn' },
  governingBody: 'obj',
  head: 2,
  definition: { purpose: 'p', participants: ['ksn', 'fsn', 'uhem'], steps: {}, handovers: {} },
  registeredAt: '2026-01-01T00:00:00.000Z',
  adopted: {},
  deviations: {},
  openProposals: [],
  adoptionTargets: {},
  ...over,
});
const cat = (p: CatalogueEntry): CatalogueState => ({ processes: { [p.id]: p }, openProposalProcess: {} });

describe('overdue adopters (roll-out)', () => {
  const p = entry({
    adoptionTargets: { 2: { ksn: '2026-03-01', fsn: '2026-03-01', uhem: '2026-05-01' } },
    adopted: { ksn: { revision: 2, adoptedOn: '2026-02-20' }, fsn: { revision: 1, adoptedOn: '2026-01-10' } },
  });

  it('given targets for revision 2, when fsn has adopted only 1 past its date, then fsn is overdue by the days since', () =>
    expect(overdueAdopters(cat(p), '2026-03-11T00:00:00.000Z')).toEqual([{ processId: 'VA-01', revision: 2, stakeholder: 'fsn', targetDate: '2026-03-01', daysOverdue: 10 }]));
  it('given a date not yet passed, then nobody is overdue before it', () => expect(overdueAdopters(cat(p), '2026-02-28T00:00:00.000Z')).toEqual([]));
  it('given the later date passed, then uhem (never adopted) is overdue too', () =>
    expect(overdueAdopters(cat(p), '2026-06-01T00:00:00.000Z').map((o) => o.stakeholder)).toEqual(['fsn', 'uhem']));
  it('given a deviation recorded at revision 2, then that organisation has answered and is not overdue', () =>
    expect(
      overdueAdopters(
        cat({ ...p, deviations: { fsn: { proposalId: 'd', revision: 2, rationale: 'r', covers: { steps: [], handovers: [], purpose: false, participants: false }, needsReapproval: null } } }),
        '2026-03-11T00:00:00.000Z',
      ),
    ).toEqual([]));
  it('given an organisation no longer a participant, then it is not overdue', () =>
    expect(overdueAdopters(cat({ ...p, definition: { ...p.definition, participants: ['ksn', 'uhem'] } }), '2026-03-11T00:00:00.000Z')).toEqual([]));
});
