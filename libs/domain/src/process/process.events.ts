import type { DomainEvent } from '../shared';
import type { DefinitionParts } from './deviation-coverage';
import type { PatchOperation, ProcessDefinition } from './definition';

export type ProcessRegistered = DomainEvent<
  'ProcessRegistered',
  {
    id: string;
    name: string;
    owner: { principal: string; stakeholder: string };
    governingBody: string;
    revision: 1;
    definition: ProcessDefinition;
  }
>;

/** An accepted or approved change proposal became the next revision of the baseline.
 * `changes` is the patch as it was finally applied; `rebased` when it landed on a newer head
 * than the proposal's base. `rationale` (the proposal's) and `initiatedBy` (its submitter when
 * accepted by consensus, the body member who approved it) say who and why: the event is appended
 * by the system principal. Both are absent from events written before they were recorded. */
export type ProcessRevised = DomainEvent<
  'ProcessRevised',
  {
    id: string;
    revision: number;
    definition: ProcessDefinition;
    proposalId: string;
    baseRevision: number;
    changes: PatchOperation[];
    rebased: boolean;
    summary: string;
    rationale?: string | null;
    initiatedBy?: string | null;
  }
>;

/** An approved deviation proposal: this stakeholder keeps a documented local variant.
 * `initiatedBy` as in ProcessRevised (absent from events written before it was recorded).
 * `baseRevision` is the revision its patch was written against and `covers` the steps, handovers,
 * purpose and participants that patch changes there (both absent from older events: the patch
 * against `revision` then says what it covers, deviation-coverage.ts). */
export type DeviationRecorded = DomainEvent<
  'DeviationRecorded',
  {
    id: string;
    stakeholder: string;
    proposalId: string;
    revision: number;
    rationale: string;
    changes: PatchOperation[];
    initiatedBy?: string | null;
    baseRevision?: number;
    covers?: DefinitionParts;
  }
>;

/** Revision `revision` changed parts (`parts`) an active deviation covers: the deviation no longer
 * describes a variant of the current baseline and needs re-approval (a new deviation proposal
 * against the head) or is dropped by adopting the head. Its organisation is to be told. */
export type DeviationNeedsReapproval = DomainEvent<
  'DeviationNeedsReapproval',
  { id: string; stakeholder: string; proposalId: string; revision: number; approvedAtRevision: number; parts: DefinitionParts }
>;

/** A deviation stops being active when its stakeholder adopts a later revision. */
export type DeviationEnded = DomainEvent<'DeviationEnded', { id: string; stakeholder: string; proposalId: string; reason: string }>;

export type AdoptionRecorded = DomainEvent<
  'AdoptionRecorded',
  { id: string; stakeholder: string; revision: number; adoptedOn: string }
>;

/** Roll-out: by these dates each named participant should have adopted `revision` (targets set
 * again for the same revision and participant replace the earlier date). `setBy`: the body member. */
export type AdoptionTargetsSet = DomainEvent<
  'AdoptionTargetsSet',
  {
    id: string;
    revision: number;
    targets: Record<string, string>;
    body: string;
    setBy: string;
    /** Set by the process's default when the revision was applied: the days after it (absent: set by hand). */
    daysAfterApplied?: number;
  }
>;

/** The process's default roll-out target: each revision applied from now on gets, for every participant,
 * the day `daysAfterApplied` days after it was applied as its target (null: no default any more).
 * `setBy`: the process owner or body member. */
export type DefaultAdoptionTargetSet = DomainEvent<'DefaultAdoptionTargetSet', { id: string; daysAfterApplied: number | null; setBy: string }>;

export type ProcessEvent = AdoptionTargetsSet | DefaultAdoptionTargetSet | ProcessRegistered | ProcessRevised | DeviationRecorded | DeviationNeedsReapproval | DeviationEnded | AdoptionRecorded;
