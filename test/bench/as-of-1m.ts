/**
 * Rebuild throughput and time travel on a history of one million events (a script, not a test).
 *
 *   npx tsc -p tsconfig.build.json --outDir /tmp/samsyn-dist && \
 *     node -r ./bin/register-aliases.js dist/test/bench/as-of-1m.js [events] [snapshotEvery] [runs]
 *   (or, without building: TS_NODE_SWC=true TS_NODE_TRANSPILE_ONLY=true \
 *     node -r ts-node/register -r tsconfig-paths/register test/bench/as-of-1m.ts [events] ...)
 *
 * Writes synthetic events of the real types (proposal lifecycles: submitted, reviews, accepted,
 * revised, applied, adoptions) through the SQLite store's append into a file that is kept in the
 * temp directory and reused by the next run of the same size (the history is deterministic).
 * Then measures: the raw baseline (read every row and JSON.parse it), the full rebuild of every
 * projection through the runner, peak RSS, and the latency of as-of queries at random positions
 * and instants — with a live runner (the API's set-up: temporal read models answer from live
 * state) and without one (the CLI's `replay`: nearest snapshot plus replay).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import type { EventToAppend } from '@samsyn/event-store';
import { allProjections, ProjectionQueries, ProjectionRunner, sqliteProjectionStateStore, toProjectedEvent } from '@samsyn/projections';

const TARGET = Number(process.argv[2] ?? 1_000_000);
const SNAPSHOT_EVERY = Number(process.argv[3] ?? 2_000);
const RUNS = Number(process.argv[4] ?? 200);
const STAKEHOLDERS = ['ksn', 'fsn', 'utbn', 'uhem', 'skolf'];
const PROCESSES = 50;
const FIRST = '2015-01-01T00:00:00.000Z';

let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const mb = (b: number) => `${Math.round(b / 1048576)} MB`;

const generate = async (path: string) => {
  // A benchmark file need not survive a power cut; the store's own setting is synchronous=FULL.
  // Committed on the store's own connection (no writer thread), so the pragma is the committing one.
  const store = sqliteEventStore({ path, writerThread: false });
  store.db.pragma('synchronous = OFF');
  let clock = Date.parse(FIRST);
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
  await store.close();
  return { head, proposals: x, seconds: (performance.now() - t0) / 1000 };
};

const main = async () => {
  const dir = join(tmpdir(), `samsyn-bench-${TARGET}`);
  mkdirSync(dir, { recursive: true });
  const eventsPath = join(dir, 'events.sqlite');
  if (!existsSync(join(dir, 'complete'))) {
    rmSync(eventsPath, { force: true });
    const g = await generate(eventsPath);
    console.log(`generated ${g.head} events (${g.proposals} proposals) in ${g.seconds.toFixed(1)} s (${Math.round(Number(g.head) / g.seconds)} events/s)`);
    require('node:fs').writeFileSync(join(dir, 'complete'), '');
  }
  const store = sqliteEventStore({ path: eventsPath });
  const head = (await store.headPosition())!;
  const events = Number(head);
  const sampler = setInterval(sampleRss, 50);
  console.log(`history: ${events} events in ${eventsPath}; node ${process.version}, ${require('node:os').cpus().length} cores`);

  // 0. The raw baseline: read every event row and JSON.parse it (data and metadata), in pages.
  const page = store.db.prepare('SELECT position, data, metadata FROM events WHERE position > ? ORDER BY position LIMIT 10000');
  let t = performance.now();
  let after = 0n;
  let parsed = 0;
  for (;;) {
    const rows = page.all(after) as { position: bigint; data: string; metadata: string }[];
    for (const r of rows) {
      JSON.parse(r.data);
      JSON.parse(r.metadata);
      parsed++;
    }
    if (rows.length < 10000) break;
    after = rows[rows.length - 1].position;
  }
  const baseline = parsed / ((performance.now() - t) / 1000);
  console.log(`baseline, read every row + JSON.parse: ${Math.round(baseline)} events/s`);

  // 1. Full rebuild of every projection through the runner, no snapshots, then with snapshots.
  // BENCH_QUERIES_ONLY=1 reuses the states of the last run (same projection versions) and measures only the queries.
  for (const snapshotEvery of process.env.BENCH_QUERIES_ONLY ? [] : [0, SNAPSHOT_EVERY]) {
    const path = join(dir, `rebuild-${snapshotEvery}.sqlite`);
    rmSync(path, { force: true });
    const states = sqliteProjectionStateStore({ path });
    const r = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), snapshotEvery });
    t = performance.now();
    await r.start();
    const s = (performance.now() - t) / 1000;
    sampleRss();
    console.log(`rebuild, 5 projections, ${snapshotEvery ? `snapshots every >=${snapshotEvery} events` : 'no snapshots'}: ${s.toFixed(2)} s = ${Math.round(events / s)} events/s = ${(events / s / baseline).toFixed(2)}x baseline; peak RSS so far ${mb(peakRss)}`);
    await r.stop();
    states.close();
  }

  // Apply alone (events already in memory), to separate the store's read cost from the folds.
  const sample = (await store.readAll({ maxCount: process.env.BENCH_QUERIES_ONLY ? 1 : 200_000 })).map((e) => toProjectedEvent(e));
  t = performance.now();
  for (const p of allProjections()) {
    let st = p.initialState();
    for (const e of sample) st = p.apply(st, e);
  }
  console.log(`apply only (5 projections, ${sample.length} events in memory): ${Math.round(sample.length / ((performance.now() - t) / 1000))} events/s`);

  if (process.env.BENCH_ONLY_REBUILD) return void clearInterval(sampler);

  // 2. The API's set-up: a live runner (resumed from the states saved above) and its queries.
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const states = sqliteProjectionStateStore({ path: join(dir, `rebuild-${SNAPSHOT_EVERY}.sqlite`) });
  const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), snapshotEvery: SNAPSHOT_EVERY });
  t = performance.now();
  await runner.start();
  global.gc?.();
  sampleRss();
  console.log(`runner resumed from saved states in ${((performance.now() - t) / 1000).toFixed(2)} s; RSS holding every read model: ${mb(process.memoryUsage().rss)} (before: ${mb(rssBefore)}), peak ${mb(peakRss)}`);

  const firstMs = Date.parse(FIRST);
  const lastMs = Date.parse((await store.readAll({ after: head - 1n, maxCount: 1 }))[0].metadata.occurredAt);
  // A deterministic spread of points over the whole history.
  const frac = (i: number) => ((i * 7919) % 1000) / 1000;
  const pos = (i: number) => ({ position: BigInt(1 + Math.floor(frac(i) * events)) });
  const inst = (i: number) => ({ instant: new Date(firstMs + frac(i) * (lastMs - firstMs)).toISOString() });
  const report = async (label: string, f: (i: number) => Promise<unknown>, runs = RUNS) => {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const t1 = performance.now();
      const answer = await f(i);
      times.push(performance.now() - t1);
      if (Array.isArray(answer)) size += answer.length;
    }
    sampleRss();
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(runs - 1, Math.ceil(runs * q) - 1)].toFixed(1);
    console.log(`${label}: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, max ${times[runs - 1].toFixed(1)} ms${size ? ` (avg ${Math.round(size / runs)} items)` : ''}`);
  };
  const live = new ProjectionQueries({ store, runner, snapshots: states });
  console.log(`-- as of, with a live runner (API), ${RUNS} random points`);
  await report('catalogue as of a position', (i) => live.catalogue(pos(i)));
  await report('catalogue as of an instant', (i) => live.catalogue(inst(i)));
  await report('stakeholder skolf history as of a position', (i) => live.stakeholderHistory('skolf', pos(i)), 20);
  await report('process P7 revisions as of a position', (i) => live.revisions('P7', pos(i)));
  await report('process P7 revisions as of an instant', (i) => live.revisions('P7', inst(i)));
  await report('proposal board (awaiting body obj) as of a position', (i) => live.proposals({ awaitingBody: 'obj' }, pos(i)), 20);
  await report('one proposal as of a position', (i) => live.proposal(`x${Math.floor(frac(i) * 80_000)}`, pos(i)));
  await report('harmonization report as of an instant', (i) => live.harmonizationReport(inst(i)), 20);
  await report('governance report as of an instant', (i) => live.governanceReport(inst(i)), 20);
  await report('nomenclature report as of an instant', (i) => live.nomenclatureReport(inst(i)));
  await report('audit page (100) as of a position', (i) => live.auditEvents({ limit: 100, after: BigInt(Math.floor(frac(i) * events / 2)) }, pos(i)));
  await report('catalogue now (live)', () => live.catalogue());

  console.log('-- as of, without a runner (CLI replay): nearest snapshot + replay');
  const cold = new ProjectionQueries({ store, snapshots: states });
  await report('catalogue as of a position', (i) => cold.catalogue(pos(i)));
  await report('catalogue as of an instant', (i) => cold.catalogue(inst(i)));
  await report('process P7 revisions as of a position', (i) => cold.revisions('P7', pos(i)), 5);
  await report('governance report as of an instant', (i) => cold.governanceReport(inst(i)), 3);
  console.log(`peak RSS of the whole run: ${mb(peakRss)}`);

  clearInterval(sampler);
  await runner.stop();
  states.close();
  await store.close();
};

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
