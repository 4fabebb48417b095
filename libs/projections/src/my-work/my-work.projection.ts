import type { GovernanceLevel } from '@samsyn/domain/governance-body/governance-level';
import type { Projection } from '../projection';
import { dict, toDict } from '@samsyn/domain/shared/dict';
import { applyReminderFact, REMINDER_EVENT_TYPES, type WorkProcessReview } from './my-work.reminders';

/** What "my work" needs of a proposal: who must act on it and whether its submitter must look. */
export interface WorkProposal {
  id: string;
  processId: string;
  kind: 'change' | 'deviation';
  status: string;
  requiredLevel: GovernanceLevel;
  heldBy: string | null;
  version: number;
  submittedBy: string;
  /** The rationale's first line, cut short: what a person reads instead of the id (a UUID for proposals made in the web). */
  summary?: string;
  reviewDeadline: string | null;
  /** Participants asked to review the current version. */
  reviewers: string[];
  /** Stakeholders that reviewed the current version (an amendment clears it). */
  reviewed: string[];
  /** When and at which position (decimal string) the status last changed: "since I last looked". */
  statusAt: string;
  statusPosition: string;
  /** Reviewer organisations reminded of the current deadline (ReviewReminderSent). */
  reminded?: string[];
  /** When the holding body was reminded of the current hold (BodyHoldReminderSent). */
  holdRemindedAt?: string | null;
}

export interface WorkProcess {
  id: string;
  name: string;
  head: number;
  participants: string[];
  /** The latest adopted revision per stakeholder. */
  adopted: Record<string, number>;
  /** Stakeholders with an active deviation: they owe no adoption of the head. */
  deviating: string[];
  /**
   * Active deviations a later revision made stale (DeviationNeedsReapproval), by stakeholder: since
   * when and the latest revision that touched them. Renewing (a new DeviationRecorded) or ending it clears it.
   */
  stale?: Record<string, { since: string; revision: number }>;
  revisedAt: string;
  /** Its review cycle, once set (ProcessReviewCycleSet). */
  review?: WorkProcessReview | null;
}

export interface WorkBody {
  id: string;
  name: string;
  level: GovernanceLevel;
  members: string[];
}

export interface MyWorkState {
  proposals: Record<string, WorkProposal>;
  processes: Record<string, WorkProcess>;
  bodies: Record<string, WorkBody>;
}

const SUMMARY_LENGTH = 80;

/** The first non-empty line of a rationale, at most SUMMARY_LENGTH characters (an ellipsis when cut). */
export const summaryOf = (rationale: string): string => {
  const line = (rationale ?? '').split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? '';
  return line.length > SUMMARY_LENGTH ? `${line.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…` : line;
};

const setStatus = (p: WorkProposal, status: string, at: string, position: bigint): void => {
  p.status = status;
  p.statusAt = at;
  p.statusPosition = position.toString();
};

/**
 * The facts every principal's task list is cut from, keyed by proposal, process and body — not by
 * principal: reviewer and owner roles live in the token, so the query (my-tasks.ts) combines them
 * with this state. Closed proposals stay (their submitter is told they were decided).
 */
