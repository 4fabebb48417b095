/**
 * One server process for workloads 4, 5 and 6 (forked by run.ts): opens a history, builds every
 * read model the way the server does on start (openRuntime: rebuild with time-travel snapshots),
 * measures live reads and as-of reads, optionally serves the real API and a bare NestJS route
 * for autocannon, and reports its peak RSS. A process of its own, so that its RSS is the server's.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Module, Param, Res } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Principal } from '@samsyn/domain/shared';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { openRuntime } from '../../apps/api/src/bootstrap/samsyn-runtime';
import { signHs256Token } from '../../apps/api/src/infrastructure/auth/token-verifier';
import { benchApi, BENCH_SECRET as SECRET, urlOf } from './support/bench-api';
import { definitionOf } from './support/history';
import { seededRandom } from './support/rng';
import { timeEach, type Latency } from './support/stats';
import { interleaved, reviewCommandRate, type CommandRate, type ReviewTask } from './support/write-baseline';
import { encodedAnswer } from './support/encoded-answer';
import { projectionsPathOf } from './workloads/startup';

export interface ChildRequest {
  eventsPath: string;
  dir: string;
  label: string;
  seed: number;
  samples: number;
  /** Time budget per latency series, in ms. */
  budgetMs: number;
  stakeholder: string;
  processes: string[];
  /** Serve HTTP with this many proposals waiting for review (0: no HTTP). */
  httpReviewProposals: number;
  /** The HTTP run's connections and seconds: the application's own review rate is measured at the same concurrency first. */
  http?: { connections: number; seconds: number };
}

export interface ChildMeasurements {
  label: string;
  events: number;
  rebuildSeconds: number;
  rssAfterRebuildMb: number;
  read: { catalogue: Latency; stakeholderHistory: Latency; catalogueEntries: number; historyEntries: number };
  asOf: { catalogue: Latency; stakeholderHistory: Latency };
}

export interface PhaseMemory {
  phase: string;
  rssMb: number;
  peakRssMb: number;
  heapUsedMb: number;
}

export interface ChildServing {
  apiUrl: string;
  bareUrl: string;
  readerToken: string;
  reviewerToken: string;
  stakeholder: string;
  reviews: ReviewTask[];
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
/**
 * This process's own peak RSS: VmHWM on Linux. Not getrusage's maxRSS: Linux carries the
 * high-water mark of the address space an exec replaces into it, so a forked child's maxRSS
 * starts at its parent's RSS at the fork (the bench's, holding its own workloads' heap).
 */
const peakRssMb = (): number => {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // not Linux
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
};
const send = (m: unknown) => process.send!(m);

/** The bare route's `bare-body/:read` answers: bodies of the size of the API's answers to those
 * reads (catalogue, history), to show what the bytes alone cost. */
const bareBodies = new Map<string, Buffer>();

@Controller()
class BareController {
  @Get('bare')
  constant() {
    return { ok: true };
  }

