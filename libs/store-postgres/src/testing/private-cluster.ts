import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A PostgreSQL 15 cluster of the test's own, for tests that stop and restart the server: the
 * shared one at :5432 serves other engineers and the rest of the suite and must never be touched.
 * initdb refuses to run as root (CI runs as root), so as root every command runs as the
 * `postgres` user through runuser, in a temporary directory chowned to it. Any failure throws:
 * a test that needs this cluster fails rather than skips when it cannot have it.
 */
export interface PrivateCluster {
  port: number;
  url: string;
  /** `pg_ctl restart -m fast`: every connection is cut, the server is back when it resolves. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server (immediate) and removes its directory; safe to call twice. */
  destroy(): Promise<void>;
}

/** The server binaries: SAMSYN_TEST_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin (15 here). */
const binDir = (): string => {
  if (process.env.SAMSYN_TEST_PG_BIN) return process.env.SAMSYN_TEST_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error(`no PostgreSQL server binaries under ${root} (set SAMSYN_TEST_PG_BIN)`);
  return path.join(root, versions[0], 'bin');
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

const asRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary (as `postgres` when we are root); throws with its output on failure. */
const run = (tool: string, args: string[]): string => {
  const bin = path.join(binDir(), tool);
  const [cmd, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${tool} ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
};

export const startPrivateCluster = async (): Promise<PrivateCluster> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  if (asRoot()) {
    const { uid, gid } = postgresIds();
    fs.chownSync(dir, uid, gid);
  }
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const ctl = (...args: string[]) => run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', ...args]);
  let destroyed = false;
  // If jest dies before afterAll, the server must not outlive it (exit handlers may block).
  const onExit = () => {
    try {
      ctl('-m', 'immediate', 'stop');
    } catch {
      // not running
    }
  };
  process.once('exit', onExit);
  const cluster: PrivateCluster = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: async () => void ctl('-o', opts, '-m', 'fast', 'restart'),
    stop: async () => void ctl('-m', 'fast', 'stop'),
    start: async () => void ctl('-o', opts, 'start'),
    destroy: async () => {
      if (destroyed) return;
      destroyed = true;
      process.removeListener('exit', onExit);
      try {
        ctl('-m', 'immediate', 'stop');
      } catch {
        // not running
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await cluster.start();
  } catch (e) {
    const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : '';
    await cluster.destroy();
    throw new Error(`${(e as Error).message}\n${tail}`);
  }
  return cluster;
};

const postgresIds = (): { uid: number; gid: number } => {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('running as root, but there is no postgres user to run initdb as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
};
