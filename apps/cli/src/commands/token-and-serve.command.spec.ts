import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Command } from 'commander';
import { hs256Verifier } from '../../../api/src/infrastructure/auth/token-verifier';
import { registerTokenCommand } from './token.command';

describe('samsyn token', () => {
  const run = async (args: string[]): Promise<string> => {
    let out = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      const program = new Command().exitOverride();
      registerTokenCommand(program);
      await program.parseAsync(['node', 'samsyn', 'token', ...args]);
    } finally {
      spy.mockRestore();
    }
    return out.trim();
  };

  it('prints a token signed with the data directory’s secret, which the server accepts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-token-'));
    const previous = process.env.SAMSYN_JWT_SECRET;
    delete process.env.SAMSYN_JWT_SECRET;
    try {
      const token = await run(['--sub', 'anna', '--name', 'Anna', '--role', 'reviewer:ksn', '--role', 'auditor', '--data-dir', dir]);
      const secret = fs.readFileSync(path.join(dir, 'jwt-secret'), 'utf8').trim();
      await expect(hs256Verifier(secret).verify(token)).resolves.toEqual({ id: 'anna', name: 'Anna', roles: [{ role: 'reviewer', stakeholder: 'ksn' }, { role: 'auditor' }] });
    } finally {
      if (previous !== undefined) process.env.SAMSYN_JWT_SECRET = previous;
    }
  });

  it('refuses an unknown role', async () => {
    await expect(run(['--sub', 'x', '--role', 'overlord', '--data-dir', os.tmpdir()])).rejects.toThrow(/invalid role/);
  });
});

describe('samsyn token through the CLI entry', () => {
  it('is a subcommand of samsyn and honours the global --data-dir', async () => {
    const { run } = await import('../main');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-token-cli-'));
    const previous = process.env.SAMSYN_JWT_SECRET;
    delete process.env.SAMSYN_JWT_SECRET;
    let out = '';
    let err = '';
    try {
      const code = await run(['--data-dir', dir, 'token', '--sub', 'revisor', '--role', 'auditor'], {
        stdout: { write: (s: string) => ((out += s), true) },
        stderr: { write: (s: string) => ((err += s), true) },
        env: {},
        cwd: process.cwd(),
        isTTY: false,
      } as never);
      expect(err).toBe('');
      expect(code).toBe(0);
      const secret = fs.readFileSync(path.join(dir, 'jwt-secret'), 'utf8').trim();
      await expect(hs256Verifier(secret).verify(out.trim())).resolves.toMatchObject({ id: 'revisor', roles: [{ role: 'auditor' }] });
    } finally {
      if (previous !== undefined) process.env.SAMSYN_JWT_SECRET = previous;
    }
  });
});

describe('samsyn serve', () => {
  it('refuses bad settings with one line and exit code 2, before starting anything', async () => {
    const { run } = await import('../main');
    let err = '';
    const code = await run(['serve', '--port', 'abc'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => ((err += s), true) },
      env: {},
      cwd: process.cwd(),
      isTTY: false,
    } as never);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('PORT must be a non-negative integer');
  });

  it('--host reaches the server settings (a bad one is refused like any setting)', async () => {
    const { run } = await import('../main');
    let err = '';
    const code = await run(['serve', '--host', 'http://nowhere'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => ((err += s), true) },
      env: {},
      cwd: process.cwd(),
      isTTY: false,
    } as never);
    expect(code).toBe(2);
    expect(err).toContain('HOST must be an address or a host name');
  });
});
