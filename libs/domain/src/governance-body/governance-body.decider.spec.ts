import { ErrorCodes, fold, type Role } from '../shared';
import type { GovernanceLevel } from './governance-level';
import { DeciderSpecification } from '../testing/decider-spec';
import type { EstablishGovernanceBody, SetGovernanceBodyBudgetFrame, SetGovernanceBodyMembers } from './governance-body.commands';
import { governanceBodyDecider } from './governance-body.decider';
import type { GovernanceBodyEvent } from './governance-body.events';
import type { GovernanceBodyState } from './governance-body.state';
import { bodyStream } from './governance-body.stream';

const spec = DeciderSpecification.for(governanceBodyDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const admin = { principal: { id: 'ada', roles: [{ role: 'admin' } as Role] }, now: NOW };
const owner = { principal: { id: 'olle', roles: [{ role: 'process-owner', stakeholder: 'ksn' } as Role] }, now: NOW };

const body = (id: string, level: GovernanceLevel, parent: string | null = null): GovernanceBodyState => ({
  exists: true,
  id,
  name: id,
  level,
  parent,
  members: [],
});
const portfolio = body('portfolio', 'portfolio');
const administration = body('lokaler-adm', 'administration', 'portfolio');
const objectBody = body('lokaler-obj', 'object', 'lokaler-adm');

const establish = (
  data: Partial<EstablishGovernanceBody['data']>,
  parentBody?: GovernanceBodyState,
  context = admin,
): EstablishGovernanceBody => ({
  type: 'EstablishGovernanceBody',
  data: { id: 'lokaler-obj', name: 'Objektstyrgrupp lokaler', level: 'object', parent: 'lokaler-adm', members: ['anna'], ...data },
  refs: { parentBody },
  context,
});
const setMembers = (members: unknown, context = admin): SetGovernanceBodyMembers => ({
  type: 'SetGovernanceBodyMembers',
  data: { id: 'lokaler-obj', members: members as string[] },
  context,
});

const established: GovernanceBodyEvent = {
  type: 'GovernanceBodyEstablished',
  data: { id: 'lokaler-obj', name: 'Objektstyrgrupp lokaler', level: 'object', parent: 'lokaler-adm', members: ['anna', 'bo'] },
};

describe('GovernanceBody decider', () => {
  describe('establish', () => {
    it('establishes a portfolio body without a parent', () =>
      spec
        .given([])
        .when(establish({ id: 'portfolio', name: 'Portföljstyrgrupp', level: 'portfolio', parent: null }))
        .then([
          {
            type: 'GovernanceBodyEstablished',
            data: { id: 'portfolio', name: 'Portföljstyrgrupp', level: 'portfolio', parent: null, members: ['anna'] },
          },
        ]));
    it('establishes an administration body under the portfolio body', () =>
      spec
        .given([])
        .when(establish({ id: 'lokaler-adm', level: 'administration', parent: 'portfolio' }, portfolio))
        .thenEvents(([e]) => expect(e.data).toMatchObject({ level: 'administration', parent: 'portfolio' })));
    it('establishes an object body under an administration body', () =>
      spec
        .given([])
        .when(establish({}, administration))
        .thenEvents(([e]) => expect(e.data).toMatchObject({ level: 'object', parent: 'lokaler-adm' })));
    it('refuses a portfolio body with a parent', () =>
      spec
        .given([])
        .when(establish({ id: 'p2', level: 'portfolio', parent: 'portfolio' }, portfolio))
        .thenThrows(ErrorCodes.INVALID_BODY_HIERARCHY));
    it('refuses an object body without a parent', () =>
      spec.given([]).when(establish({ parent: null })).thenThrows(ErrorCodes.INVALID_BODY_HIERARCHY));
    it('refuses a parent that does not exist', () =>
      spec.given([]).when(establish({}, undefined)).thenThrows(ErrorCodes.BODY_UNKNOWN));
    it('refuses a parent whose stream is empty', () =>
      spec.given([]).when(establish({}, governanceBodyDecider.initialState())).thenThrows(ErrorCodes.BODY_UNKNOWN));
    it('refuses a parent state that belongs to another body', () =>
      spec.given([]).when(establish({ parent: 'other-adm' }, administration)).thenThrows(ErrorCodes.BODY_UNKNOWN));
    it('refuses a parent two levels up', () =>
      spec.given([]).when(establish({ parent: 'portfolio' }, portfolio)).thenThrows(ErrorCodes.INVALID_BODY_HIERARCHY));
    it('refuses a parent at the same level', () =>
      spec.given([]).when(establish({ parent: 'obj-2' }, body('obj-2', 'object', 'lokaler-adm'))).thenThrows(ErrorCodes.INVALID_BODY_HIERARCHY));
    it('refuses a parent below', () =>
      spec
        .given([])
        .when(establish({ id: 'adm-2', level: 'administration', parent: 'lokaler-obj' }, objectBody))
        .thenThrows(ErrorCodes.INVALID_BODY_HIERARCHY));
    it('deduplicates and trims members', () =>
      spec
        .given([])
        .when(establish({ members: ['anna', ' bo ', 'anna', 'bo'] }, administration))
        .thenEvents(([e]) => expect((e.data as { members: string[] }).members).toEqual(['anna', 'bo'])));
    it('refuses an empty member id', () =>
      spec.given([]).when(establish({ members: ['anna', ''] }, administration)).thenThrows(ErrorCodes.INVALID_INPUT, 'members[1]'));
    it('refuses members that are not an array', () =>
      spec.given([]).when(establish({ members: 'anna' as never }, administration)).thenThrows(ErrorCodes.INVALID_INPUT, 'members'));
    it('refuses an unknown level', () =>
      spec.given([]).when(establish({ level: 'team' as never }, administration)).thenThrows(ErrorCodes.INVALID_INPUT, 'level'));
    it('refuses an empty name', () =>
      spec.given([]).when(establish({ name: ' ' }, administration)).thenThrows(ErrorCodes.INVALID_INPUT, 'name'));
    it('refuses an existing body', () =>
      spec.given([established]).when(establish({}, administration)).thenThrows(ErrorCodes.ALREADY_EXISTS));
    it('refuses a non-admin', () =>
      spec.given([]).when(establish({}, administration, owner)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('set members', () => {
    it('records who was added and who was removed', () =>
      spec.given([established]).when(setMembers(['bo', 'cia', 'cia'])).then([
        { type: 'GovernanceBodyMembersChanged', data: { id: 'lokaler-obj', members: ['bo', 'cia'], added: ['cia'], removed: ['anna'] } },
      ]));
    it('may empty the body', () =>
      spec
        .given([established])
        .when(setMembers([]))
        .thenEvents(([e]) => expect(e.data).toMatchObject({ members: [], added: [], removed: ['anna', 'bo'] })));
    it('appends nothing when the members are the same', () => spec.given([established]).when(setMembers(['bo', 'anna'])).then([]));
    it('refuses a missing body', () => spec.given([]).when(setMembers(['anna'])).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses an empty member id', () =>
      spec.given([established]).when(setMembers(['  '])).thenThrows(ErrorCodes.INVALID_INPUT));
    it('refuses a non-admin', () => spec.given([established]).when(setMembers(['anna'], owner)).thenThrows(ErrorCodes.NOT_ALLOWED));
  });

  describe('set budget frame', () => {
    const setFrame = (budgetFrame: unknown, context = admin): SetGovernanceBodyBudgetFrame => ({
      type: 'SetGovernanceBodyBudgetFrame',
      data: { id: 'lokaler-obj', budgetFrame: budgetFrame as number },
      context,
    });
    const frameSet: GovernanceBodyEvent = { type: 'GovernanceBodyBudgetFrameSet', data: { id: 'lokaler-obj', budgetFrame: 500_000 } };
    it('sets a frame in whole SEK', () => spec.given([established]).when(setFrame(500_000)).then([frameSet]));
    it('lifts the frame with null', () =>
      spec.given([established, frameSet]).when(setFrame(null)).then([{ type: 'GovernanceBodyBudgetFrameSet', data: { id: 'lokaler-obj', budgetFrame: null } }]));
    it('appends nothing for the same frame', () => spec.given([established, frameSet]).when(setFrame(500_000)).then([]));
    it('appends nothing when lifting a frame never set', () => spec.given([established]).when(setFrame(null)).then([]));
    it.each([-1, 1.5, '100', Number.MAX_SAFE_INTEGER + 1])('refuses %p', (v) =>
      spec.given([established]).when(setFrame(v)).thenThrows(ErrorCodes.INVALID_INPUT, 'budgetFrame'));
    it('refuses a missing body', () => spec.given([]).when(setFrame(1)).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses a non-admin', () => spec.given([established]).when(setFrame(1, owner)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('folds the frame into the state', () => expect(fold(governanceBodyDecider, [established, frameSet]).budgetFrame).toBe(500_000));
  });

  describe('evolve', () => {
    it('starts as not existing', () => expect(governanceBodyDecider.initialState().exists).toBe(false));
    it('folds the history', () =>
      expect(
        fold(governanceBodyDecider, [
          established,
          { type: 'GovernanceBodyMembersChanged', data: { id: 'lokaler-obj', members: ['cia'], added: ['cia'], removed: ['anna', 'bo'] } },
        ]),
      ).toEqual({ exists: true, id: 'lokaler-obj', name: 'Objektstyrgrupp lokaler', level: 'object', parent: 'lokaler-adm', members: ['cia'] }));
    it('leaves the state alone for an unknown event type', () => {
      const state = fold(governanceBodyDecider, [established]);
      expect(governanceBodyDecider.evolve(state, { type: 'SomethingElse', data: {} } as never)).toBe(state);
    });
  });

  it('names its stream', () => expect(bodyStream('lokaler-obj')).toBe('body-lokaler-obj'));
});