export const myWorkProjection: Projection<MyWorkState> = {
  name: 'my-work',
  // 4: stale deviations (DeviationNeedsReapproval) for the organisation's task to renew or adopt.
  version: 4,
  eventTypes: [
    'GovernanceBodyEstablished',
    'GovernanceBodyMembersChanged',
    'ProcessRegistered',
    'ProcessRevised',
    'AdoptionRecorded',
    'DeviationRecorded',
    'DeviationNeedsReapproval',
    'DeviationEnded',
    'ProposalSubmitted',
    'ReviewSubmitted',
    'ProposalAccepted',
    'ProposalEscalated',
    'ProposalDecided',
    'ProposalWithdrawn',
    'ProposalAmended',
    'ProposalApplied',
    'ProposalConflicted',
    ...REMINDER_EVENT_TYPES,
  ],
  initialState: () => ({ proposals: dict(), processes: dict(), bodies: dict() }),
  revive(s) {
    const processes = toDict(s.processes);
    for (const id of Object.keys(processes)) {
      processes[id].adopted = toDict(processes[id].adopted);
      if (processes[id].stale) processes[id].stale = toDict(processes[id].stale);
    }
    return { proposals: toDict(s.proposals), processes, bodies: toDict(s.bodies) };
  },
  apply(s, e) {
    const at = e.metadata.occurredAt;
    switch (e.type) {
      case 'GovernanceBodyEstablished':
        s.bodies[e.data.id] = { id: e.data.id, name: e.data.name, level: e.data.level, members: [...e.data.members] };
        break;
      case 'GovernanceBodyMembersChanged': {
        const b = s.bodies[e.data.id];
        if (b) b.members = [...e.data.members];
        break;
      }
      case 'ProcessRegistered':
        s.processes[e.data.id] = {
          id: e.data.id,
          name: e.data.name,
          head: e.data.revision,
          participants: [...e.data.definition.participants],
          adopted: dict(),
          deviating: [],
          revisedAt: at,
        };
        break;
      case 'ProcessRevised': {
        const p = s.processes[e.data.id];
        if (p) {
          p.head = e.data.revision;
          p.participants = [...e.data.definition.participants];
          p.revisedAt = at;
          // An applied change proposal counts as the process's review (docs/governance-notifications.md).
          if (p.review) Object.assign(p.review, { dueOn: null, dueAt: null });
        }
        break;
      }
      case 'AdoptionRecorded': {
        const p = s.processes[e.data.id];
        if (p) p.adopted[e.data.stakeholder] = Math.max(p.adopted[e.data.stakeholder] ?? 0, e.data.revision);
        break;
      }
      case 'DeviationRecorded': {
        const p = s.processes[e.data.id];
        if (p && !p.deviating.includes(e.data.stakeholder)) p.deviating.push(e.data.stakeholder);
        // A renewed deviation (approved against the head) replaces the stale one.
        if (p?.stale) delete p.stale[e.data.stakeholder];
        break;
      }
      case 'DeviationNeedsReapproval': {
        const p = s.processes[e.data.id];
        if (!p) break;
        p.stale ??= dict();
        const was = p.stale[e.data.stakeholder];
        p.stale[e.data.stakeholder] = { since: was?.since ?? at, revision: Math.max(was?.revision ?? 0, e.data.revision) };
        break;
      }
      case 'DeviationEnded': {
        const p = s.processes[e.data.id];
        if (p) p.deviating = p.deviating.filter((x) => x !== e.data.stakeholder);
        if (p?.stale) delete p.stale[e.data.stakeholder];
        break;
      }
      case 'ProposalSubmitted':
        s.proposals[e.data.id] = {
          id: e.data.id,
          processId: e.data.processId,
          kind: e.data.kind,
          status: 'submitted',
          requiredLevel: e.data.requiredLevel,
          heldBy: null,
          version: 1,
          submittedBy: e.data.submittedBy,
          summary: summaryOf(e.data.rationale),
          reviewDeadline: e.data.reviewDeadline,
          reviewers: [...e.data.reviewers],
          reviewed: [],
          statusAt: at,
          statusPosition: e.position.toString(),
        };
        break;
      default:
        if (!applyReminderFact(s, e)) applyToProposal(s, e as ProposalFact, at);
    }
    return s;
  },
};

type ProposalFact = Parameters<Projection<MyWorkState>['apply']>[1];

const applyToProposal = (s: MyWorkState, e: ProposalFact, at: string): void => {
  const p = s.proposals[(e.data as { id: string }).id];
  if (!p) return;
  switch (e.type) {
    case 'ReviewSubmitted':
      if (e.data.version === p.version && !p.reviewed.includes(e.data.stakeholder)) p.reviewed.push(e.data.stakeholder);
      break;
    case 'ProposalAccepted':
      setStatus(p, 'accepted', at, e.position);
      break;
    case 'ProposalEscalated':
      p.heldBy = e.data.toBody;
      p.holdRemindedAt = null;
      setStatus(p, 'escalated', at, e.position);
      break;
    case 'ProposalDecided':
      p.heldBy = null;
      setStatus(p, e.data.outcome === 'approve' ? 'approved' : 'rejected', at, e.position);
      break;
    case 'ProposalWithdrawn':
      p.heldBy = null;
      setStatus(p, 'withdrawn', at, e.position);
      break;
    case 'ProposalAmended':
      p.heldBy = null;
      p.version = e.data.version;
      p.summary = summaryOf(e.data.rationale);
      p.requiredLevel = e.data.requiredLevel;
      p.reviewers = [...e.data.reviewers];
      p.reviewed = [];
      setStatus(p, 'submitted', at, e.position);
      break;
    case 'ProposalApplied':
      setStatus(p, 'applied', at, e.position);
      break;
    case 'ProposalConflicted':
      setStatus(p, 'conflicted', at, e.position);
      break;
  }
};
