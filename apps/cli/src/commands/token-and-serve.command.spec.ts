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

  it('refuses a lifetime beyond SAMSYN_MAX_TOKEN_LIFETIME, which the server would refuse', async () => {
    await expect(run(['--sub', 'x', '--expires-in', '30d', '--data-dir', os.tmpdir()])).rejects.toThrow(/at most 86400 s \(SAMSYN_MAX_TOKEN_LIFETIME\)/);
    const previous = process.env.SAMSYN_MAX_TOKEN_LIFETIME;
    process.env.SAMSYN_MAX_TOKEN_LIFETIME = '1h';
    try {
      await expect(run(['--sub', 'x', '--data-dir', os.tmpdir()])).rejects.toThrow(/at most 3600 s/);
      expect(await run(['--sub', 'x', '--expires-in', '30m', '--data-dir', os.tmpdir()])).toMatch(/^ey/);
    } finally {
      if (previous === undefined) delete process.env.SAMSYN_MAX_TOKEN_LIFETIME;
      else process.env.SAMSYN_MAX_TOKEN_LIFETIME = previous;
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

  it('refuses to start with a bad role mapping, naming the file and the problem', async () => {
    const { run } = await import('../main');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-serve-mapping-'));
    const file = path.join(dir, 'roles.json');
    fs.writeFileSync(file, '{"groups": {"g1": [{"role": "reviewer"}]}}');
    let err = '';
    const code = await run(['serve'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => ((err += s), true) },
      env: { SAMSYN_DATA_DIR: dir, SAMSYN_OIDC_ISSUER: 'https://idp.example.se', SAMSYN_OIDC_CLIENT_ID: 'samsyn', SAMSYN_ROLE_MAPPING: file },
      cwd: process.cwd(),
      isTTY: false,
    } as never);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(`SAMSYN_ROLE_MAPPING (${file}): groups["g1"][0]: reviewer needs a stakeholder`);
    expect(fs.readdirSync(dir)).toEqual(['roles.json']); // nothing was opened or created
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
