import { ErrorCodes, isProcessOwnerOf, isReviewerOf, isWholeNumber, refuse, refuseUnknownCommand, requiredText, type Decider } from '../shared';
import { applyChanges } from './apply-patch';
import { isDateOrInstant } from './calendar';
import { DEFINITION_ID, validateDefinition } from './definition-validation';
import { diffDefinitions, summarizeDiff } from './definition-diff';
import { deviationCovers, partsChangedBy, partsOfDiff, touchedParts, unionParts, type DefinitionParts } from './deviation-coverage';
import type { ProcessDefinition } from './definition';
import type { ApplyChangeProposal, ProcessCommand, RecordAdoption, RecordDeviation, RegisterProcess } from './process.commands';
import { defaultTargets, setAdoptionTargets, setDefaultAdoptionTarget } from './adoption-targets';
import type { DeviationNeedsReapproval, ProcessEvent } from './process.events';
import type { ProcessState } from './process.state';

const requireExisting = (state: ProcessState, id: string): void => {
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `process ${id} does not exist`);
};

const head = (state: ProcessState): ProcessDefinition => state.revisions[state.head];

const register = ({ data, refs, context }: RegisterProcess, state: ProcessState): ProcessEvent[] => {
  const id = requiredText(data.id, 'id');
  if (!DEFINITION_ID.test(id)) refuse(ErrorCodes.INVALID_INPUT, `id ${id} is not a slug (letters, digits, '-', '_', '.')`, { field: 'id' });
  const name = requiredText(data.name, 'name');
  const ownerStakeholder = requiredText(data.ownerStakeholder, 'ownerStakeholder');
  const governingBody = requiredText(data.governingBody, 'governingBody');
  if (!isProcessOwnerOf(context.principal, ownerStakeholder)) {
    refuse(ErrorCodes.NOT_ALLOWED, `only a process owner of ${ownerStakeholder} may register a process it owns`);
  }
  if (state.exists) refuse(ErrorCodes.ALREADY_EXISTS, `process ${id} already exists`);
  const body = refs.body;
  if (!body?.exists || body.id !== governingBody) refuse(ErrorCodes.BODY_UNKNOWN, `governance body ${governingBody} does not exist`);
  if (body.level !== 'object') {
    refuse(ErrorCodes.INVALID_BODY_HIERARCHY, `a process is governed by an object-level body; ${governingBody} is ${body.level}-level`);
  }
  validateDefinition(data.definition, refs);
  if (!data.definition.participants.includes(ownerStakeholder)) {
    refuse(ErrorCodes.NOT_A_PARTICIPANT, `the owner ${ownerStakeholder} must be a participant of the process`);
  }
  return [
    {
      type: 'ProcessRegistered',
      data: {
        id,
        name,
        owner: { principal: context.principal.id, stakeholder: ownerStakeholder },
        governingBody,
        revision: 1,
        definition: structuredClone(data.definition),
      },
    },
  ];
};

/** Keyed step and handover ids are what make a rebase meaningful: the same operations applied
 * to a newer head still name the same steps. If they no longer apply, the proposal conflicts. */
const apply = ({ data, refs, context }: ApplyChangeProposal, state: ProcessState): ProcessEvent[] => {
  requireExisting(state, data.id);
  const proposalId = requiredText(data.proposalId, 'proposalId');
  if (state.appliedProposals.includes(proposalId)) refuse(ErrorCodes.ALREADY_EXISTS, `proposal ${proposalId} was already applied to ${state.id}`);
  if (!Number.isInteger(data.baseRevision) || !state.revisions[data.baseRevision]) {
    refuse(ErrorCodes.REVISION_UNKNOWN, `process ${state.id} has no revision ${data.baseRevision}`);
  }
  const before = head(state);
  const definition = applyChanges(before, data.changes);
  validateDefinition(definition, refs, { baseline: before });
  const diff = diffDefinitions(before, definition);
  const revision = state.head + 1;
  const changed = partsOfDiff(diff);
  // Deviations follow the baseline: one whose parts this revision changes must be looked at again.
  const stale = Object.keys(state.deviations)
    .sort()
    .flatMap((stakeholder) => needsReapproval(state, stakeholder, revision, changed));
  return [
    {
      type: 'ProcessRevised',
      data: {
        id: state.id,
        revision,
        definition,
        proposalId,
        baseRevision: data.baseRevision,
        changes: structuredClone(data.changes),
        rebased: data.baseRevision !== state.head,
        summary: summarizeDiff(diff),
        rationale: typeof data.rationale === 'string' ? data.rationale : null,
        initiatedBy: typeof data.initiatedBy === 'string' ? data.initiatedBy : null,
      },
    },
    ...stale,
    // Roll-out: without targets of its own, a revision gets the process's default (docs/harmonization.md).
    ...defaultTargets(state, revision, definition, context.now),
  ];
};

