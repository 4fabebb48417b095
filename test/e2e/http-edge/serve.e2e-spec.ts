import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeJwt } from 'jose';
import { configFromEnv } from '../../../apps/api/src/infrastructure/config/api-config';
import { serve, type RunningServer } from '../../../apps/api/src/main';

/**
 * The real start of `npm start` / `samsyn serve`, its banner and its log captured.
 * Issue 10, item 7 (no tokens in logs; demo tokens only right after loading the demo) and item 19 (HOST).
 */
// Loading the demo through the command path takes seconds on a busy machine.
jest.setTimeout(60_000);

const SECRET = 'serve-spec-secret-serve-spec-secret-0123456789';
const JWT = /eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

interface Started {
  server: RunningServer;
  stdout: string;
  log: () => string;
}

const start = async (dir: string, env: Record<string, string>): Promise<Started> => {
  let stdout = '';
  const log: string[] = [];
  const config = configFromEnv({ SAMSYN_DATA_DIR: dir, PORT: '0', SAMSYN_OVERDUE_SWEEP_MS: '0', SAMSYN_JWT_SECRET: SECRET, ...env });
  const server = await serve(config, { stdout: { write: (s: string) => (stdout += s) }, log: { write: (s: string) => void log.push(s) } });
  return { server, stdout, log: () => log.join('') };
};

const connects = (host: string, port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('serve(): the banner, the log and the listening address', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-serve-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('prints short-lived demo tokens only in the start that loaded the demo, and no log line ever holds a token', async () => {
    const dir = tempDir();
    const first = await start(dir, { HOST: '127.0.0.1' });
    let tokens: string[];
    try {
      expect(first.stdout).toMatch(/DEMO tokens for the demo data just loaded, valid 8 hours/);
      expect(first.stdout).toMatch(/DEMO-token för demodata som just lästes in, giltiga i 8 timmar/);
      tokens = first.stdout.match(JWT) ?? [];
      expect(tokens.length).toBeGreaterThan(3);
      for (const t of tokens) {
        const { iat, exp } = decodeJwt(t);
        expect(exp! - iat!).toBe(8 * 3600);
      }

      const admin = tokens[0];
      expect(decodeJwt(admin).sub).toBe('admin');
      const url = first.server.url;
      const byHeader = await fetch(`${url}/catalogue`, { headers: { Authorization: `Bearer ${admin}` } });
      expect(byHeader.status).toBe(200);
      // The query token of EventSource clients, on the route that takes it and on one that does not.
      const live = await fetch(`${url}/events/live?access_token=${admin}&lastEventId=1`);
      expect(live.status).toBe(200);
      await live.body?.cancel();
      expect((await fetch(`${url}/stakeholders?access_token=${admin}`)).status).toBe(401);
      expect((await fetch(`${url}/nowhere?token=${admin}&id_token=${admin}&code=oauth-code-123&page=2`, { headers: { Authorization: `Bearer ${admin}` } })).status).toBe(404);
    } finally {
      await first.server.close();
    }
    const log = first.log();
    const requestLines = log.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
    expect(requestLines.map((l) => l.url)).toEqual(
      expect.arrayContaining([
        '/catalogue',
        '/events/live?access_token=[REDACTED]&lastEventId=1',
        '/stakeholders?access_token=[REDACTED]',
        '/nowhere?token=[REDACTED]&id_token=[REDACTED]&code=[REDACTED]&page=2',
      ]),
    );
    expect(log).not.toContain('oauth-code-123');
    expect(log.match(JWT)).toBeNull();
    for (const t of tokens) expect(log).not.toContain(t.split('.')[2]);

    // The same store again: the demo is not loaded, so no token is printed.
    const again = await start(dir, { HOST: '127.0.0.1' });
    await again.server.close();
    expect(again.stdout.match(JWT)).toBeNull();
    expect(again.stdout).not.toMatch(/DEMO/);
    expect(again.stdout).toContain('samsyn token --sub');
  });

  it('SAMSYN_DEMO=0 with a configured secret prints no token', async () => {
    const s = await start(tempDir(), { HOST: '127.0.0.1', SAMSYN_DEMO: '0' });
    await s.server.close();
    expect(s.stdout.match(JWT)).toBeNull();
    expect(s.stdout).not.toMatch(/DEMO/);
    expect(s.log().match(JWT)).toBeNull();
  });

  it('HOST=127.0.0.1 listens there only; without HOST every interface', async () => {
    const local = await start(tempDir(), { HOST: '127.0.0.1', SAMSYN_DEMO: '0' });
    try {
      expect(local.server.address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
      expect(local.stdout).toContain(`http://127.0.0.1:${local.server.address.port}`);
      expect(local.stdout).toContain('listening on 127.0.0.1');
      expect(await connects('127.0.0.1', local.server.address.port)).toBe(true);
      // The IPv6 loopback is another interface: nothing answers there.
      expect(await connects('::1', local.server.address.port)).toBe(false);
    } finally {
      await local.server.close();
    }

    const all = await start(tempDir(), { SAMSYN_DEMO: '0' });
    try {
      expect(['::', '0.0.0.0']).toContain(all.server.address.address);
      expect(all.stdout).toContain('listening on all interfaces');
      expect(all.stdout).toContain(`http://localhost:${all.server.address.port}`);
      expect(await connects('127.0.0.1', all.server.address.port)).toBe(true);
    } finally {
      await all.server.close();
    }
  });
});
