import type { AppendResults } from '../workloads/append';
import type { CommandLevel } from '../workloads/commands';
import type { RebuildResults } from '../workloads/rebuild';
import type { HttpEndpoint, Read, ServerRun } from '../workloads/server';
import type { MerkleResults } from '../workloads/merkle';

export interface BenchResults {
  mode: string;
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string; loadAverage: { atStart: number; atEnd: number } };
  seed: number;
  histories: { events: number; proposals: number; municipalities: number; stakeholders: number; processes: number; generationSeconds: number; headHash: string }[];
  append: AppendResults;
  commands: CommandLevel[];
  rebuild: RebuildResults;
  /** Absent in results written before the Merkle tree. */
  merkle?: MerkleResults;
  servers: ServerRun[];
  totalSeconds: number;
}

const n = (x: number) => x.toLocaleString('en-US');
const met = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'met' : '**missed**');

/** One table row per figure: what was measured, next to its baseline, the ratio and the target. */
export function markdown(r: BenchResults): string {
  const rows: string[][] = [];
  const row = (workload: string, measure: string, value: string, baseline: string, ratio: string, target: string, status: string) =>
    rows.push([workload, measure, value, baseline, ratio, target, status]);

  const a = r.append;
  row('1 append', `port, ${n(a.appends)} awaited single-event appends, expected revision, ${a.streams} streams`, `${n(a.port.appendsPerSecond)} appends/s`, `raw better-sqlite3: ${n(a.rawBetterSqlite3.appendsPerSecond)}/s`, `${a.ratioToRaw}×`, '≥ 0.5×', met(a.ratioToRaw >= 0.5));
  if ('appendsPerSecond' in a.emmettSqlite) {
    row('1 append', 'port vs Emmett 0.38.5 SQLite (sqlite3 5)', `${n(a.port.appendsPerSecond)} appends/s`, `Emmett: ${n(a.emmettSqlite.appendsPerSecond)}/s (${a.emmettSqlite.journalMode}, synchronous=${a.emmettSqlite.synchronous}, ${a.emmettSqlite.busyRetries} BUSY retries)`, `${a.ratioToEmmett}×`, '≥ 2×', met((a.ratioToEmmett ?? 0) >= 2));
  } else {
    row('1 append', 'port vs Emmett 0.38.5 SQLite', `${n(a.port.appendsPerSecond)} appends/s`, `Emmett failed: ${a.emmettSqlite.error}`, '–', '≥ 2×', 'n/a');
  }
  for (const c of r.commands) {
    row('2 commands', `use cases (samsynApplication), concurrency ${c.concurrency}, synchronous=FULL, group commit`, `${n(c.commandsPerSecond)} commands/s`, `${n(c.commands)} commands in ${c.seconds} s`, '–', c.concurrency === 64 ? '≥ 10,000/s' : '–', c.concurrency === 64 ? met(c.commandsPerSecond >= 10_000) : '–');
  }
  const b = r.rebuild;
  row('3 rebuild', `${b.projections.length} projections from ${n(b.events)} events`, `${n(b.rebuild.eventsPerSecond)} events/s (${b.rebuild.seconds} s)`, `read + JSON.parse: ${n(b.baselineReadAndParse.eventsPerSecond)}/s (${b.baselineReadAndParse.seconds} s)`, `${b.ratioToBaseline}×`, '≥ 300,000/s and ≥ 0.5×', met(b.rebuild.eventsPerSecond >= 300_000 && b.ratioToBaseline >= 0.5));
  if (r.merkle) {
    const t = r.merkle;
    row('Merkle tree', `durable appends with the tree, ${n(t.appends)} awaited single-event appends (${t.nodesPerEvent} nodes per event)`, `${n(t.withTree.appendsPerSecond)} appends/s`, `without the tree (same store, merkleTree: false): ${n(t.withoutTree.appendsPerSecond)}/s`, `${t.ratio}×`, 'reported', '–');
    const c = t.consistency.latency;
    row('Merkle tree', `consistency proof ${n(t.consistency.from)} → ${n(t.consistency.to)} (${t.consistency.proofHashes} hashes), fetched from SQLite, built and verified`, `p50 ${c.p50} ms, p99 ${c.p99} ms`, `${c.samples} runs`, '–', 'reported', '–');
  }
  const big = r.servers[r.servers.length - 1];
  const m = big.measured;
  row('4 as-of', `catalogue at ${m.asOf.catalogue.samples} random positions of ${n(m.events)}`, `p50 ${m.asOf.catalogue.p50} ms, p99 ${m.asOf.catalogue.p99} ms`, `live: p50 ${m.read.catalogue.p50} ms`, '–', 'p99 ≤ 50 ms', met(m.asOf.catalogue.p99 <= 50));
  row('4 as-of', `stakeholder history at ${m.asOf.stakeholderHistory.samples} random positions of ${n(m.events)}`, `p50 ${m.asOf.stakeholderHistory.p50} ms, p99 ${m.asOf.stakeholderHistory.p99} ms`, `live: p50 ${m.read.stakeholderHistory.p50} ms (${n(m.historyEntries)} entries)`, '–', 'p99 ≤ 50 ms', met(m.asOf.stakeholderHistory.p99 <= 50));
  if (big.http) {
    const h = big.http;
    const bare = `bare route: ${n(h.bare.requestsPerSecond)} req/s, p50 ${h.bare.p50Ms} ms, p99 ${h.bare.p99Ms} ms`;
    const ep = (name: string, e: HttpEndpoint, ratioShown: number | null, baseline: string, target: string, ok: boolean | null) =>
      row('5 HTTP', `${name}, ${h.connections} connections, ${h.seconds} s (${n(e.requests)} req, ${e.non2xx} non-2xx)`, `${n(e.requestsPerSecond)} req/s, p50 ${e.p50Ms} ms, p99 ${e.p99Ms} ms`, baseline, ratioShown === null ? '–' : `${ratioShown}×`, target, ok === null ? '–' : met(ok));
    // Issue 18: a read against the bare route answering the same bytes (the constant route beside it).
    const read = (name: string, e: Read, coding: string) =>
      ep(name, e, e.sameBytes.ratio, `the bare route answering the same ${n(e.sameBytes.bodyBytes)} bytes${coding}: ${n(e.sameBytes.bare.requestsPerSecond)} req/s, p50 ${e.sameBytes.bare.p50Ms} ms; ${bare} (${e.ratioToBare}× of it)`, '≥ 0.9×', e.sameBytes.ratio >= 0.9);
    const coded = ' (brotli)';
    read(`GET /catalogue (${n(m.catalogueEntries)} processes)`, h.catalogue, '');
    read(`GET /stakeholders/:id/history (${n(m.historyEntries)} entries)`, h.stakeholderHistory, '');
    if (h.compressed) {
      read(`GET /catalogue, Accept-Encoding: ${h.compressed.acceptEncoding}`, h.compressed.catalogue, coded);
      read(`GET /stakeholders/:id/history, Accept-Encoding: ${h.compressed.acceptEncoding}`, h.compressed.stakeholderHistory, coded);
    }
    const app = h.reviews.app;
    ep(
      'POST /proposals/:id/reviews',
      h.reviews,
      h.reviews.ratioToApp ?? null,
      app ? `the application's same review command at concurrency ${app.concurrency}, same process, just before it: ${n(app.commandsPerSecond)} commands/s (${n(app.commands)} in ${app.seconds} s); ${bare}` : bare,
      '≥ 0.5×',
      h.reviews.ratioToApp === undefined || h.reviews.ratioToApp === null ? null : h.reviews.ratioToApp >= 0.5,
    );
  }
  for (const s of r.servers) {
    const x = s.measured;
    const last = s === big;
    row(
      '6 memory',
      `server on ${n(x.events)} events${last && big.http ? ' (incl. HTTP run)' : ''}`,
      `peak RSS ${n(s.peakRssMb)} MB (${x.rssAfterRebuildMb} MB after rebuild)`,
      `rebuild ${x.rebuildSeconds.toFixed(2)} s; as-of catalogue p99 ${x.asOf.catalogue.p99} ms; read catalogue p50 ${x.read.catalogue.p50} ms, history p50 ${x.read.stakeholderHistory.p50} ms; peak after ${(s.phases ?? []).map((p) => `${p.phase} ${n(p.peakRssMb)}`).join(', ')} MB`,
      '–',
      last ? '≤ 400 MB at the largest' : '–',
      last ? met(s.peakRssMb <= 400) : '–',
    );
  }

  for (const s of r.servers) {
    const st = s.startup;
    if (!st) continue;
    row(
      '7 startup',
      `server started again on ${n(s.measured.events)} events, its read models saved by the run before`,
      `ready in ${n(st.readyMs)} ms (fork to first GET /catalogue answered)`,
      `in the process: modules ${n(st.modulesLoadedMs)}, read models open ${n(st.runtimeOpenMs)}, listening ${n(st.listeningMs)}, first read ${n(st.firstReadMs)} ms after its start; RSS ${n(st.rssMb)} MB; a first start (full rebuild) took ${s.measured.rebuildSeconds.toFixed(2)} s`,
      '–',
      'reported',
      '–',
    );
  }

  const head = ['workload', 'measure', 'figure', 'baseline / context', 'ratio', 'target', 'status'];
  const lines = [
    `### Samsyn bench (${r.mode}) — ${r.date}`,
    '',
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node} (${r.machine.platform}); 1-min load average ${r.machine.loadAverage.atStart} at start, ${r.machine.loadAverage.atEnd} at end (other work on the machine skews every figure). Seed ${r.seed}; whole run ${r.totalSeconds} s.`,
    `Histories: ${r.histories.map((h) => `${n(h.events)} events (${n(h.proposals)} proposals, ${h.municipalities} municipalities, ${h.stakeholders} stakeholders, ${h.processes} processes; generated in ${h.generationSeconds} s; head hash ${h.headHash.slice(0, 12)}…)`).join('; ')}.`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
    '',
  ];
  return lines.join('\n');
}