/** The event that says revision `revision` changed parts the stakeholder's deviation covers; none
 * when it changed none of them. */
const needsReapproval = (
  state: ProcessState,
  stakeholder: string,
  revision: number,
  changed: DefinitionParts,
  deviation = state.deviations[stakeholder],
): DeviationNeedsReapproval[] => {
  const parts = touchedParts(deviation.covers, changed);
  return parts
    ? [{ type: 'DeviationNeedsReapproval', data: { id: state.id, stakeholder, proposalId: deviation.proposalId, revision, approvedAtRevision: deviation.revision, parts } }]
    : [];
};

const requireParticipant = (state: ProcessState, stakeholder: string): void => {
  if (!head(state).participants.includes(stakeholder)) {
    refuse(ErrorCodes.NOT_A_PARTICIPANT, `${stakeholder} is not a participant of ${state.id}`);
  }
};

const recordDeviation = ({ data }: RecordDeviation, state: ProcessState): ProcessEvent[] => {
  requireExisting(state, data.id);
  const proposalId = requiredText(data.proposalId, 'proposalId');
  const stakeholder = requiredText(data.stakeholder, 'stakeholder');
  if (state.appliedProposals.includes(proposalId)) refuse(ErrorCodes.ALREADY_EXISTS, `proposal ${proposalId} was already recorded on ${state.id}`);
  requireParticipant(state, stakeholder);
  const changes = structuredClone(data.changes ?? []);
  const baseRevision = isWholeNumber(data.baseRevision) && state.revisions[data.baseRevision] ? data.baseRevision : state.head;
  const covers = deviationCovers(state.revisions[baseRevision], changes);
  const recorded: ProcessEvent = {
    type: 'DeviationRecorded',
    data: {
      id: state.id,
      stakeholder,
      proposalId,
      revision: state.head,
      rationale: typeof data.rationale === 'string' ? data.rationale : '',
      changes,
      initiatedBy: typeof data.initiatedBy === 'string' ? data.initiatedBy : null,
      baseRevision,
      covers,
    },
  };
  // Approved against an older base: the revisions since then that changed its parts make it stale at once.
  const deviation = { proposalId, revision: state.head, rationale: '', covers, needsReapproval: null };
  const stale: ProcessEvent[] = [];
  for (let n = baseRevision + 1; n <= state.head; n++) stale.push(...needsReapproval(state, stakeholder, n, partsChangedBy(state.revisions, n), deviation));
  return [recorded, ...stale];
};

const recordAdoption = ({ data, context }: RecordAdoption, state: ProcessState): ProcessEvent[] => {
  const stakeholder = requiredText(data.stakeholder, 'stakeholder');
  if (!isDateOrInstant(data.adoptedOn)) {
    refuse(ErrorCodes.INVALID_INPUT, 'adoptedOn must be a date (YYYY-MM-DD) or an ISO-8601 instant', { field: 'adoptedOn' });
  }
  requireExisting(state, data.id);
  const principal = context.principal;
  if (!isProcessOwnerOf(principal, stakeholder) && !isReviewerOf(principal, stakeholder)) {
    refuse(ErrorCodes.NOT_ALLOWED, `only a process owner or reviewer of ${stakeholder} may record its adoption`);
  }
  requireParticipant(state, stakeholder);
  if (!Number.isInteger(data.revision) || !state.revisions[data.revision]) {
    refuse(ErrorCodes.REVISION_UNKNOWN, `process ${state.id} has no revision ${data.revision}`);
  }
  const previous = Object.hasOwn(state.adopted, stakeholder) ? state.adopted[stakeholder] : undefined;
  if (previous && data.revision <= previous.revision) {
    refuse(ErrorCodes.ALREADY_ADOPTED, `${stakeholder} already adopted revision ${previous.revision} of ${state.id}`, {
      adopted: previous.revision,
    });
  }
  const deviation = Object.hasOwn(state.deviations, stakeholder) ? state.deviations[stakeholder] : undefined;
  const events: ProcessEvent[] = [];
  if (deviation && data.revision > deviation.revision) {
    events.push({
      type: 'DeviationEnded',
      data: { id: state.id, stakeholder, proposalId: deviation.proposalId, reason: `adopted revision ${data.revision}` },
    });
  }
  events.push({ type: 'AdoptionRecorded', data: { id: state.id, stakeholder, revision: data.revision, adoptedOn: data.adoptedOn } });
  return events;
};

