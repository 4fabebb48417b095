import { ErrorCodes, fold, SYSTEM_PRINCIPAL, type CommandContext, type Role } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import type { PatchOperation, ProcessDefinition } from './definition';
import { harmonizationStatus } from './harmonization';
import { body, definition, refs } from './process.fixtures';
import type { ApplyChangeProposal, RecordAdoption, RecordDeviation, RegisterProcess } from './process.commands';
import { processDecider } from './process.decider';
import type { ProcessEvent, ProcessRevised } from './process.events';
import { processStream } from './process.stream';

const spec = DeciderSpecification.for(processDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const as = (id: string, ...roles: Role[]): CommandContext => ({ principal: { id, roles }, now: NOW });
const olga = as('olga', { role: 'process-owner', stakeholder: 'ksn' });
const rita = as('rita', { role: 'reviewer', stakeholder: 'fsn' });
const pelle = as('pelle', { role: 'process-owner', stakeholder: 'uhem' });
const system: CommandContext = { principal: SYSTEM_PRINCIPAL, now: NOW };
const objectBody = body('obj', 'object', 'adm', ['bo']);

const register = (data: Partial<RegisterProcess['data']> = {}, context = olga, over: Partial<RegisterProcess['refs']> = {}): RegisterProcess => ({
  type: 'RegisterProcess',
  data: { id: 'VA-03', name: 'Leasing in', ownerStakeholder: 'ksn', governingBody: 'obj', definition: definition(), ...data },
  context,
  refs: { ...refs(), body: objectBody, ...over },
});

const registered: ProcessEvent = {
  type: 'ProcessRegistered',
  data: { id: 'VA-03', name: 'Leasing in', owner: { principal: 'olga', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition: definition() },
};

const applyCmd = (proposalId: string, baseRevision: number, changes: PatchOperation[]): ApplyChangeProposal => ({
  type: 'ApplyChangeProposal',
  data: { id: 'VA-03', proposalId, baseRevision, changes, rationale: 'because', initiatedBy: 'olga' },
  context: system,
  refs: refs(),
});

/** The revision event the decider produces, for use as history in later specs. */
const revised = (history: ProcessEvent[], proposalId: string, baseRevision: number, changes: PatchOperation[]): ProcessRevised =>
  processDecider.decide(applyCmd(proposalId, baseRevision, changes), fold(processDecider, history))[0] as ProcessRevised;

const renameS1: PatchOperation[] = [{ op: 'replace', path: '/steps/s1/name', value: 'Analyse' }];
const rev2 = revised([registered], 'p1', 1, renameS1);

const deviation = (stakeholder = 'fsn'): RecordDeviation => ({
  type: 'RecordDeviation',
  data: { id: 'VA-03', proposalId: 'd1', stakeholder, rationale: 'local board meets monthly', changes: [], initiatedBy: 'bo' },
  context: system,
});
const deviationRecorded: ProcessEvent = {
  type: 'DeviationRecorded',
  data: {
    id: 'VA-03',
    stakeholder: 'fsn',
    proposalId: 'd1',
    revision: 1,
    rationale: 'local board meets monthly',
    changes: [],
    initiatedBy: 'bo',
    baseRevision: 1,
    covers: { steps: [], handovers: [], purpose: false, participants: false },
  },
};

const adopt = (revision: number, context = rita, stakeholder = 'fsn', adoptedOn = '2026-02-20'): RecordAdoption => ({
  type: 'RecordAdoption',
  data: { id: 'VA-03', stakeholder, revision, adoptedOn },
  context,
});
const adopted = (revision: number, stakeholder = 'fsn'): ProcessEvent => ({
  type: 'AdoptionRecorded',
  data: { id: 'VA-03', stakeholder, revision, adoptedOn: '2026-02-20' },
});

describe('Process decider', () => {
  describe('register', () => {
    it('registers revision 1 owned by the principal', () => spec.given([]).when(register()).then([registered]));
    it('refuses a principal who is not process owner of the owner stakeholder', () =>
      spec.given([]).when(register({}, pelle)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses a reviewer of the owner stakeholder', () =>
      spec.given([]).when(register({}, as('rolf', { role: 'reviewer', stakeholder: 'ksn' }))).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses an existing process', () => spec.given([registered]).when(register()).thenThrows(ErrorCodes.ALREADY_EXISTS));
    it('refuses an owner stakeholder that is not a participant', () =>
      spec
        .given([])
        .when(register({ ownerStakeholder: 'old' }, as('olga', { role: 'process-owner', stakeholder: 'old' })))
        .thenThrows(ErrorCodes.NOT_A_PARTICIPANT));
    it('refuses an unknown governing body', () =>
      spec.given([]).when(register({}, olga, { body: { ...objectBody, exists: false } })).thenThrows(ErrorCodes.BODY_UNKNOWN));
    it('refuses body refs that are not the named body', () =>
      spec.given([]).when(register({ governingBody: 'other' })).thenThrows(ErrorCodes.BODY_UNKNOWN));
    it('refuses a governing body that is not object level', () =>
      spec.given([]).when(register({}, olga, { body: body('obj', 'administration', 'port', []) })).thenThrows(ErrorCodes.INVALID_BODY_HIERARCHY));
    it('validates the definition', () =>
      spec.given([]).when(register({ definition: { ...definition(), handovers: { h1: { from: 's1', to: 's9', artifact: 'x' } } } })).thenThrows(ErrorCodes.INVALID_DEFINITION));
    it('refuses a retired participant', () =>
      spec.given([]).when(register({ definition: { ...definition(), participants: ['ksn', 'fsn', 'uhem', 'old'] } })).thenThrows(ErrorCodes.STAKEHOLDER_RETIRED));
    it('refuses a deprecated term', () => {
      const d = definition();
      d.steps.s2.terms = ['obsolete'];
      spec.given([]).when(register({ definition: d })).thenThrows(ErrorCodes.TERM_DEPRECATED);
    });
    it('refuses a retired system', () => {
      const d = definition();
      d.steps.s2.systems = ['legacy'];
      spec.given([]).when(register({ definition: d })).thenThrows(ErrorCodes.SYSTEM_RETIRED);
    });
    it.each(['', 'VA 03', 'a/b'])('refuses the id %p', (id) => spec.given([]).when(register({ id })).thenThrows(ErrorCodes.INVALID_INPUT));
    it('refuses an empty name', () => spec.given([]).when(register({ name: ' ' })).thenThrows(ErrorCodes.INVALID_INPUT, 'name'));
    it('does not share the definition object with the command', () => {
      const command = register();
      const [event] = processDecider.decide(command, processDecider.initialState());
      expect((event.data as { definition: ProcessDefinition }).definition).not.toBe(command.data.definition);
    });
  });

  describe('apply a change proposal', () => {
    it('makes the next revision when the base is the head', () =>
      spec.given([registered]).when(applyCmd('p1', 1, renameS1)).then([
        {
          type: 'ProcessRevised',
          data: {
            id: 'VA-03',
            revision: 2,
            definition: { ...definition(), steps: { ...definition().steps, s1: { ...definition().steps.s1, name: 'Analyse' } } },
            proposalId: 'p1',
            baseRevision: 1,
            changes: renameS1,
            rebased: false,
            summary: 'steps changed: s1',
            // Who and why, though the system appends it: the proposal's rationale and initiator.
            rationale: 'because',
            initiatedBy: 'olga',
          },
        },
      ]));

    it('rebases onto a newer head when the operations still apply', () =>
      spec
        .given([registered, rev2])
        .when(applyCmd('p2', 1, [{ op: 'add', path: '/handovers/h3', value: { from: 's1', to: 's3', artifact: 'draft' } }]))
        .thenEvents(([event]) => {
          expect(event.type).toBe('ProcessRevised');
          const data = (event as ProcessRevised).data;
          expect(data).toMatchObject({ revision: 3, baseRevision: 1, rebased: true, summary: 'handovers added: h3' });
          // Both changes survive: the rebase applied onto revision 2, not onto the stale base.
          expect(data.definition.steps.s1.name).toBe('Analyse');
          expect(data.definition.handovers.h3).toEqual({ from: 's1', to: 's3', artifact: 'draft' });
        }));

    it('refuses a rebase whose test no longer holds on the head (conflict)', () =>
      spec
        .given([registered, rev2])
        .when(
          applyCmd('p2', 1, [
            { op: 'test', path: '/steps/s1/name', value: 'Analyse need' },
            { op: 'replace', path: '/steps/s1/name', value: 'Needs analysis' },
          ]),
        )
        .thenThrows(ErrorCodes.PATCH_DOES_NOT_APPLY));

    it('refuses a rebase whose target was removed by the newer head (conflict)', () => {
      const rev2removed = revised([registered], 'p1', 1, [
        { op: 'remove', path: '/handovers/h2' },
        { op: 'remove', path: '/steps/s3' },
      ]);
      spec
        .given([registered, rev2removed])
        .when(applyCmd('p2', 1, [{ op: 'replace', path: '/steps/s3/name', value: 'Sign' }]))
        .thenThrows(ErrorCodes.PATCH_DOES_NOT_APPLY);
    });

    it('refuses a rebase whose result no longer validates on the head', () => {
      const rev2removed = revised([registered], 'p1', 1, [{ op: 'remove', path: '/handovers/h2' }, { op: 'remove', path: '/steps/s3' }]);
      spec
        .given([registered, rev2removed])
        .when(applyCmd('p2', 1, [{ op: 'add', path: '/handovers/h3', value: { from: 's2', to: 's3', artifact: 'x' } }]))
        .thenThrows(ErrorCodes.INVALID_DEFINITION);
    });

    it('refuses a proposal already applied', () =>
      spec.given([registered, rev2]).when(applyCmd('p1', 2, renameS1)).thenThrows(ErrorCodes.ALREADY_EXISTS));
    it('refuses an unknown base revision', () => spec.given([registered]).when(applyCmd('p1', 2, renameS1)).thenThrows(ErrorCodes.REVISION_UNKNOWN));
    it('refuses a missing process', () => spec.given([]).when(applyCmd('p1', 1, renameS1)).thenThrows(ErrorCodes.NOT_FOUND));
    it('refuses a change whose result references a retired system', () =>
      spec.given([registered]).when(applyCmd('p1', 1, [{ op: 'add', path: '/steps/s2/systems', value: ['legacy'] }])).thenThrows(ErrorCodes.SYSTEM_RETIRED));
    it('still applies a change to a process whose participant retired since', () => {
      const history = [registered];
      const command = { ...applyCmd('p1', 1, renameS1), refs: refs({ stakeholders: { ...refs().stakeholders, uhem: { ...refs().stakeholders.uhem, retired: true } } }) };
      spec.given(history).when(command).thenEvents(([e]) => expect(e.type).toBe('ProcessRevised'));
    });
    it('needs no role: it is sent by the system', () =>
      spec.given([registered]).when(applyCmd('p1', 1, renameS1)).thenEvents((events) => expect(events).toHaveLength(1)));
  });

  describe('record a deviation', () => {
    it('records an active deviation at the head revision', () => spec.given([registered]).when(deviation()).then([deviationRecorded]));
    it('refuses a stakeholder that is not a participant', () =>
      spec.given([registered]).when(deviation('nobody')).thenThrows(ErrorCodes.NOT_A_PARTICIPANT));
    it('refuses the same proposal twice', () => spec.given([registered, deviationRecorded]).when(deviation()).thenThrows(ErrorCodes.ALREADY_EXISTS));
    it('refuses a missing process', () => spec.given([]).when(deviation()).thenThrows(ErrorCodes.NOT_FOUND));
  });

  describe('record an adoption', () => {
    it('records that a participant adopted a revision (reviewer)', () => spec.given([registered]).when(adopt(1)).then([adopted(1)]));
    it('accepts a process owner of the stakeholder', () =>
      spec.given([registered]).when(adopt(1, pelle, 'uhem')).then([adopted(1, 'uhem')]));
    it('accepts an ISO instant as the date', () =>
      spec.given([registered]).when(adopt(1, rita, 'fsn', '2026-02-20T10:00:00Z')).thenEvents(([e]) => expect(e.type).toBe('AdoptionRecorded')));
    it('refuses a principal of another stakeholder', () => spec.given([registered]).when(adopt(1, pelle)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses the system principal (adoption is a stakeholder act)', () =>
      spec.given([registered]).when(adopt(1, system)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('refuses a stakeholder that is not a participant', () =>
      spec.given([registered]).when(adopt(1, as('x', { role: 'reviewer', stakeholder: 'old' }), 'old')).thenThrows(ErrorCodes.NOT_A_PARTICIPANT));
    it('refuses an unknown revision', () => spec.given([registered]).when(adopt(2)).thenThrows(ErrorCodes.REVISION_UNKNOWN));
    it('refuses adopting the same revision again', () => spec.given([registered, adopted(1)]).when(adopt(1)).thenThrows(ErrorCodes.ALREADY_ADOPTED));
    it('refuses adopting an older revision', () =>
      spec.given([registered, rev2, adopted(2)]).when(adopt(1)).thenThrows(ErrorCodes.ALREADY_ADOPTED));
    it('records a newer revision', () => spec.given([registered, adopted(1), rev2]).when(adopt(2)).then([adopted(2)]));
    it.each(['2026-02-30', '20.02.2026', '2026-2-1', '', 'yesterday', '2026-02-20T10:00'])('refuses the date %p', (date) =>
      spec.given([registered]).when(adopt(1, rita, 'fsn', date)).thenThrows(ErrorCodes.INVALID_INPUT, 'adoptedOn'));
    it('refuses a missing process', () => spec.given([]).when(adopt(1)).thenThrows(ErrorCodes.NOT_FOUND));

    it('ends an active deviation when a newer revision is adopted', () =>
      spec.given([registered, deviationRecorded, rev2]).when(adopt(2)).then([
        { type: 'DeviationEnded', data: { id: 'VA-03', stakeholder: 'fsn', proposalId: 'd1', reason: 'adopted revision 2' } },
        adopted(2),
      ]));
    it('keeps the deviation when the adopted revision is the deviation’s own', () =>
      spec.given([registered, deviationRecorded, rev2]).when(adopt(1)).then([adopted(1)]));
  });

  describe('harmonization status', () => {
    const status = (events: ProcessEvent[], stakeholder = 'fsn') => harmonizationStatus(fold(processDecider, events), stakeholder);
    it('is not-adopted before any adoption', () => expect(status([registered])).toBe('not-adopted'));
    it('is harmonized when the head is adopted', () => expect(status([registered, adopted(1)])).toBe('harmonized'));
    it('is behind when an older revision is adopted', () => expect(status([registered, adopted(1), rev2])).toBe('behind'));
    it('is deviating with an active deviation, whatever was adopted', () => expect(status([registered, adopted(1), deviationRecorded])).toBe('deviating'));
    it('is harmonized again once the deviation ended by adopting the head', () => {
      const history = [registered, deviationRecorded, rev2];
      const events = processDecider.decide(adopt(2), fold(processDecider, history));
      expect(status([...history, ...events])).toBe('harmonized');
    });
    it('does not read inherited property names as stakeholders', () => expect(status([registered], 'constructor')).toBe('not-adopted'));
  });

  describe('evolve', () => {
    it('folds registration, revisions, deviations and adoptions', () =>
      expect(fold(processDecider, [registered, deviationRecorded, adopted(1, 'ksn'), rev2])).toEqual({
        exists: true,
        id: 'VA-03',
        name: 'Leasing in',
        owner: { principal: 'olga', stakeholder: 'ksn' },
        governingBody: 'obj',
        head: 2,
        revisions: { 1: definition(), 2: rev2.data.definition },
        revisionProposals: { 1: null, 2: 'p1' },
        adopted: { ksn: { revision: 1, adoptedOn: '2026-02-20' } },
        deviations: {
          fsn: {
            proposalId: 'd1',
            revision: 1,
            rationale: 'local board meets monthly',
            covers: { steps: [], handovers: [], purpose: false, participants: false },
            needsReapproval: null,
          },
        },
        adoptionTargets: {},
        defaultAdoptionTarget: null,
        appliedProposals: ['d1', 'p1'],
      }));
    it('leaves the state alone for an unknown event', () => {
      const state = fold(processDecider, [registered]);
      expect(processDecider.evolve(state, { type: 'Else', data: {} } as never)).toBe(state);
    });
  });

  it('refuses an unknown command', () => spec.given([]).when({ type: 'Nope', data: {}, context: system } as never).thenThrows(ErrorCodes.INVALID_INPUT));
  it('names its stream', () => expect(processStream('VA-03')).toBe('process-VA-03'));
});
