import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The V8 flags are spelled in bin/node-flags.js, package.json and the Dockerfile: they must agree. */
const root = join(__dirname, '..', '..');
const flags = require(join(root, 'bin', 'node-flags.js')) as { server: string[]; history: string[] };
const samsyn = join(root, 'bin', 'samsyn.js');
const spelled = (list: string[]) => `node ${list.join(' ')} -r ./bin/register-aliases.js `;

describe('V8 flags of the long-running processes', () => {
  it('are set, the history commands with more than the server', () => {
    expect(flags.server.length).toBeGreaterThan(0);
    for (const f of [...flags.server, ...flags.history]) expect(f).toMatch(/^--[a-z-]+=\d+$/);
    expect(flags.history).toEqual(expect.arrayContaining(flags.server));
    expect(flags.history.length).toBeGreaterThan(flags.server.length);
  });

  it('npm start runs the server with the server flags, npm run bench with the history flags', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).toContain(spelled(flags.server));
    expect(scripts.bench).toContain(spelled(flags.history));
  });

  it('the Docker image runs the server with the server flags', () => {
    const cmd = readFileSync(join(root, 'docker', 'Dockerfile'), 'utf8').split('\n').find((l) => l.startsWith('CMD '))!;
    expect(JSON.parse(cmd.slice(4)).slice(1, 1 + flags.server.length + 1)).toEqual([...flags.server, '-r']);
  });
});

// bin/samsyn.js runs itself again with the flags: the exit code, the output and a supervisor's
// SIGTERM must pass through. It runs the compiled CLI, which `npm ci` builds (prepare).
describe('samsyn run again with the flags', () => {
  it('passes output and exit codes through', () => {
    const ok = spawnSync(process.execPath, [samsyn, '--help'], { encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Usage: samsyn');
    const bad = spawnSync(process.execPath, [samsyn, 'no-such-command'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown command 'no-such-command'");
  });

  it('stops the server it started when it is sent SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samsyn-flags-'));
    try {
      const parent = spawn(process.execPath, [samsyn, 'serve', '--port', '0', '--data-dir', dir, '--no-demo'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      await new Promise<void>((resolve, reject) => {
        parent.stdout!.on('data', (b: Buffer) => (out += b.toString()).includes('Samsyn API') && resolve());
        parent.once('exit', (code) => reject(new Error(`exited with ${code} before serving: ${out}`)));
      });
      // The server runs with the server flags, not the history ones.
      const server = spawnSync('pgrep', ['-af', `${samsyn} serve`], { encoding: 'utf8' }).stdout.split('\n').find((l) => l.includes(flags.server[0]));
      expect(server).toBeDefined();
      for (const f of flags.history.filter((x) => !flags.server.includes(x))) expect(server).not.toContain(f);
      const exited = new Promise<NodeJS.Signals | number | null>((resolve) => parent.once('exit', (code, signal) => resolve(signal ?? code)));
      parent.kill('SIGTERM');
      await exited;
      // The grandchild (the server itself) is gone too: nothing holds the data directory's store.
      const left = spawnSync('pgrep', ['-f', dir], { encoding: 'utf8' });
      expect(left.stdout.trim()).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
