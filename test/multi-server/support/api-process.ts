import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const REGISTER = path.join(ROOT, 'test', 'support', 'swc-register.js');
const MAIN = path.join(ROOT, 'apps', 'api', 'src', 'main.ts');

/** The line main.ts prints once the server listens. */
const READY = /Samsyn API\s+http:\/\/\S+/;

/** One API server running as its own OS process (`node -r swc-register apps/api/src/main.ts`). */
export interface ApiProcess {
  name: string;
  base: string;
  pid: number;
  dataDir: string;
  /** Everything it wrote to stdout and stderr so far (for failure messages). */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited within a few seconds; removes its data dir. */
  stop(): Promise<void>;
}

/** A port nothing listens on right now (the OS picks it). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

const live = new Set<ChildProcess>();
// If jest dies before afterAll, no server outlives it.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

/**
 * Starts the API with `env` on top of a clean environment (no inherited SAMSYN_* or PORT) and
 * resolves when it prints its "Samsyn API" line; rejects with its output if it exits or
 * does not get there within `timeoutMs`.
 */
export const startApiProcess = async (name: string, env: Record<string, string>, timeoutMs = 45_000): Promise<ApiProcess> => {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `samsyn-${name}-`));
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SAMSYN_') && k !== 'PORT' && k !== 'EVENTSTORE_URL'));
  const child = spawn(process.execPath, ['-r', REGISTER, MAIN], {
    cwd: ROOT,
    env: { ...inherited, ...env, PORT: String(port), SAMSYN_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let out = '';
  const output = () => out;

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited(child);
      clearTimeout(timer);
    }
    live.delete(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  await new Promise<void>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`API process ${name} ${why}; its output:\n${out.slice(-4000)}`)));
    };
    const timer = setTimeout(() => fail(`printed no "Samsyn API" line within ${timeoutMs} ms`), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (READY.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => fail(`exited (code ${code}, signal ${signal}) before it was ready`));
  });

  return { name, base: `http://127.0.0.1:${port}`, pid: child.pid!, dataDir, output, stop };
};
