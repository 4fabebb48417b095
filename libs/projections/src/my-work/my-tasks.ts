import { levelRank } from '@samsyn/domain/governance-body/governance-level';
import { isProcessOwnerOf, isReviewerOf, type Principal } from '@samsyn/domain/shared/principal';
import type { MyWorkState, WorkProposal } from './my-work.projection';

export const TASK_KINDS = ['review', 'decision', 'own-proposal', 'stale-deviation', 'overdue-adoption', 'adoption', 'mention', 'process-review'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Why a task is on the list, in both languages the users read, and as a stable code. */
export interface TaskReason {
  code: string;
  sv: string;
  en: string;
}

export interface Task {
  kind: TaskKind;
  resource: { kind: 'proposal' | 'process'; id: string };
  /** The API path of the resource the task is about. */
  link: string;
  why: TaskReason;
  /** Since when the task has been waiting (the instant of the fact that put it here). */
  since: string;
  processId: string;
  /** Proposal tasks: the proposal's rationale, first line cut short (what to call it instead of its id). */
  summary?: string;
  stakeholder?: string;
  body?: string;
  /** Decision tasks: whether the body may decide (its level reaches the required level) or must escalate. */
  withinMandate?: boolean;
  status?: string;
  reviewDeadline?: string | null;
  revision?: number;
  /** Mention tasks: the thread and comment, who mentioned, the step (threads on a step). */
  thread?: string;
  comment?: string;
  by?: string;
  step?: string;
  /** When a reminder of this task was sent (review: the deadline is near; decision: held long). */
  remindedAt?: string;
  /** Process-review tasks: the day the review fell due. */
  dueOn?: string;
  /** Overdue adoptions: the target date and how many whole days it is past. */
  targetDate?: string;
  daysOverdue?: number;
}

export interface MyTasks {
  principal: string;
  counts: Record<TaskKind, number>;
  total: number;
  tasks: Task[];
}

export interface MyTasksOptions {
  /** Own proposals escalated or decided at or before this global position were already seen. */
  seenUpTo?: bigint;
}

const DECIDED = new Set(['accepted', 'approved', 'rejected', 'applied']);

const STATUS_WORDS: Record<string, { sv: string; en: string }> = {
  escalated: { sv: 'eskalerat', en: 'escalated' },
  accepted: { sv: 'antaget i samförstånd', en: 'accepted by consensus' },
  approved: { sv: 'godkänt', en: 'approved' },
  rejected: { sv: 'avslaget', en: 'rejected' },
  applied: { sv: 'genomfört', en: 'applied' },
};

const proposalLink = (id: string) => `/proposals/${encodeURIComponent(id)}`;
const summaryField = (p: WorkProposal) => (p.summary ? { summary: p.summary } : {});
const processLink = (id: string) => `/processes/${encodeURIComponent(id)}`;

const reviewTasks = (principal: Principal, p: WorkProposal): Task[] => {
  if (p.status !== 'submitted') return [];
  return p.reviewers
    .filter((s) => !p.reviewed.includes(s) && isReviewerOf(principal, s))
    .map((s) => ({
      kind: 'review' as const,
      resource: { kind: 'proposal' as const, id: p.id },
      link: proposalLink(p.id),
      why: (p.reminded ?? []).includes(s)
        ? {
            code: 'REVIEW_DEADLINE_NEAR',
            sv: `Påminnelse: förslaget ${p.id} till ${p.processId} väntar på yttrande från ${s} senast ${p.reviewDeadline}.`,
            en: `Reminder: proposal ${p.id} for ${p.processId} awaits the review of ${s} by ${p.reviewDeadline}.`,
          }
        : {
            code: 'AWAITING_YOUR_REVIEW',
            sv: `Förslaget ${p.id} till ${p.processId} väntar på yttrande från ${s}.`,
            en: `Proposal ${p.id} for ${p.processId} awaits the review of ${s}.`,
          },
      since: p.statusAt,
      processId: p.processId,
      ...summaryField(p),
      stakeholder: s,
      status: p.status,
      reviewDeadline: p.reviewDeadline,
    }));
};

const processReviewTasks = (principal: Principal, state: MyWorkState): Task[] =>
  Object.values(state.processes).flatMap((p) => {
    const r = p.review;
    if (!r || r.dueOn === null || r.dueAt === null || r.owner !== principal.id) return [];
    return [
      {
        kind: 'process-review' as const,
        resource: { kind: 'process' as const, id: p.id },
        link: processLink(p.id),
        why: {
          code: 'PROCESS_REVIEW_DUE',
          sv: `${p.id} (${p.name}) ska ses över: granskningen förföll ${r.dueOn}. Lämna ett ändringsförslag eller registrera "granskad, ingen ändring".`,
          en: `${p.id} (${p.name}) is due for review since ${r.dueOn}. Submit a change proposal or record "reviewed, no change".`,
        },
        since: r.dueAt,
        processId: p.id,
        dueOn: r.dueOn,
        revision: p.head,
      },
    ];
  });

const decisionTasks = (principal: Principal, p: WorkProposal, state: MyWorkState): Task[] => {
  const body = p.status === 'escalated' && p.heldBy ? state.bodies[p.heldBy] : undefined;
  if (!body || !body.members.includes(principal.id)) return [];
  const withinMandate = levelRank(body.level) >= levelRank(p.requiredLevel);
  return [
    {
      kind: 'decision',
      resource: { kind: 'proposal', id: p.id },
      link: proposalLink(p.id),
      why: p.holdRemindedAt
        ? {
            code: 'HELD_BY_YOUR_BODY_LONG',
            sv: `Påminnelse: förslaget ${p.id} till ${p.processId} har legat hos ${body.name} sedan ${p.statusAt.slice(0, 10)}.`,
            en: `Reminder: proposal ${p.id} for ${p.processId} has been held by ${body.name} since ${p.statusAt.slice(0, 10)}.`,
          }
        : withinMandate
        ? {
            code: 'HELD_BY_YOUR_BODY',
            sv: `Förslaget ${p.id} till ${p.processId} ligger hos ${body.name} för beslut.`,
            en: `Proposal ${p.id} for ${p.processId} is held by ${body.name} for a decision.`,
          }
        : {
            code: 'HELD_BY_YOUR_BODY_OUTSIDE_MANDATE',
            sv: `Förslaget ${p.id} till ${p.processId} ligger hos ${body.name} men kräver nivån ${p.requiredLevel}: eskalera det.`,
            en: `Proposal ${p.id} for ${p.processId} is held by ${body.name} but needs the ${p.requiredLevel} level: escalate it.`,
          },
      since: p.statusAt,
      processId: p.processId,
      ...summaryField(p),
      body: body.id,
      withinMandate,
      status: p.status,
      ...(p.holdRemindedAt ? { remindedAt: p.holdRemindedAt } : {}),
    },
  ];
};

const ownProposalTasks = (principal: Principal, p: WorkProposal, seenUpTo: bigint): Task[] => {
  if (p.submittedBy !== principal.id) return [];
  const base = { kind: 'own-proposal' as const, resource: { kind: 'proposal' as const, id: p.id }, link: proposalLink(p.id), since: p.statusAt, processId: p.processId, ...summaryField(p), status: p.status };
  // A conflicted proposal waits for its submitter to amend it: it stays until they do.
  if (p.status === 'conflicted') {
    return [
      {
        ...base,
        why: {
          code: 'YOUR_PROPOSAL_CONFLICTED',
          sv: `Ditt förslag ${p.id} krockar med en nyare revision av ${p.processId}: ändra det mot den senaste.`,
          en: `Your proposal ${p.id} conflicts with a newer revision of ${p.processId}: amend it against the head.`,
        },
      },
    ];
  }
  if ((p.status === 'escalated' || DECIDED.has(p.status)) && BigInt(p.statusPosition) > seenUpTo) {
    const words = STATUS_WORDS[p.status];
    return [
      {
        ...base,
        why: {
          code: p.status === 'escalated' ? 'YOUR_PROPOSAL_ESCALATED' : 'YOUR_PROPOSAL_DECIDED',
          sv: `Ditt förslag ${p.id} till ${p.processId} har blivit ${words.sv}.`,
          en: `Your proposal ${p.id} for ${p.processId} was ${words.en}.`,
        },
      },
    ];
  }
  return [];
};

const adoptionTasks = (principal: Principal, state: MyWorkState): Task[] => {
  const out: Task[] = [];
  for (const p of Object.values(state.processes)) {
    for (const s of p.participants) {
      // Process owners and reviewers of a stakeholder may record its adoptions (docs/api.md).
      if (!isProcessOwnerOf(principal, s) && !isReviewerOf(principal, s)) continue;
      if (p.deviating.includes(s) || (p.adopted[s] ?? 0) >= p.head) continue;
      out.push({
        kind: 'adoption',
        resource: { kind: 'process', id: p.id },
        link: processLink(p.id),
        why: {
          code: 'ADOPTION_NOT_RECORDED',
          sv: `${s} har inte registrerat införande av revision ${p.head} av ${p.id} (${p.name}).`,
          en: `${s} has not recorded adopting revision ${p.head} of ${p.id} (${p.name}).`,
        },
        since: p.revisedAt,
        processId: p.id,
        stakeholder: s,
        revision: p.head,
      });
    }
  }
  return out;
};

/**
 * Deviations a later revision made stale (docs/harmonization.md): the organisation's process owners
 * and reviewers renew it (a deviation proposal against the head) or adopt the head, which ends it.
 */
const staleDeviationTasks = (principal: Principal, state: MyWorkState): Task[] => {
  const out: Task[] = [];
  for (const p of Object.values(state.processes)) {
    for (const [s, stale] of Object.entries(p.stale ?? {})) {
      if (!isProcessOwnerOf(principal, s) && !isReviewerOf(principal, s)) continue;
      out.push({
        kind: 'stale-deviation',
        resource: { kind: 'process', id: p.id },
        link: processLink(p.id),
        why: {
          code: 'DEVIATION_NEEDS_REAPPROVAL',
          sv: `Avvikelsen för ${s} från ${p.id} (${p.name}) berörs av revision ${stale.revision}: förnya den med ett avvikelseförslag eller inför revisionen.`,
          en: `The deviation of ${s} from ${p.id} (${p.name}) is touched by revision ${stale.revision}: renew it with a deviation proposal or adopt the revision.`,
        },
        since: stale.since,
        processId: p.id,
        stakeholder: s,
        revision: stale.revision,
      });
    }
  }
  return out;
};

/** Every task of one principal, in a stable order: by kind, then oldest first. */
/** `more`: tasks of other read models (mentions: mention-tasks.ts; overdue adoptions: overdue-adoption-tasks.ts), sorted in with these. */
export const myTasks = (state: MyWorkState, principal: Principal, options: MyTasksOptions = {}, more: Task[] = []): MyTasks => {
  const seenUpTo = options.seenUpTo ?? 0n;
  const tasks: Task[] = [];
  for (const p of Object.values(state.proposals)) {
    tasks.push(...reviewTasks(principal, p), ...decisionTasks(principal, p, state), ...ownProposalTasks(principal, p, seenUpTo));
  }
  // An overdue adoption says all an adoption task would, and more: one task for one thing to do.
  const overdue = new Set(more.filter((t) => t.kind === 'overdue-adoption').map((t) => `${t.processId}\n${t.stakeholder}`));
  tasks.push(...adoptionTasks(principal, state).filter((t) => !overdue.has(`${t.processId}\n${t.stakeholder}`)), ...processReviewTasks(principal, state), ...staleDeviationTasks(principal, state), ...more);
  const rank = (k: TaskKind) => TASK_KINDS.indexOf(k);
  tasks.sort((a, b) => rank(a.kind) - rank(b.kind) || a.since.localeCompare(b.since) || a.resource.id.localeCompare(b.resource.id) || (a.stakeholder ?? '').localeCompare(b.stakeholder ?? ''));
  const counts = Object.fromEntries(TASK_KINDS.map((k) => [k, 0])) as Record<TaskKind, number>;
  for (const t of tasks) counts[t.kind]++;
  return { principal: principal.id, counts, total: tasks.length, tasks };
};
