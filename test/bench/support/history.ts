import type { EventToAppend } from '@samsyn/event-store';
import type { SqliteEventStore } from '@samsyn/store-sqlite';
import { deterministicId, seededRandom } from './rng';

/**
 * The bulk path to a large synthetic history: events of the real types, in the shapes the deciders
 * emit, appended through the store's own append (hash chain, revisions, positions), many appends
 * per turn so that group commit writes them in large transactions. Municipalities each bring
 * five stakeholders, three governance levels, a term, a system and eleven processes; then proposal
 * lifecycles run until the target: reviews by every participant, some rejected and escalated to a
 * body that decides, the next revision applied, adoptions recorded.
 */
export interface HistoryOptions {
  seed: number;
  events: number;
  municipalities: number;
  processesPerMunicipality?: number;
}

export interface HistoryShape {
  head: bigint;
  proposals: number;
  stakeholders: string[];
  processes: string[];
  firstInstant: string;
  lastInstant: string;
  headHash: string;
}

const KINDS = ['committee', 'committee', 'committee', 'company', 'company'] as const;
const SUFFIXES = ['ksn', 'utbn', 'ifn', 'bostad', 'fastighet'];
export const START = Date.parse('2015-01-01T00:00:00.000Z');

export const stakeholdersOf = (m: number): string[] => SUFFIXES.map((s) => `m${m}-${s}`);
export const definitionOf = (m: number, p: number, rev: number) => {
  const sh = stakeholdersOf(m);
  const participants = sh.slice(0, 3 + (p % 3));
  return {
    purpose: `Shared process ${p} of municipality ${m}`,
    participants,
    steps: {
      s1: { name: `Register the case r${rev}`, performer: participants[0], order: 1, terms: [`m${m}-term`], systems: [`m${m}-sys`] },
      s2: { name: 'Assess', performer: participants[1], order: 2 },
      s3: { name: 'Decide and archive', performer: participants[2], order: 3 },
    },
    handovers: { h1: { from: 's1', to: 's2', artifact: 'case file' } },
  };
};

