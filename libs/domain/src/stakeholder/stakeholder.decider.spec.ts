import { ErrorCodes, fold, type Role } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import type { RegisterStakeholder, RenameStakeholder, RetireStakeholder } from './stakeholder.commands';
import { stakeholderDecider } from './stakeholder.decider';
import type { StakeholderEvent } from './stakeholder.events';
import { stakeholderStream } from './stakeholder.stream';

const spec = DeciderSpecification.for(stakeholderDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const admin = { principal: { id: 'ada', roles: [{ role: 'admin' } as Role] }, now: NOW };
const reviewer = { principal: { id: 'rolf', roles: [{ role: 'reviewer', stakeholder: 'ksn' } as Role] }, now: NOW };

const register = (data: Partial<RegisterStakeholder['data']> = {}, context = admin): RegisterStakeholder => ({
  type: 'RegisterStakeholder',
  data: { id: 'ksn', name: 'Kommunstyrelsen', kind: 'committee', ...data },
  context,
});
const rename = (name: string, context = admin): RenameStakeholder => ({ type: 'RenameStakeholder', data: { id: 'ksn', name }, context });
const retire = (reason: string, context = admin): RetireStakeholder => ({ type: 'RetireStakeholder', data: { id: 'ksn', reason }, context });

const registered: StakeholderEvent = { type: 'StakeholderRegistered', data: { id: 'ksn', name: 'Kommunstyrelsen', kind: 'committee' } };
const retired: StakeholderEvent = { type: 'StakeholderRetired', data: { id: 'ksn', reason: 'merged' } };

describe('Stakeholder decider', () => {
  describe('register', () => {
    it('registers a new stakeholder', () => spec.given([]).when(register()).then([registered]));
    it('trims the name', () =>
      spec.given([]).when(register({ name: '  Kommunstyrelsen ' })).then([registered]));
    it('refuses a non-admin', () => spec.given([]).when(register({}, reviewer)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses an existing id', () => spec.given([registered]).when(register()).thenThrows(ErrorCodes.ALREADY_EXISTS));
    it.each(['KSN', '-ksn', 'k sn', 'ksn/1', ''])('refuses the id %p that is not a slug', (id) =>
      spec.given([]).when(register({ id })).thenThrows(ErrorCodes.INVALID_INPUT));
    it('accepts a slug with digits and dashes', () =>
      spec.given([]).when(register({ id: 'uppsala-hem2' })).thenEvents((e) => expect(e[0].data.id).toBe('uppsala-hem2')));
    it('refuses an empty name', () => spec.given([]).when(register({ name: '   ' })).thenThrows(ErrorCodes.INVALID_INPUT, 'name'));
    it('refuses an unknown kind', () =>
      spec.given([]).when(register({ kind: 'club' as never })).thenThrows(ErrorCodes.INVALID_INPUT, 'kind'));
  });

  describe('rename', () => {
    it('renames, remembering the previous name', () =>
      spec.given([registered]).when(rename('KS')).then([
        { type: 'StakeholderRenamed', data: { id: 'ksn', name: 'KS', previousName: 'Kommunstyrelsen' } },
      ]));
    it('appends nothing when the name is unchanged', () => spec.given([registered]).when(rename('Kommunstyrelsen')).then([]));
    it('refuses a missing stakeholder', () => spec.given([]).when(rename('KS')).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses a retired stakeholder', () =>
      spec.given([registered, retired]).when(rename('KS')).thenThrows(ErrorCodes.STAKEHOLDER_RETIRED));
    it('refuses an empty name', () => spec.given([registered]).when(rename('')).thenThrows(ErrorCodes.INVALID_INPUT));
    it('refuses a non-admin', () => spec.given([registered]).when(rename('KS', reviewer)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('retire', () => {
    it('retires with a reason', () => spec.given([registered]).when(retire('merged')).then([retired]));
    it('requires a reason', () => spec.given([registered]).when(retire(' ')).thenThrows(ErrorCodes.INVALID_INPUT, 'reason'));
    it('refuses a second retirement', () =>
      spec.given([registered, retired]).when(retire('again')).thenThrows(ErrorCodes.ALREADY_RETIRED));
    it('refuses a missing stakeholder', () => spec.given([]).when(retire('merged')).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses a non-admin', () => spec.given([registered]).when(retire('merged', reviewer)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('evolve', () => {
    it('starts as not existing', () => expect(stakeholderDecider.initialState().exists).toBe(false));
    it('folds the history', () =>
      expect(
        fold(stakeholderDecider, [
          registered,
          { type: 'StakeholderRenamed', data: { id: 'ksn', name: 'KS', previousName: 'Kommunstyrelsen' } },
          retired,
        ]),
      ).toEqual({ exists: true, id: 'ksn', name: 'KS', kind: 'committee', retired: true }));
    it('leaves the state alone for an unknown event type', () => {
      const state = fold(stakeholderDecider, [registered]);
      expect(stakeholderDecider.evolve(state, { type: 'SomethingElse', data: {} } as never)).toBe(state);
    });
  });

  it('names its stream', () => expect(stakeholderStream('ksn')).toBe('stakeholder-ksn'));
});
