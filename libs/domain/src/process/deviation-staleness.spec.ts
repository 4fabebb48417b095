import { fold, SYSTEM_PRINCIPAL, type CommandContext, type Role } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import type { PatchOperation } from './definition';
import { deviationCovers } from './deviation-coverage';
import { harmonizationStatus } from './harmonization';
import { definition, refs } from './process.fixtures';
import type { ApplyChangeProposal, RecordAdoption, RecordDeviation } from './process.commands';
import { processDecider } from './process.decider';
import type { ProcessEvent } from './process.events';

/** Deviations follow the baseline (docs/product.md, issue 15): a deviation covers the steps and
 * handovers its patch touches; exactly the revisions that change one of them make it stale. */
const spec = DeciderSpecification.for(processDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const system: CommandContext = { principal: SYSTEM_PRINCIPAL, now: NOW };
const rita: CommandContext = { principal: { id: 'rita', roles: [{ role: 'reviewer', stakeholder: 'fsn' } as Role] }, now: NOW };

const registered: ProcessEvent = {
  type: 'ProcessRegistered',
  data: { id: 'VA-03', name: 'Leasing in', owner: { principal: 'olga', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition: definition() },
};
const applyCmd = (proposalId: string, changes: PatchOperation[], baseRevision = 1): ApplyChangeProposal => ({
  type: 'ApplyChangeProposal',
  data: { id: 'VA-03', proposalId, baseRevision, changes, rationale: 'because', initiatedBy: 'olga' },
  context: system,
  refs: refs(),
});
const deviate = (changes: PatchOperation[], proposalId = 'd1', baseRevision?: number): RecordDeviation => ({
  type: 'RecordDeviation',
  data: { id: 'VA-03', proposalId, stakeholder: 'fsn', rationale: 'monthly board', changes, initiatedBy: 'bo', baseRevision },
  context: system,
});
const adopt = (revision: number): RecordAdoption => ({ type: 'RecordAdoption', data: { id: 'VA-03', stakeholder: 'fsn', revision, adoptedOn: '2026-03-01' }, context: rita });

/** Runs commands in order, each decided on the history so far; returns the whole history. */
const history = (...commands: (ApplyChangeProposal | RecordDeviation | RecordAdoption)[]): ProcessEvent[] =>
  commands.reduce<ProcessEvent[]>((events, c) => [...events, ...processDecider.decide(c, fold(processDecider, events))], [registered]);

const renameS2: PatchOperation[] = [{ op: 'replace', path: '/steps/s2/name', value: 'Approve locally' }];
const s2ByUhem: PatchOperation[] = [{ op: 'replace', path: '/steps/s2/performer', value: 'uhem' }];
const renameS1: PatchOperation[] = [{ op: 'replace', path: '/steps/s1/name', value: 'Analyse' }];
const h2Artifact: PatchOperation[] = [{ op: 'replace', path: '/handovers/h2/artifact', value: 'signed decision' }];

describe('Deviations follow the baseline', () => {
  describe('what a deviation covers', () => {
    it('given a patch on step s2, then it covers s2 and nothing else', () =>
      expect(deviationCovers(definition(), renameS2)).toEqual({ steps: ['s2'], handovers: [], purpose: false, participants: false }));
    it('given a new step and handover, then it covers both', () =>
      expect(
        deviationCovers(definition(), [
          { op: 'add', path: '/steps/s9', value: { name: 'Local check', performer: 'fsn', order: 9 } },
          { op: 'add', path: '/handovers/h9', value: { from: 's2', to: 's9', artifact: 'memo' } },
        ]),
      ).toEqual({ steps: ['s9'], handovers: ['h9'], purpose: false, participants: false }));
    it('given no patch (a purely documented local practice), then it covers nothing', () =>
      expect(deviationCovers(definition(), [])).toEqual({ steps: [], handovers: [], purpose: false, participants: false }));
    it('given a patch that no longer applies, then the paths it writes name the parts', () =>
      expect(deviationCovers(definition(), [{ op: 'replace', path: '/steps/gone/name', value: 'x' }, { op: 'remove', path: '/handovers/h~1x' }])).toEqual({
        steps: ['gone'],
        handovers: ['h/x'],
        purpose: false,
        participants: false,
      }));
    it('when a deviation is recorded, then the event says what it covers and against which revision', () =>
      spec.given([registered]).when(deviate(renameS2)).thenEvents(([e]) =>
        expect(e).toMatchObject({ type: 'DeviationRecorded', data: { revision: 1, baseRevision: 1, covers: { steps: ['s2'], handovers: [] } } }),
      ));
  });

  describe('a revision that changes a covered part', () => {
    it('given a deviation on s2, when a revision renames s2, then the deviation needs re-approval', () =>
      spec.given(history(deviate(renameS2))).when(applyCmd('p1', [{ op: 'replace', path: '/steps/s2/name', value: 'Decide' }])).thenEvents((events) =>
        expect(events.slice(1)).toEqual([
          {
            type: 'DeviationNeedsReapproval',
            data: { id: 'VA-03', stakeholder: 'fsn', proposalId: 'd1', revision: 2, approvedAtRevision: 1, parts: { steps: ['s2'], handovers: [], purpose: false, participants: false } },
          },
        ]),
      ));
    it('given a deviation on s2, when a revision changes another field of s2 (its performer), then it needs re-approval too', () =>
      spec.given(history(deviate(renameS2))).when(applyCmd('p1', s2ByUhem)).thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ProcessRevised', 'DeviationNeedsReapproval'])));
    it('given a deviation on s2, when a revision removes s2, then it needs re-approval', () =>
      spec
        .given(history(deviate(renameS2)))
        .when(applyCmd('p1', [{ op: 'remove', path: '/handovers/h1' }, { op: 'remove', path: '/handovers/h2' }, { op: 'remove', path: '/steps/s2' }]))
        .thenEvents((events) => expect(events[1]).toMatchObject({ type: 'DeviationNeedsReapproval', data: { parts: { steps: ['s2'], handovers: [] } } })));
    it('given a deviation on handover h2, when a revision changes h2, then it names h2', () =>
      spec.given(history(deviate(h2Artifact))).when(applyCmd('p1', [{ op: 'replace', path: '/handovers/h2/artifact', value: 'decision letter' }])).thenEvents((events) =>
        expect(events[1]).toMatchObject({ type: 'DeviationNeedsReapproval', data: { parts: { steps: [], handovers: ['h2'] } } }),
      ));
  });

  describe('a revision that changes none of its parts', () => {
    it('given a deviation on s2, when a revision renames s1, then nothing happens to the deviation', () =>
      spec.given(history(deviate(renameS2))).when(applyCmd('p1', renameS1)).thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ProcessRevised'])));
    it('given a deviation without a patch, when a revision rewrites every step, then it stays deviating', () => {
      const events = history(deviate([]), applyCmd('p1', [...renameS1, ...renameS2, ...h2Artifact]));
      expect(events.map((e) => e.type)).toEqual(['ProcessRegistered', 'DeviationRecorded', 'ProcessRevised']);
      expect(harmonizationStatus(fold(processDecider, events), 'fsn')).toBe('deviating');
    });
    it('stays stale on exactly the revisions that touch it: 2 (s1) no, 3 (s2) yes, 4 (h1) no, 5 (s2) yes', () => {
      const events = history(
        deviate(renameS2),
        applyCmd('p1', renameS1, 1),
        applyCmd('p2', [{ op: 'replace', path: '/steps/s2/order', value: 5 }], 2),
        applyCmd('p3', [{ op: 'replace', path: '/handovers/h1/artifact', value: 'x' }], 3),
        applyCmd('p4', [{ op: 'add', path: '/steps/s2/terms', value: ['tenant'] }], 4),
      );
      const stale = events.filter((e) => e.type === 'DeviationNeedsReapproval').map((e) => (e.data as { revision: number }).revision);
      expect(stale).toEqual([3, 5]);
      expect(fold(processDecider, events).deviations.fsn.needsReapproval).toEqual({
        since: 3,
        revisions: [3, 5],
        parts: { steps: ['s2'], handovers: [], purpose: false, participants: false },
      });
    });
  });

  describe('harmonization status', () => {
    const status = (events: ProcessEvent[]) => harmonizationStatus(fold(processDecider, events), 'fsn');
    it('given a deviation whose step a revision changed, then the status is needs-reapproval', () =>
      expect(status(history(deviate(renameS2), applyCmd('p1', s2ByUhem)))).toBe('needs-reapproval'));
    it('given a deviation untouched by the revision, then the status stays deviating', () =>
      expect(status(history(deviate(renameS2), applyCmd('p1', renameS1)))).toBe('deviating'));
  });

  describe('renew or drop', () => {
    const stale = () => history(deviate(renameS2), applyCmd('p1', s2ByUhem));
    it('given a stale deviation, when a renewed deviation against the new head is recorded, then it is deviating again', () => {
      const events = [...stale(), ...processDecider.decide(deviate([{ op: 'replace', path: '/steps/s2/name', value: 'Approve locally' }], 'd2', 2), fold(processDecider, stale()))];
      expect(events.slice(-1)[0]).toMatchObject({ type: 'DeviationRecorded', data: { proposalId: 'd2', baseRevision: 2, revision: 2 } });
      expect(harmonizationStatus(fold(processDecider, events), 'fsn')).toBe('deviating');
    });
    it('given a stale deviation, when the head is adopted, then the deviation ends and the status is harmonized', () => {
      const events = [...stale(), ...processDecider.decide(adopt(2), fold(processDecider, stale()))];
      expect(events.slice(-2).map((e) => e.type)).toEqual(['DeviationEnded', 'AdoptionRecorded']);
      expect(harmonizationStatus(fold(processDecider, events), 'fsn')).toBe('harmonized');
    });
    it('given a deviation approved against revision 1 after revision 2 rewrote its step, when it is recorded, then it needs re-approval at once', () =>
      spec.given(history(applyCmd('p1', s2ByUhem))).when(deviate(renameS2, 'd1', 1)).thenEvents((events) =>
        expect(events.map((e) => [e.type, (e.data as { revision: number }).revision])).toEqual([
          ['DeviationRecorded', 2],
          ['DeviationNeedsReapproval', 2],
        ]),
      ));
    it('given a deviation approved against revision 1 after a revision 2 that changed other steps, when it is recorded, then it is deviating', () =>
      spec.given(history(applyCmd('p1', renameS1))).when(deviate(renameS2, 'd1', 1)).thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['DeviationRecorded'])));
  });

  describe('history written before coverage was recorded', () => {
    it('given a DeviationRecorded without covers, then its patch on its revision says what it covers', () => {
      const old: ProcessEvent = {
        type: 'DeviationRecorded',
        data: { id: 'VA-03', stakeholder: 'fsn', proposalId: 'd0', revision: 1, rationale: 'r', changes: renameS2 },
      };
      expect(fold(processDecider, [registered, old]).deviations.fsn.covers.steps).toEqual(['s2']);
      spec.given([registered, old]).when(applyCmd('p1', s2ByUhem)).thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ProcessRevised', 'DeviationNeedsReapproval']));
    });
  });
});