export async function generateHistory(store: SqliteEventStore, o: HistoryOptions): Promise<HistoryShape> {
  const random = seededRandom(o.seed);
  const perMunicipality = o.processesPerMunicipality ?? 11;
  // Generation is set-up, not a measured durable write: the file need not survive a power cut.
  // (The store must commit on its own connection — writerThread: false — for this to apply.)
  store.db.pragma('synchronous = OFF');
  let clock = START;
  let n = 0;
  const ev = (type: string, data: unknown, actor = 'admin'): EventToAppend => {
    clock += 30_000 + Math.floor(random() * 60_000);
    n++;
    return {
      id: deterministicId(o.seed, n),
      type,
      schemaVersion: type === 'ReviewSubmitted' ? 2 : 1,
      data,
      metadata: { actor, occurredAt: new Date(clock).toISOString(), correlationId: `c${n}`, causationId: null },
    };
  };
  let inFlight: Promise<unknown>[] = [];
  const put = async (stream: string, events: EventToAppend[]) => {
    inFlight.push(store.append(stream, events, { expectedRevision: 'any' }));
    if (inFlight.length >= 2000) {
      await Promise.all(inFlight);
      inFlight = [];
    }
  };

  const stakeholders: string[] = [];
  const processes: { id: string; m: number; p: number; head: number }[] = [];
  for (let m = 0; m < o.municipalities; m++) {
    for (const [i, id] of stakeholdersOf(m).entries()) {
      stakeholders.push(id);
      await put(`stakeholder-${id}`, [ev('StakeholderRegistered', { id, name: `Stakeholder ${id}`, kind: KINDS[i] })]);
    }
    await put(`body-m${m}-port`, [ev('GovernanceBodyEstablished', { id: `m${m}-port`, name: 'Portfolio', level: 'portfolio', parent: null, members: [`pm${m}`] })]);
    await put(`body-m${m}-adm`, [ev('GovernanceBodyEstablished', { id: `m${m}-adm`, name: 'Administration', level: 'administration', parent: `m${m}-port`, members: [`am${m}`] })]);
    await put(`body-m${m}-obj`, [ev('GovernanceBodyEstablished', { id: `m${m}-obj`, name: 'Object', level: 'object', parent: `m${m}-adm`, members: [`om${m}`] })]);
    await put(`term-m${m}-term`, [ev('TermDefined', { id: `m${m}-term`, label: 'Ärende', definition: 'A case handled by the process' })]);
    await put(`system-m${m}-sys`, [
      ev('SystemRegistered', { id: `m${m}-sys`, name: 'Case system', ownerStakeholder: `m${m}-ksn`, ownerPrincipal: `po${m}`, governingBody: `m${m}-obj` }),
    ]);
    for (let p = 0; p < perMunicipality; p++) {
      const id = `M${m}-P${p}`;
      processes.push({ id, m, p, head: 1 });
      await put(`process-${id}`, [
        ev('ProcessRegistered', { id, name: `Process ${p}`, owner: { principal: `po${m}`, stakeholder: `m${m}-ksn` }, governingBody: `m${m}-obj`, revision: 1, definition: definitionOf(m, p, 1) }, `po${m}`),
      ]);
    }
  }

  let x = 0;
  while (n < o.events) {
    const proc = processes[Math.floor(random() * processes.length)];
    const { m } = proc;
    const id = `x${x++}`;
    const def = definitionOf(m, proc.p, proc.head + 1);
    const reviewers = def.participants;
    const rejectedBy = random() < 0.15 ? Math.floor(random() * reviewers.length) : -1;
    const proposal = [
      ev('ProposalSubmitted', {
        id, processId: proc.id, kind: 'change', submittedBy: `po${m}`, submitterStakeholder: `m${m}-ksn`, stakeholder: null, baseRevision: proc.head,
        changes: [{ op: 'replace', path: '/steps/s1/name', value: def.steps.s1.name }], rationale: 'Clearer wording', requiredLevel: 'object',
        reviewers, governingBody: `m${m}-obj`, reviewDeadline: null, submittedAt: new Date(clock).toISOString(),
      }, `po${m}`),
      ...reviewers.map((s, i) => ev('ReviewSubmitted', { id, version: 1, stakeholder: s, reviewer: `r-${s}`, verdict: i === rejectedBy ? 'reject' : 'accept', comment: 'ok' }, `r-${s}`)),
    ];
    const approved = rejectedBy < 0 || random() < 0.7;
    if (rejectedBy < 0) proposal.push(ev('ProposalAccepted', { id, version: 1 }));
    else {
      proposal.push(ev('ProposalEscalated', { id, fromBody: null, toBody: `m${m}-obj`, toLevel: 'object', reason: 'rejected-in-review', by: 'system', motivation: 'a participant rejected' }, 'system'));
      proposal.push(ev('ProposalDecided', { id, body: `m${m}-obj`, level: 'object', outcome: approved ? 'approve' : 'reject', motivation: 'weighed', decidedBy: `om${m}` }, `om${m}`));
    }
    await put(`proposal-${id}`, proposal);
    if (!approved) continue;
    proc.head++;
    await put(`process-${proc.id}`, [
      ev('ProcessRevised', { id: proc.id, revision: proc.head, definition: def, proposalId: id, baseRevision: proc.head - 1, changes: proposal[0].data && (proposal[0].data as { changes: unknown[] }).changes, rebased: false, summary: 'steps changed: s1' }),
      ...(random() < 0.4 ? reviewers.map((s) => ev('AdoptionRecorded', { id: proc.id, stakeholder: s, revision: proc.head, adoptedOn: new Date(clock + 86_400_000).toISOString().slice(0, 10) }, `r-${s}`)) : []),
    ]);
    await put(`proposal-${id}`, [ev('ProposalApplied', { id, revision: proc.head, rebased: false })]);
  }
  await Promise.all(inFlight);
  store.db.pragma('synchronous = FULL');
  const head = store.db.prepare('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1').get() as { position: bigint; hash: string };
  return {
    head: head.position,
    headHash: head.hash,
    proposals: x,
    stakeholders,
    processes: processes.map((p) => p.id),
    firstInstant: new Date(START).toISOString(),
    lastInstant: new Date(clock).toISOString(),
  };
}
