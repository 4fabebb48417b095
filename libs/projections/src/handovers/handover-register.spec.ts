import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import { catalogueProjection, type CatalogueState } from '../catalogue/catalogue.projection';
import { directoryProjection, type DirectoryState } from '../directory/directory.projection';
import type { SamsynEvent } from '../projection';
import { projectionSpec, type GivenEvent } from '../testing/projection-spec';
import { handoverRegister } from './handover-register';

const definition: ProcessDefinition = {
  purpose: 'Lease premises in',
  participants: ['ksn', 'uhem', 'fsn'],
  steps: {
    order: { name: 'Order premises', performer: 'ksn', order: 1, terms: ['lokal'], systems: ['fastsys'] },
    offer: { name: 'Make an offer', performer: 'uhem', order: 2, terms: ['lokal', 'hyra'], systems: ['fastsys'] },
    sign: { name: 'Sign', performer: 'uhem', order: 3, systems: ['diarie'] },
    pay: { name: 'Pay rent', performer: 'fsn', order: 4, terms: ['hyra'], systems: ['ekonomi'] },
  },
  handovers: {
    h1: { from: 'order', to: 'offer', artifact: 'Order' },
    h2: { from: 'offer', to: 'sign', artifact: 'Offer' },
    h3: { from: 'sign', to: 'pay', artifact: 'Invoice' },
  },
};

const registers: SamsynEvent[] = [
  { type: 'StakeholderRegistered', data: { id: 'ksn', name: 'Kommunstyrelsen', kind: 'committee' } },
  { type: 'TermDefined', data: { id: 'lokal', label: 'Lokal', definition: 'premises' } },
  { type: 'TermDefined', data: { id: 'hyra', label: 'Hyra', definition: 'rent' } },
  { type: 'TermDefined', data: { id: 'faktura', label: 'Faktura', definition: 'an invoice' } },
] as SamsynEvent[];
const registered = { type: 'ProcessRegistered', data: { id: 'VA-01', name: 'Leasing in', owner: { principal: 'kalle', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition } } as SamsynEvent;
const revised = (d: ProcessDefinition) => ({ type: 'ProcessRevised', data: { id: 'VA-01', revision: 2, definition: d, proposalId: 'p1', baseRevision: 1, changes: [], rebased: false, summary: 's' } }) as SamsynEvent;

const directory = (events: SamsynEvent[]): DirectoryState => events.reduce((s, e, i) => directoryProjection.apply(s, { ...e, streamId: 's', revision: BigInt(i), position: BigInt(i + 1), metadata: { actor: 'a', occurredAt: '2026-01-01T00:00:00.000Z', correlationId: 'c', causationId: null } } as never), directoryProjection.initialState());

/** Given the catalogue's events (and the registers), when one more, then the handovers as `expect` says. */
const handovers = (given: GivenEvent[], when: GivenEvent | undefined, dir: DirectoryState, check: (r: ReturnType<typeof handoverRegister>, s: CatalogueState) => void) =>
  projectionSpec(catalogueProjection).given(given).when(when).then((s: CatalogueState) => check(handoverRegister(s, dir), s));

describe('handovers between organisations', () => {
  const dir = directory(registers);

  it('given a process, then only the handovers between two organisations are listed, with both sides', () =>
    handovers([registered], undefined, dir, (r) => {
      expect(r.handovers.map((h) => h.handoverId)).toEqual(['h1', 'h3']);
      expect(r.handovers[0]).toMatchObject({
        processId: 'VA-01',
        revision: 1,
        artifact: 'Order',
        from: { stakeholder: 'ksn', stakeholderName: 'Kommunstyrelsen', step: 'order', stepName: 'Order premises', systems: ['fastsys'], terms: ['lokal'] },
        to: { stakeholder: 'uhem', stakeholderName: null, step: 'offer', systems: ['fastsys'], terms: ['hyra', 'lokal'] },
        commonSystems: ['fastsys'],
        commonTerms: ['lokal'],
        flagged: false,
        reasons: [],
      });
    }));

  it('given two sides with systems but none in common, and no term in common, then it is flagged for both reasons', () =>
    handovers([registered], undefined, dir, (r) => expect(r.handovers[1]).toMatchObject({ handoverId: 'h3', commonSystems: [], commonTerms: [], flagged: true, reasons: ['NO_COMMON_SYSTEM', 'NO_COMMON_TERM'] })));

  it('given an artifact named as a common term, then it has a common term though the steps share none', () =>
    handovers([registered], revised({ ...definition, handovers: { ...definition.handovers, h3: { from: 'sign', to: 'pay', artifact: ' faktura ' } } }), dir, (r) =>
      expect(r.handovers[1]).toMatchObject({ artifactTerm: 'faktura', reasons: ['NO_COMMON_SYSTEM'] })));

  it("given an artifact named by an organisation's local synonym, then that term is the artifact's", () => {
    const withSynonym = directory([...registers, { type: 'LocalSynonymMapped', data: { id: 'faktura', stakeholder: 'fsn', label: 'Hyresavi' } } as SamsynEvent]);
    handovers([registered], revised({ ...definition, handovers: { ...definition.handovers, h3: { from: 'sign', to: 'pay', artifact: 'Hyresavi' } } }), withSynonym, (r) =>
      expect(r.handovers[1].artifactTerm).toBe('faktura'));
  });

  it('given the common term deprecated, then it no longer counts and the handover is flagged', () => {
    const deprecated = directory([...registers, { type: 'TermDeprecated', data: { id: 'lokal', reason: 'replaced', replacedBy: null } } as SamsynEvent]);
    handovers([registered], undefined, deprecated, (r) => expect(r.handovers[0]).toMatchObject({ commonTerms: [], flagged: true, reasons: ['NO_COMMON_TERM'] }));
  });

  it('given a side that names no system, then no system flag (it is not known to use another)', () =>
    handovers([registered], revised({ ...definition, steps: { ...definition.steps, sign: { name: 'Sign', performer: 'uhem', order: 3 } } }), dir, (r) =>
      expect(r.handovers[1]).toMatchObject({ handoverId: 'h3', reasons: ['NO_COMMON_TERM'] })));

  it('given a revision that gives both steps of a handover to one organisation, then it is no longer listed', () =>
    handovers([registered], revised({ ...definition, steps: { ...definition.steps, pay: { ...definition.steps.pay, performer: 'uhem' } } }), dir, (r) =>
      expect(r.handovers.map((h) => [h.handoverId, h.revision])).toEqual([['h1', 2]])));

  it('given a filter by organisation, then only the handovers it sends or receives, and the summary counts them', () =>
    handovers([registered], undefined, dir, (_, state) => {
      expect(handoverRegister(state, dir, { stakeholder: 'fsn' })).toMatchObject({ stakeholder: 'fsn', summary: { handovers: 1, flagged: 1 }, handovers: [{ handoverId: 'h3' }] });
      expect(handoverRegister(state, dir, { stakeholder: 'nobody' }).handovers).toEqual([]);
      expect(handoverRegister(state, dir).summary).toEqual({ handovers: 2, flagged: 1 });
    }));
});