export const processDecider: Decider<ProcessCommand, ProcessEvent, ProcessState> = {
  initialState: () => ({
    exists: false,
    id: '',
    name: '',
    owner: null,
    governingBody: '',
    head: 0,
    revisions: {},
    revisionProposals: {},
    adopted: {},
    deviations: {},
    adoptionTargets: {},
    defaultAdoptionTarget: null,
    appliedProposals: [],
  }),

  decide(command, state) {
    switch (command.type) {
      case 'RegisterProcess':
        return register(command, state);
      case 'ApplyChangeProposal':
        return apply(command, state);
      case 'RecordDeviation':
        return recordDeviation(command, state);
      case 'RecordAdoption':
        return recordAdoption(command, state);
      case 'SetAdoptionTargets':
        return setAdoptionTargets(command, state);
      case 'SetDefaultAdoptionTarget':
        return setDefaultAdoptionTarget(command, state);
      default:
        return refuseUnknownCommand(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ProcessRegistered': {
        const d = event.data;
        return {
          ...processDecider.initialState(),
          exists: true,
          id: d.id,
          name: d.name,
          owner: d.owner,
          governingBody: d.governingBody,
          head: 1,
          revisions: { 1: d.definition },
          revisionProposals: { 1: null },
        };
      }
      case 'ProcessRevised': {
        const d = event.data;
        return {
          ...state,
          head: d.revision,
          revisions: { ...state.revisions, [d.revision]: d.definition },
          revisionProposals: { ...state.revisionProposals, [d.revision]: d.proposalId },
          appliedProposals: [...state.appliedProposals, d.proposalId],
        };
      }
      case 'DeviationRecorded': {
        const d = event.data;
        const covers = d.covers ?? deviationCovers(state.revisions[d.baseRevision ?? d.revision], d.changes ?? []);
        return {
          ...state,
          deviations: {
            ...state.deviations,
            [d.stakeholder]: { proposalId: d.proposalId, revision: d.revision, rationale: d.rationale, covers, needsReapproval: null },
          },
          appliedProposals: [...state.appliedProposals, d.proposalId],
        };
      }
      case 'DeviationNeedsReapproval': {
        const d = event.data;
        const deviation = Object.hasOwn(state.deviations, d.stakeholder) ? state.deviations[d.stakeholder] : undefined;
        if (!deviation || deviation.proposalId !== d.proposalId) return state;
        const earlier = deviation.needsReapproval;
        const needsReapproval = earlier
          ? { since: earlier.since, revisions: [...earlier.revisions, d.revision], parts: unionParts(earlier.parts, d.parts) }
          : { since: d.revision, revisions: [d.revision], parts: d.parts };
        return { ...state, deviations: { ...state.deviations, [d.stakeholder]: { ...deviation, needsReapproval } } };
      }
      case 'DeviationEnded': {
        const { [event.data.stakeholder]: _ended, ...deviations } = state.deviations;
        return { ...state, deviations };
      }
      case 'AdoptionTargetsSet': {
        const d = event.data;
        return { ...state, adoptionTargets: { ...state.adoptionTargets, [d.revision]: { ...state.adoptionTargets[d.revision], ...d.targets } } };
      }
      case 'DefaultAdoptionTargetSet': {
        const d = event.data;
        return { ...state, defaultAdoptionTarget: d.daysAfterApplied === null ? null : { daysAfterApplied: d.daysAfterApplied, setBy: d.setBy } };
      }
      case 'AdoptionRecorded': {
        const d = event.data;
        return { ...state, adopted: { ...state.adopted, [d.stakeholder]: { revision: d.revision, adoptedOn: d.adoptedOn } } };
      }
      default:
        return state;
    }
  },
};
