import type { SamsynEvent } from '../projection';
import { bodyEstablished, bodyMembersChanged, stakeholderRegistered } from '../testing/given-events';
import { projectionSpec } from '../testing/projection-spec';
import { directoryProjection } from './directory.projection';

const spec = projectionSpec(directoryProjection);
const term: SamsynEvent = { type: 'TermDefined', data: { id: 'hyra', label: 'Rent', definition: 'Rent paid' } };
const synonym = (stakeholder: string, label: string): SamsynEvent => ({ type: 'LocalSynonymMapped', data: { id: 'hyra', stakeholder, label } });
const system: SamsynEvent = { type: 'SystemRegistered', data: { id: 'diarie', name: 'Diarium', ownerStakeholder: 'ksn', ownerPrincipal: 'kalle', governingBody: 'obj' } };

describe('directory projection (given events, when one more, then the registers)', () => {
  it('a stakeholder is registered active, renamed in place, retired with its reason', () => {
    spec.given([]).when(stakeholderRegistered('ksn', 'Kommunstyrelsen')).then({
      stakeholders: { ksn: { id: 'ksn', name: 'Kommunstyrelsen', kind: 'committee', retired: false, retiredReason: null, registeredAt: '2026-01-01T00:00:00.000Z' } },
      bodies: {},
      terms: {},
      systems: {},
    });
    spec
      .given([stakeholderRegistered('ksn'), { type: 'StakeholderRenamed', data: { id: 'ksn', name: 'KS', previousName: 'ksn' } }])
      .when({ type: 'StakeholderRetired', data: { id: 'ksn', reason: 'merged' } })
      .then((s) => expect(s.stakeholders.ksn).toMatchObject({ name: 'KS', retired: true, retiredReason: 'merged' }));
  });

  it('a body’s members are replaced by the list of the change', () =>
    spec.given([bodyEstablished('obj', 'object', ['olle'], 'adm')]).when(bodyMembersChanged('obj', ['nora', 'olle'], ['nora'], [])).then((s) =>
      expect(s.bodies.obj).toEqual({ id: 'obj', name: 'Body obj', level: 'object', parent: 'adm', members: ['nora', 'olle'] }),
    ));

  it('a body’s budget frame is set, replaced and removed (null: no frame, the field absent)', () => {
    const frame = (budgetFrame: number | null): SamsynEvent => ({ type: 'GovernanceBodyBudgetFrameSet', data: { id: 'obj', budgetFrame } });
    spec.given([bodyEstablished('obj', 'object', ['olle'], 'adm')]).when(frame(500_000)).then((s) => expect(s.bodies.obj.budgetFrame).toBe(500_000));
    spec.given([bodyEstablished('obj', 'object', ['olle'], 'adm'), frame(500_000)]).when(frame(750_000)).then((s) => expect(s.bodies.obj.budgetFrame).toBe(750_000));
    spec.given([bodyEstablished('obj', 'object', ['olle'], 'adm'), frame(500_000)]).when(frame(null)).then((s) => expect(s.bodies.obj).not.toHaveProperty('budgetFrame'));
    spec.given([]).when(frame(1)).thenUnchanged();
  });

  it('a local synonym is kept once per stakeholder and label', () => {
    spec.given([term, synonym('ksn', 'hyra')]).when(synonym('ksn', 'lokalhyra')).then((s) => expect(s.terms.hyra.synonyms).toEqual({ ksn: ['hyra', 'lokalhyra'] }));
    spec.given([term, synonym('ksn', 'hyra')]).when(synonym('ksn', 'hyra')).thenUnchanged();
  });

  it('a retired system stays in the register, retired', () =>
    spec.given([system]).when({ type: 'SystemRetired', data: { id: 'diarie', reason: 'replaced' } }).then((s) =>
      expect(s.systems.diarie).toEqual({ id: 'diarie', name: 'Diarium', owner: { stakeholder: 'ksn', principal: 'kalle' }, governingBody: 'obj', status: 'retired', retiredReason: 'replaced' }),
    ));

  it('changes to entries it never saw registered change nothing; ids named after Object.prototype are entries', () => {
    spec.given([]).when({ type: 'StakeholderRetired', data: { id: 'constructor', reason: 'r' } }).thenUnchanged();
    spec.given([term]).when(synonym('toString', 'x')).then((s) => expect(Object.keys(s.terms.hyra.synonyms)).toEqual(['toString']));
  });
});
