/**
 * Issue 18 goal 5: a server started again on a history whose read models it has already built
 * (the server child's projections file, saved when it closed), as `npm start` would restart:
 * open the store and the runtime, build the API, listen, answer the first `GET /catalogue`.
 * Forked by workloads/startup.ts, which times it from the fork; the phases are this process's own.
 */
import 'reflect-metadata';
import { get } from 'node:http';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { openRuntime } from '../../apps/api/src/bootstrap/samsyn-runtime';
import { signHs256Token } from '../../apps/api/src/infrastructure/auth/token-verifier';
import { benchApi, BENCH_SECRET, urlOf } from './support/bench-api';

export interface StartupRequest {
  eventsPath: string;
  projectionsPath: string;
  dir: string;
}

/** Milliseconds since this process started (performance's time origin), at the end of each phase. */
export interface StartupPhases {
  modulesLoadedMs: number;
  runtimeOpenMs: number;
  listeningMs: number;
  firstReadMs: number;
  rssMb: number;
}

const modulesLoadedMs = performance.now();

const status = (url: string, token: string): Promise<number> =>
  new Promise((resolve, reject) =>
    get(url, { headers: { authorization: `Bearer ${token}` }, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject),
  );

async function start(req: StartupRequest): Promise<StartupPhases> {
  const clock = { now: () => new Date().toISOString() };
  const store = sqliteEventStore({ path: req.eventsPath });
  const runtime = await openRuntime({ store, clock, projectionsPath: req.projectionsPath });
  const runtimeOpenMs = performance.now();
  const api = await benchApi(runtime, store, req.dir);
  const listeningMs = performance.now();
  const token = await signHs256Token({ sub: 'auditor', name: 'Auditor', roles: [{ role: 'auditor' }] }, BENCH_SECRET, '1h');
  const code = await status(`${await urlOf(api)}/catalogue`, token);
  if (code !== 200) throw new Error(`GET /catalogue answered ${code}`);
  const firstReadMs = performance.now();
  const rssMb = Math.round(process.memoryUsage().rss / 1048576);
  await api.close();
  await runtime.close();
  return { modulesLoadedMs, runtimeOpenMs, listeningMs, firstReadMs, rssMb };
}

process.once('message', (req: StartupRequest) => {
  start(req).then(
    (phases) => process.send!({ kind: 'ready', data: phases }, undefined, undefined, () => process.disconnect()),
    (e: Error) => {
      process.send!({ kind: 'error', data: e.stack ?? String(e) }, undefined, undefined, () => process.disconnect());
      process.exitCode = 1;
    },
  );
});
