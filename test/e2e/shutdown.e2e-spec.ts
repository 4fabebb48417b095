import * as http from 'node:http';
import { signHs256Token } from '../../apps/api/src/infrastructure/auth/token-verifier';
import { startApiProcess, type ApiProcess } from '../multi-server/support/api-process';
import { openSse } from './support/sse-client';

const SECRET = 'shutdown-secret-shutdown-secret-shutdown-secret';

/** Resolves when the process has exited (signal 0 probes it without touching it). */
const exitOf = async (pid: number, withinMs: number): Promise<'exited' | 'still running'> => {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return 'exited';
    }
    if (Date.now() > deadline) return 'still running';
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Issue 10, item 15: a SIGTERM must stop the server, bounded, whoever is still connected. */
describe('E2E: shutdown of a real server process', () => {
  jest.setTimeout(120_000);
  let api: ApiProcess | null = null;
  afterEach(async () => {
    await api?.stop();
    api = null;
  });

  const start = (env: Record<string, string> = {}) => startApiProcess('shutdown', { SAMSYN_DEMO: '0', SAMSYN_JWT_SECRET: SECRET, LOG_LEVEL: 'warn', ...env }, 90_000);

  it('SIGTERM with a live-event client connected: the stream ends and the process exits within the bound', async () => {
    api = await start();
    const port = Number(new URL(api.base).port);
    const token = await signHs256Token({ sub: 'aud', roles: [{ role: 'auditor' }] }, SECRET, '1h');
    const client = await openSse(port, { Authorization: `Bearer ${token}` });
    expect(client.status).toBe(200);
    let streamEnded = false;
    void client.ended.then(() => (streamEnded = true));

    process.kill(api.pid, 'SIGTERM');
    // The bound is SAMSYN_SHUTDOWN_GRACE_MS (5 s); twice that leaves room for a loaded machine.
    const outcome = await exitOf(api.pid, 10_000);
    client.close();
    expect([outcome, api.output().slice(-2000)]).toEqual(['exited', expect.any(String)]);
    expect(streamEnded).toBe(true);
  });

  it('SIGTERM with a request whose body never arrives: its connection is closed after the grace period', async () => {
    api = await start({ SAMSYN_SHUTDOWN_GRACE_MS: '1000' });
    const port = Number(new URL(api.base).port);
    const token = await signHs256Token({ sub: 'ada', roles: [{ role: 'admin' }] }, SECRET, '1h');
    // Declares 1,000 bytes, sends 10: the server waits for the rest, holding the connection open.
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/stakeholders', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': '1000' } });
    req.on('error', () => undefined);
    req.write('{"id":"x",');
    await new Promise((r) => setTimeout(r, 300));

    process.kill(api.pid, 'SIGTERM');
    const outcome = await exitOf(api.pid, 10_000);
    req.destroy();
    expect([outcome, api.output().slice(-2000)]).toEqual(['exited', expect.any(String)]);
  });
});
