import type { StoredEvent } from '@samsyn/event-store';

/**
 * A process's whole story from its events, in position order — pure: the events in, the sections
 * of the evidence pack out. Every entry keeps the global position of the event it comes from, so
 * each can be matched with its inclusion proof.
 */
export interface StoryEntry {
  position: string;
  occurredAt: string;
  actor: string;
  type: string;
  /** The proposal it belongs to, for proposal events. */
  proposalId?: string;
  /** Field → value lines shown for the entry (bilingual labels are the renderer's). */
  fields: Array<[field: string, value: string]>;
}

export interface StatusRow {
  position: string;
  occurredAt: string;
  headRevision: number;
  /** Per stakeholder: `adopted` the head, `deviating` (an active deviation), or `behind` (last revision adopted, 0: none). */
  stakeholders: Array<{ stakeholder: string; status: 'adopted' | 'deviating' | 'behind'; revision: number }>;
}

export interface ProcessStory {
  processId: string;
  name: string;
  /** Process-stream entries: registration, revisions, adoptions, deviations. */
  baseline: StoryEntry[];
  /** Per proposal, in submission order: its submission, reviews, escalations, decisions… */
  proposals: Array<{ id: string; kind: string; entries: StoryEntry[] }>;
  status: StatusRow[];
}

type Data = Record<string, unknown>;
const str = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** The lines shown per event type: what an auditor reads the decision from. */
const FIELDS: Record<string, (d: Data) => Array<[string, string]>> = {
  ProcessRegistered: (d) => [['name', str(d.name)], ['owner', str((d.owner as Data)?.stakeholder)], ['governingBody', str(d.governingBody)], ['revision', str(d.revision)]],
  ProcessRevised: (d) => [['revision', str(d.revision)], ['proposal', str(d.proposalId)], ['baseRevision', str(d.baseRevision)], ['rebased', str(d.rebased)], ['summary', str(d.summary)], ['changes', str(d.changes)]],
  AdoptionRecorded: (d) => [['stakeholder', str(d.stakeholder)], ['revision', str(d.revision)], ['adoptedOn', str(d.adoptedOn)]],
  DeviationRecorded: (d) => [['stakeholder', str(d.stakeholder)], ['proposal', str(d.proposalId)], ['revision', str(d.revision)], ['rationale', str(d.rationale)], ['changes', str(d.changes)]],
  DeviationEnded: (d) => [['stakeholder', str(d.stakeholder)], ['proposal', str(d.proposalId)], ['reason', str(d.reason)]],
  ProposalSubmitted: (d) => [['kind', str(d.kind)], ['submittedBy', str(d.submittedBy)], ['stakeholder', str(d.submitterStakeholder)], ['baseRevision', str(d.baseRevision)], ['requiredLevel', str(d.requiredLevel)], ['governingBody', str(d.governingBody)], ['rationale', str(d.rationale)], ['changes', str(d.changes)], ['reviewers', (d.reviewers as string[] | undefined)?.join(', ') ?? '']],
  ProposalAmended: (d) => [['version', str(d.version)], ['baseRevision', str(d.baseRevision)], ['requiredLevel', str(d.requiredLevel)], ['rationale', str(d.rationale)], ['changes', str(d.changes)]],
  ReviewSubmitted: (d) => [['stakeholder', str(d.stakeholder)], ['reviewer', str(d.reviewer)], ['verdict', str(d.verdict ?? (d.approved === undefined ? '' : d.approved ? 'accept' : 'reject'))], ['version', str(d.version)], ['comment', str(d.comment)]],
  ProposalAccepted: (d) => [['version', str(d.version)]],
  ProposalEscalated: (d) => [['fromBody', str(d.fromBody)], ['toBody', str(d.toBody)], ['level', str(d.toLevel)], ['reason', str(d.reason)], ['by', str(d.by)], ['motivation', str(d.motivation)]],
  ProposalDecided: (d) => [['body', str(d.body)], ['level', str(d.level)], ['outcome', str(d.outcome)], ['decidedBy', str(d.decidedBy)], ['motivation', str(d.motivation)]],
  ProposalWithdrawn: (d) => [['by', str(d.by)], ['reason', str(d.reason)]],
  ProposalApplied: (d) => [['revision', str(d.revision)], ['rebased', str(d.rebased)]],
  ProposalConflicted: (d) => Object.entries(d).filter(([k]) => k !== 'id').map(([k, v]) => [k, str(v)]),
};

const entryOf = (e: StoredEvent): StoryEntry => {
  const d = (e.data ?? {}) as Data;
  const fields = (FIELDS[e.type] ?? ((x: Data) => Object.entries(x).map(([k, v]) => [k, str(v)] as [string, string])))(d);
  return { position: e.position.toString(), occurredAt: e.metadata.occurredAt, actor: e.metadata.actor, type: e.type, ...(e.type.startsWith('Proposal') || e.type === 'ReviewSubmitted' ? { proposalId: str(d.id) } : {}), fields };
};

export function processStory(processId: string, events: readonly StoredEvent[]): ProcessStory {
  const sorted = [...events].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  const baseline: StoryEntry[] = [];
  const proposals = new Map<string, { id: string; kind: string; entries: StoryEntry[] }>();
  const status: StatusRow[] = [];
  const adopted = new Map<string, number>();
  const deviating = new Set<string>();
  let head = 0;
  let name = processId;

  for (const e of sorted) {
    const d = (e.data ?? {}) as Data;
    const entry = entryOf(e);
    if (e.streamId === `process-${processId}`) {
      baseline.push(entry);
      if (e.type === 'ProcessRegistered') {
        name = str(d.name) || processId;
        head = 1;
      } else if (e.type === 'ProcessRevised') head = Number(d.revision);
      else if (e.type === 'AdoptionRecorded') adopted.set(str(d.stakeholder), Number(d.revision));
      else if (e.type === 'DeviationRecorded') deviating.add(str(d.stakeholder));
      else if (e.type === 'DeviationEnded') deviating.delete(str(d.stakeholder));
      status.push({
        position: entry.position,
        occurredAt: entry.occurredAt,
        headRevision: head,
        stakeholders: [...new Set([...adopted.keys(), ...deviating])].sort().map((s) => {
          const revision = adopted.get(s) ?? 0;
          return { stakeholder: s, revision, status: deviating.has(s) ? 'deviating' : revision === head ? 'adopted' : 'behind' };
        }),
      });
    } else if (entry.proposalId) {
      let p = proposals.get(entry.proposalId);
      if (!p) proposals.set(entry.proposalId, (p = { id: entry.proposalId, kind: str(d.kind), entries: [] }));
      p.entries.push(entry);
    }
  }
  return { processId, name, baseline, proposals: [...proposals.values()], status };
}
