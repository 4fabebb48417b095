import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ChildMeasurements, ChildRequest, ChildServing, PhaseMemory } from '../server-child';
import { ratio } from '../support/stats';
import type { CommandRate } from '../support/write-baseline';
import { projectionsPathOf, runStartup, type StartupRun } from './startup';

/** Workloads 4, 5 and 6 talk to a forked server process (server-child.ts). */
export interface ServerRun {
  measured: ChildMeasurements & { catalogueEntries: number; historyEntries: number };
  http: HttpResults | null;
  peakRssMb: number;
  phases: PhaseMemory[];
  /** A second start on the read models this run built and saved (issue 18 goal 5). */
  startup?: StartupRun;
}

export interface HttpEndpoint {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** The bare route answering a body of a read's size: what the bytes alone allow. */
export interface SameBytes {
  bodyBytes: number;
  bare: HttpEndpoint & { ratioToBare: number };
  /** The read's req/s over the bare route's with the same bytes. */
  ratio: number;
}

export type Read = HttpEndpoint & { ratioToBare: number; sameBytes: SameBytes };

export interface HttpResults {
  connections: number;
  seconds: number;
  bare: HttpEndpoint;
  catalogue: Read;
  stakeholderHistory: Read;
  /** The same reads asked as a browser asks (`Accept-Encoding: gzip, deflate, br`: brotli), against the bare route sending the API's brotli bytes. */
  compressed: { acceptEncoding: string; catalogue: Read; stakeholderHistory: Read };
  reviews: HttpEndpoint & { ratioToBare: number; app: CommandRate | null; ratioToApp: number | null };
}

const ROOT = join(__dirname, '..', '..', '..', '..');

/** The server's own V8 flags (bin/node-flags.js), or BENCH_SERVER_FLAGS to compare others ('' for none). */
const serverFlags = (): string[] =>
  process.env.BENCH_SERVER_FLAGS !== undefined ? process.env.BENCH_SERVER_FLAGS.split(' ').filter(Boolean) : (require(join(ROOT, 'bin', 'node-flags.js')) as { server: string[] }).server;

export async function runServer(req: ChildRequest, http: { connections: number; seconds: number } | null): Promise<ServerRun> {
  const child = fork(join(__dirname, '..', 'server-child.js'), [], { execArgv: [...serverFlags(), '-r', join(ROOT, 'bin', 'register-aliases.js')], stdio: 'inherit' });
  const inbox = messages(child);
  child.send({ ...req, ...(http && { http }) });
  const measured = (await inbox('measured')) as ServerRun['measured'];
  let httpResults: HttpResults | null = null;
  if (req.httpReviewProposals > 0 && http) {
    const serving = (await inbox('serving')) as ChildServing;
    const appReviews = async () => {
      child.send({ kind: 'app-reviews' });
      return (await inbox('app-reviews')) as CommandRate;
    };
    httpResults = await hammer(serving, http.connections, http.seconds, appReviews);
    child.send({ kind: 'stop' });
  }
  const { peakRssMb, phases } = (await inbox('done')) as { peakRssMb: number; phases: PhaseMemory[] };
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  const startup = await runStartup({ eventsPath: req.eventsPath, projectionsPath: projectionsPathOf(req), dir: req.dir });
  return { measured, http: httpResults, peakRssMb, phases, startup };
}

function messages(child: ChildProcess) {
  const queue: { kind: string; data: unknown }[] = [];
  const waiting: ((m: { kind: string; data: unknown }) => void)[] = [];
  let exited: Error | null = null;
  child.on('message', (m: { kind: string; data: unknown }) => (waiting.length ? waiting.shift()!(m) : queue.push(m)));
  child.on('exit', (code) => {
    exited = new Error(`server child exited with ${code}`);
    for (const w of waiting.splice(0)) w({ kind: 'exit', data: null });
  });
  return async (kind: string): Promise<unknown> => {
    const m = queue.length ? queue.shift()! : exited && kind !== 'done' ? { kind: 'exit', data: null } : await new Promise<{ kind: string; data: unknown }>((r) => waiting.push(r));
    if (m.kind === 'error') throw new Error(`server child: ${m.data}`);
    if (m.kind !== kind) throw exited ?? new Error(`server child sent ${m.kind}, expected ${kind}`);
    return m.data;
  };
}

type AutocannonResult = {
  duration: number;
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
};

async function hammer(s: ChildServing, connections: number, seconds: number, appReviews: () => Promise<CommandRate>): Promise<HttpResults> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon') as (o: object) => Promise<AutocannonResult>;
  const endpoint = (r: AutocannonResult): HttpEndpoint => ({
    requestsPerSecond: Math.round(r.requests.total / r.duration),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
  });
  const get = async (url: string, token?: string, headers: Record<string, string> = {}) =>
    endpoint(await autocannon({ url, connections, duration: seconds, headers: { ...headers, ...(token && { authorization: `Bearer ${token}` }) } }));
  // Warm-up: JIT and connection pools, not measured.
  await autocannon({ url: s.bareUrl + '/bare', connections, duration: 1 });
  await autocannon({ url: `${s.apiUrl}/catalogue`, connections, duration: 1, headers: { authorization: `Bearer ${s.readerToken}` } });
  const bare = await get(`${s.bareUrl}/bare`);
  const catalogue = await get(`${s.apiUrl}/catalogue`, s.readerToken);
  const stakeholderHistory = await get(`${s.apiUrl}/stakeholders/${s.stakeholder}/history`, s.readerToken);
  const sameBytes = async (read: string, api: HttpEndpoint, headers: Record<string, string> = {}): Promise<SameBytes> => {
    const url = `${s.bareUrl}/bare-body/${read}`;
    const sized = await get(url, undefined, headers);
    return {
      bodyBytes: Number((await fetch(url, { headers })).headers.get('content-length')),
      bare: { ...sized, ratioToBare: ratio(sized.requestsPerSecond, bare.requestsPerSecond) },
      ratio: ratio(api.requestsPerSecond, sized.requestsPerSecond),
    };
  };
  const catalogueBytes = await sameBytes('catalogue', catalogue);
  const historyBytes = await sameBytes('history', stakeholderHistory);
  const acceptEncoding = { 'accept-encoding': 'gzip, deflate, br' };
  const read = async (path: string, bareRead: string): Promise<Read> => {
    const api = await get(`${s.apiUrl}${path}`, s.readerToken, acceptEncoding);
    return { ...api, ratioToBare: ratio(api.requestsPerSecond, bare.requestsPerSecond), sameBytes: await sameBytes(bareRead, api, acceptEncoding) };
  };
  const compressed = {
    acceptEncoding: acceptEncoding['accept-encoding'],
    catalogue: await read('/catalogue', 'catalogue.br'),
    stakeholderHistory: await read(`/stakeholders/${s.stakeholder}/history`, 'history.br'),
  };
  const app = await appReviews();
  let next = 0;
  const reviews = endpoint(
    await autocannon({
      url: s.apiUrl,
      connections,
      // Every request is a new, valid review (enough are prepared for the duration; any beyond
      // them would show as non-2xx).
      duration: seconds,
      requests: [
        {
          method: 'POST',
          setupRequest: (r: Record<string, unknown>) => {
            const review = s.reviews[next++ % s.reviews.length];
            return {
              ...r,
              path: `/proposals/${review.proposal}/reviews`,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${s.reviewerToken}` },
              body: JSON.stringify({ stakeholder: review.stakeholder, verdict: 'accept', comment: 'Tillstyrks.' }),
            };
          },
        },
      ],
    }),
  );
  return {
    connections,
    seconds,
    bare,
    catalogue: { ...catalogue, ratioToBare: ratio(catalogue.requestsPerSecond, bare.requestsPerSecond), sameBytes: catalogueBytes },
    stakeholderHistory: { ...stakeholderHistory, ratioToBare: ratio(stakeholderHistory.requestsPerSecond, bare.requestsPerSecond), sameBytes: historyBytes },
    compressed,
    reviews: {
      ...reviews,
      ratioToBare: ratio(reviews.requestsPerSecond, bare.requestsPerSecond),
      app,
      ratioToApp: ratio(reviews.requestsPerSecond, app.commandsPerSecond),
    },
  };
}