  /** Written as is (the API's read cache sends its Buffer with Express's send and ETags off);
   * `<read>.br`: the API's own brotli bytes of that read, as a precompressed file would be sent. */
  @Get('bare-body/:read')
  body(@Param('read') read: string, @Res() res: { setHeader(name: string, value: string | number): void; end(body: Buffer): void }) {
    const body = bareBodies.get(read) ?? Buffer.alloc(0);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (read.endsWith('.br')) res.setHeader('Content-Encoding', 'br');
    res.setHeader('Content-Length', body.length);
    res.end(body);
  }
}
@Module({ controllers: [BareController] })
class BareModule {}

/** Peak RSS so far at the end of each phase: which phase makes the peak. */
const phases: PhaseMemory[] = [];
const phase = (name: string) => phases.push({ phase: name, rssMb: mb(process.memoryUsage().rss), peakRssMb: peakRssMb(), heapUsedMb: mb(process.memoryUsage().heapUsed) });

async function run(req: ChildRequest): Promise<void> {
  const clock = { now: () => new Date().toISOString() };
  const store = sqliteEventStore({ path: req.eventsPath });
  let t = performance.now();
  // SAMSYN_READ_MODEL_ROWS (inherited from the bench): those read models as rows (docs/read-model-storage.md).
  const readModelRows = (process.env.SAMSYN_READ_MODEL_ROWS ?? '').split(',').filter((n) => n !== '');
  const runtime = await openRuntime({ store, clock, projectionsPath: projectionsPathOf(req), readModelRows });
  const rebuildSeconds = (performance.now() - t) / 1000;
  phase('rebuilt');
  const rssAfterRebuildMb = mb(process.memoryUsage().rss);
  const head = (await store.headPosition())!;
  const q = runtime.queries;

  let catalogueEntries = 0;
  let historyEntries = 0;
  const read = {
    catalogue: await timeEach(req.samples, async () => (catalogueEntries = (await q.catalogue()).length), req.budgetMs),
    stakeholderHistory: await timeEach(req.samples, async () => (historyEntries = (await q.stakeholderHistory(req.stakeholder))?.length ?? 0), req.budgetMs),
  };
  phase('live reads');
  const random = seededRandom(req.seed);
  const at = () => ({ position: 1n + BigInt(Math.floor(random() * Number(head))) });
  const asOf = {
    catalogue: await timeEach(req.samples, () => q.catalogue(at()), req.budgetMs),
    stakeholderHistory: await timeEach(req.samples, () => q.stakeholderHistory(req.stakeholder, at()), req.budgetMs),
  };
  phase('as-of reads');
  send({ kind: 'measured', data: { label: req.label, events: Number(head), rebuildSeconds, rssAfterRebuildMb, read, asOf, catalogueEntries, historyEntries } });

  if (req.httpReviewProposals === 0) return finish(runtime.close());

  // Proposals waiting for review, submitted through the command service, for POST …/reviews —
  // and three times as many for the application's own rate (it runs several times as fast).
  const reviews: ReviewTask[] = [];
  const appTasks: ReviewTask[] = [];
  for (let i = 0; i < req.httpReviewProposals * 4; i++) {
    const processId = req.processes[i % req.processes.length];
    const [, m, p] = /^M(\d+)-P(\d+)$/.exec(processId)!.map(Number);
    const def = definitionOf(m, p, 1);
    const owner: Principal = { id: `po${m}`, roles: [{ role: 'process-owner', stakeholder: `m${m}-ksn` }] };
    const forHttp = i < req.httpReviewProposals;
    const id = forHttp ? `http-${i}` : `app-${i}`;
    await runtime.application.submitProposal(processId, { id, baseRevision: 1, changes: [{ op: 'replace', path: '/steps/s2/name', value: `Assess (${i})` }], rationale: 'bench' }, { principal: owner });
    for (const s of def.participants) (forHttp ? reviews : appTasks).push({ proposal: id, stakeholder: s });
  }
  // Interleave proposals so that consecutive requests touch different streams.
  interleaved(reviews);
  await runtime.runner.waitForPosition((await store.headPosition())!, 60_000);
  phase('review proposals submitted');
  const stakeholders = [...new Set(reviews.map((r) => r.stakeholder))];
  const reviewer: Principal = { id: 'reviewer', roles: stakeholders.map((s) => ({ role: 'reviewer' as const, stakeholder: s })) };
  // The application's own rate for the review command, when the parent asks: after the reads
  // (its burst of writes would leave the read models saving while they are measured), just before
  // the HTTP reviews, at their concurrency.
  const appReviews = async (): Promise<CommandRate> => {
    const rate = await reviewCommandRate(runtime.application, reviewer, interleaved(appTasks), req.http?.connections ?? 10, req.http?.seconds ?? 5);
    await runtime.runner.waitForPosition((await store.headPosition())!, 60_000);
    return rate;
  };

  const api = await benchApi(runtime, store, req.dir, { writeRateLimit: { limit: 10_000_000, ttlMs: 60_000 } });
  const sized = (answer: unknown) => Buffer.alloc(Buffer.byteLength(JSON.stringify(answer)), 'a');
  bareBodies.set('catalogue', sized(await q.catalogue()));
  bareBodies.set('history', sized((await q.stakeholderHistory(req.stakeholder)) ?? []));
  const bare = await NestFactory.create(BareModule, { logger: false });
  await bare.listen(0, '127.0.0.1');
  const apiUrl = await url(api);
  const readerToken = await signHs256Token({ sub: 'auditor', name: 'Auditor', roles: [{ role: 'auditor' }] }, SECRET, '1h');
  bareBodies.set('catalogue.br', await encodedAnswer(`${apiUrl}/catalogue`, readerToken, 'br'));
  bareBodies.set('history.br', await encodedAnswer(`${apiUrl}/stakeholders/${req.stakeholder}/history`, readerToken, 'br'));
  const serving: ChildServing = {
    apiUrl,
    bareUrl: await url(bare),
    readerToken,
    reviewerToken: await signHs256Token({ sub: 'reviewer', name: 'Reviewer', roles: stakeholders.map((s) => ({ role: 'reviewer' as const, stakeholder: s })) }, SECRET, '1h'),
    stakeholder: req.stakeholder,
    reviews,
  };
  send({ kind: 'serving', data: serving });
  await new Promise<void>((resolve) =>
    process.on('message', (m: { kind: string }) => {
      if (m.kind === 'stop') resolve();
      if (m.kind === 'app-reviews') void appReviews().then((data) => send({ kind: 'app-reviews', data }), (e: Error) => send({ kind: 'error', data: e.stack }));
    }),
  );
  phase('HTTP run');
  await bare.close();
  await api.close();
  return finish(runtime.close());
}

const url = urlOf;

async function finish(closing: Promise<void>): Promise<void> {
  await closing;
  send({ kind: 'done', data: { peakRssMb: peakRssMb(), phases } });
  process.disconnect();
}

process.once('message', (req: ChildRequest) => {
  run(req).catch((e: Error) => {
    send({ kind: 'error', data: e.stack ?? String(e) });
    process.exitCode = 1;
    process.disconnect();
  });
});
