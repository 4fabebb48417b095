/**
 * Time travel on a history of one million events (a script, not a test).
 *
 *   npm run build && node -r ./bin/register-aliases.js dist/test/bench/as-of-1m.js [events] [snapshotEvery]
 *
 * Writes synthetic events of the real types (proposal lifecycles: submitted, reviews, accepted,
 * revised, applied, adoptions) through the SQLite store's append into a temp file, then measures:
 * the full rebuild throughput of every projection (no snapshots), the same with snapshots, and
 * the latency of as-of queries at random positions and instants.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import type { EventToAppend } from '@samsyn/event-store';
import { allProjections, ProjectionQueries, ProjectionRunner, sqliteProjectionStateStore } from '@samsyn/projections';

const TARGET = Number(process.argv[2] ?? 1_000_000);
const SNAPSHOT_EVERY = Number(process.argv[3] ?? 10_000);
const STAKEHOLDERS = ['ksn', 'fsn', 'utbn', 'uhem', 'skolf'];
const PROCESSES = 50;

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-bench-'));
  const store = sqliteEventStore({ path: join(dir, 'events.sqlite') });
  // A benchmark file need not survive a power cut; the store's own setting is synchronous=FULL.
  store.db.pragma('synchronous = OFF');
  let clock = Date.parse('2015-01-01T00:00:00.000Z');
  let n = 0;
  const ev = (type: string, data: unknown, actor = 'admin'): EventToAppend => {
    clock += 60_000;
    n++;
    return { type, schemaVersion: type === 'ReviewSubmitted' ? 2 : 1, data, metadata: { actor, occurredAt: new Date(clock).toISOString(), correlationId: `c${n}`, causationId: null } };
  };
  const put = (stream: string, events: EventToAppend[]) => store.append(stream, events, { expectedRevision: 'any' });

  const t0 = performance.now();
  for (const id of STAKEHOLDERS) await put(`stakeholder-${id}`, [ev('StakeholderRegistered', { id, name: id, kind: 'committee' })]);
  await put('body-obj', [ev('GovernanceBodyEstablished', { id: 'obj', name: 'Object', level: 'object', parent: null, members: ['olle'] })]);
  await put('term-t1', [ev('TermDefined', { id: 't1', label: 'Term', definition: 'd' })]);
  await put('system-sys', [ev('SystemRegistered', { id: 'sys', name: 'Sys', ownerStakeholder: 'ksn', ownerPrincipal: 'k', governingBody: 'obj' })]);
  const heads: number[] = [];
  const definition = (p: number, rev: number) => ({
    purpose: `process ${p}`,
    participants: STAKEHOLDERS.slice(0, 3 + (p % 3)),
    steps: {
      s1: { name: `Step one r${rev}`, performer: 'ksn', order: 1, terms: ['t1'], systems: ['sys'] },
      s2: { name: 'Step two', performer: 'fsn', order: 2 },
      s3: { name: 'Step three', performer: 'utbn', order: 3 },
    },
    handovers: { h1: { from: 's1', to: 's2', artifact: 'a' } },
  });
  for (let p = 0; p < PROCESSES; p++) {
    heads.push(1);
    await put(`process-P${p}`, [ev('ProcessRegistered', { id: `P${p}`, name: `P${p}`, owner: { principal: 'k', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition: definition(p, 1) }, 'k')]);
  }
  let x = 0;
  while (n < TARGET) {
    const p = x % PROCESSES;
    const id = `x${x++}`;
    const def = definition(p, heads[p] + 1);
    const reviewers = def.participants;
    const escalate = x % 7 === 0;
    const submittedAt = new Date(clock).toISOString();
    const proposal = [
      ev('ProposalSubmitted', { id, processId: `P${p}`, kind: 'change', submittedBy: 'k', submitterStakeholder: 'ksn', stakeholder: null, baseRevision: heads[p], changes: [{ op: 'replace', path: '/steps/s1/name', value: def.steps.s1.name }], rationale: 'better', requiredLevel: 'object', reviewers, governingBody: 'obj', reviewDeadline: null, submittedAt }, 'k'),
      ...reviewers.map((s, i) => ev('ReviewSubmitted', { id, version: 1, stakeholder: s, reviewer: `r-${s}`, verdict: escalate && i === 1 ? 'reject' : 'accept', comment: 'ok' }, `r-${s}`)),
      ...(escalate
        ? [
            ev('ProposalEscalated', { id, fromBody: null, toBody: 'obj', toLevel: 'object', reason: 'rejected-in-review', by: 'system', motivation: 'm' }, 'system'),
            ev('ProposalDecided', { id, body: 'obj', level: 'object', outcome: 'approve', motivation: 'fine', decidedBy: 'olle' }, 'olle'),
          ]
        : [ev('ProposalAccepted', { id, version: 1 })]),
    ];
    await put(`proposal-${id}`, proposal);
    heads[p]++;
    await put(`process-P${p}`, [
      ev('ProcessRevised', { id: `P${p}`, revision: heads[p], definition: def, proposalId: id, baseRevision: heads[p] - 1, changes: [], rebased: false, summary: 'steps changed: s1' }),
      ...(x % 3 === 0 ? reviewers.map((s) => ev('AdoptionRecorded', { id: `P${p}`, stakeholder: s, revision: heads[p], adoptedOn: new Date(clock + 86_400_000).toISOString() }, `r-${s}`)) : []),
    ]);
    await put(`proposal-${id}`, [ev('ProposalApplied', { id, revision: heads[p], rebased: false })]);
  }
  const head = (await store.headPosition())!;
  const tGen = (performance.now() - t0) / 1000;
  console.log(`generated ${head} events (${x} proposals) in ${tGen.toFixed(1)} s (${Math.round(Number(head) / tGen)} events/s)`);

  // 1. Full rebuild of every projection, no snapshots: the replay throughput.
  const plain = sqliteProjectionStateStore({ path: join(dir, 'plain.sqlite') });
  const r1 = new ProjectionRunner({ store, stateStore: plain, projections: allProjections(), persistEvery: 250_000, snapshotEvery: 0 });
  let t = performance.now();
  await r1.start();
  let s = (performance.now() - t) / 1000;
  console.log(`rebuild, 5 projections, no snapshots: ${s.toFixed(2)} s = ${Math.round(Number(head) / s)} events/s (read from SQLite, upcast, apply, 4 saves)`);
  await r1.stop();

  // Apply alone (events already in memory), to separate the store's read cost from the folds.
  const events = await store.readAll({ maxCount: 200_000 });
  const { toProjectedEvent } = await import('@samsyn/projections');
  const projected = events.map((e) => toProjectedEvent(e));
  t = performance.now();
  for (const p of allProjections()) {
    let st = p.initialState();
    for (const e of projected) st = p.apply(st, e);
  }
  s = (performance.now() - t) / 1000;
  console.log(`apply only (5 projections, ${projected.length} events in memory): ${Math.round(projected.length / s)} events/s`);

  // 2. The same with time-travel snapshots every SNAPSHOT_EVERY events.
  const snap = sqliteProjectionStateStore({ path: join(dir, 'snapshots.sqlite') });
  const r2 = new ProjectionRunner({ store, stateStore: snap, snapshots: snap, projections: allProjections(), persistEvery: 250_000, snapshotEvery: SNAPSHOT_EVERY });
  t = performance.now();
  await r2.start();
  s = (performance.now() - t) / 1000;
  console.log(`rebuild with a snapshot every ${SNAPSHOT_EVERY} events: ${s.toFixed(2)} s = ${Math.round(Number(head) / s)} events/s`);
  await r2.stop();

  // 3. As-of latency.
  const q = new ProjectionQueries({ store, snapshots: snap });
  const firstMs = Date.parse('2015-01-01T00:00:00.000Z');
  const report = async (label: string, f: (i: number) => Promise<unknown>, runs = 20) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t1 = performance.now();
      await f(i);
      times.push(performance.now() - t1);
    }
    times.sort((a, b) => a - b);
    console.log(`${label}: median ${times[Math.floor(runs / 2)].toFixed(1)} ms, p90 ${times[Math.ceil(runs * 0.9) - 1].toFixed(1)} ms, max ${times[runs - 1].toFixed(1)} ms`);
  };
  const pos = (i: number) => ({ position: BigInt(1 + Math.floor(((i * 7919) % 1000) / 1000 * Number(head))) });
  const inst = (i: number) => ({ instant: new Date(firstMs + ((i * 7919) % 1000) / 1000 * (clock - firstMs)).toISOString() });
  await report('catalogue as of a position', (i) => q.catalogue(pos(i)));
  await report('catalogue as of an instant', (i) => q.catalogue(inst(i)));
  await report('process P7 revisions as of a position', (i) => q.revisions('P7', pos(i)));
  await report('harmonization report as of an instant', (i) => q.harmonizationReport(inst(i)));
  await report('proposal board (awaiting body obj) as of a position', (i) => q.proposals({ awaitingBody: 'obj' }, pos(i)), 10);
  await report('governance report as of an instant', (i) => q.governanceReport(inst(i)), 10);
  const noSnap = new ProjectionQueries({ store });
  await report('catalogue as of the middle WITHOUT snapshots', () => noSnap.catalogue({ position: head / 2n }), 3);

  plain.close();
  snap.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
};

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
