import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { StartupPhases, StartupRequest } from '../startup-child';

export interface StartupRun extends StartupPhases {
  /** From the fork to the first answered read, as the parent sees it. */
  readyMs: number;
}

/** Where a server child keeps its read models (saved when it closes): the startup workload opens them again. */
export const projectionsPathOf = (req: { dir: string; label: string }): string => join(req.dir, `projections-${req.label}.sqlite`);

const ROOT = join(__dirname, '..', '..', '..', '..');
const round = (x: number) => Math.round(x);

/** Issue 18 goal 5: time from process start to ready (first read answered) on read models already built. */
export async function runStartup(req: StartupRequest): Promise<StartupRun> {
  const flags = (require(join(ROOT, 'bin', 'node-flags.js')) as { server: string[] }).server;
  const started = performance.now();
  const child = fork(join(__dirname, '..', 'startup-child.js'), [], { execArgv: [...flags, '-r', join(ROOT, 'bin', 'register-aliases.js')], stdio: 'inherit' });
  const answer = await new Promise<{ kind: string; data: unknown }>((resolve, reject) => {
    child.once('message', (m: { kind: string; data: unknown }) => resolve(m));
    child.once('exit', (code) => reject(new Error(`startup child exited with ${code}`)));
    child.send(req);
  });
  const readyMs = performance.now() - started;
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  if (answer.kind !== 'ready') throw new Error(`startup child: ${answer.data}`);
  const p = answer.data as StartupPhases;
  return { readyMs: round(readyMs), modulesLoadedMs: round(p.modulesLoadedMs), runtimeOpenMs: round(p.runtimeOpenMs), listeningMs: round(p.listeningMs), firstReadMs: round(p.firstReadMs), rssMb: p.rssMb };
}
